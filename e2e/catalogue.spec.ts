import { createAssessmentWithCurrentFacts, todayForInput } from "./support/catalogue";
import { createTenant, db } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("anyone can browse the frameworks, see what changed between versions and search the questions", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Bronnen en methode" }).click();
  await expect(page).toHaveURL("/frameworks");
  await expect(page.getByRole("heading", { level: 1, name: "Kaders en bronnen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Democratische basislijn" }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "VNG-afwegingskader sociale media" }).click();
  await expect(page).toHaveURL("/frameworks/vng-afwegingskader");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("versie 2025.1");
  const changes = page.getByRole("table", { name: "Vragen uit versie 2024.1 en hun plaats in deze versie" });
  await expect(changes.getByRole("row", { name: /Gesplitst/ })).toContainText("vng.law.dpia");
  await expect(changes.getByRole("row", { name: /Vervallen/ })).toContainText("vng.goals.followers");
  await expectAccessible(page);

  const search = page.getByRole("search", { name: "Zoeken in de vragen" });
  await search.getByLabel("Zoekterm").fill("DPIA");
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/frameworks\/vng-afwegingskader\?q=DPIA/);
  await expect(page.getByText(/vragen? gevonden voor “DPIA”/)).toBeVisible();
  await expect(page.locator('[id="item-vng.law.dpia"]')).toBeVisible();
  await expect(page.locator('[id="item-vng.baseline.safe-presence"]')).toHaveCount(0);
  await expectAccessible(page);

  // English wording is searched too, and the older version says it is older.
  await page.goto("/frameworks/vng-afwegingskader?version=2024.1&q=followers");
  await expect(page.getByText("U bekijkt versie 2024.1. De nieuwste versie is 2025.1.")).toBeVisible();
  await expect(page.locator('[id="item-vng.goals.followers"]')).toBeVisible();
  await expectAccessible(page);

  // In English the official Dutch wording stays beside the translation, marked as Dutch.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.goto("/frameworks/vng-afwegingskader");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("VNG assessment framework for social media");
  await expect(page.locator('[id="item-vng.law.dpia"] [lang="nl"]')).toContainText("DPIA");
  await expectAccessible(page);
  await page.context().clearCookies({ name: "NEXT_LOCALE" });

  expect((await page.goto("/frameworks/vng-afwegingskader?version=1999.1"))?.status()).toBe(404);
  expect((await page.goto("/frameworks/bestaat-niet"))?.status()).toBe(404);
});

test("a member filters the catalogue by kind and jurisdiction and compares two channels", async ({ page }) => {
  const { municipality, people } = await createTenant(["council"]);
  await signIn(page, people.council.email);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kanalen" }).click();
  await expect(page).toHaveURL(`/m/${municipality.slug}/catalogue`);
  await expect(page.getByRole("table", { name: /kanalen in de catalogus/ })).toContainText("Facebook");
  await expectAccessible(page);

  await page.getByLabel("Soort").selectOption("open-alternative");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/kind=open-alternative/);
  const table = page.getByRole("table", { name: /aan de filters/ });
  await expect(table).toContainText("Mastodon");
  await expect(table).not.toContainText("Facebook");

  await page.getByLabel("Jurisdictie").selectOption("non-eu");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/kind=open-alternative.*jurisdiction=non-eu/);
  await expect(table.getByRole("rowheader")).toHaveText(["Bluesky", "Signal"]);
  await expectAccessible(page);

  await page.getByLabel("Eerste kanaal").selectOption("facebook");
  await page.getByLabel("Tweede kanaal").selectOption("mastodon");
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page).toHaveURL(/compare=facebook.*with=mastodon/);
  const compare = page.getByRole("table", { name: "Feiten van Facebook en Mastodon naast elkaar" });
  await expect(compare.getByRole("row")).toHaveCount(13);
  const openProtocol = compare.getByRole("row", { name: /^Open protocol/ });
  await expect(openProtocol.getByRole("cell").nth(0)).toContainText("Nee");
  await expect(openProtocol.getByRole("cell").nth(1)).toContainText("Ja");
  await expect(compare.getByRole("row", { name: /^Eigenaar/ })).toContainText("gecontroleerd op");
  // The filters were kept while comparing.
  await expect(page.getByRole("table", { name: /aan de filters/ }).getByRole("rowheader")).toHaveText(["Bluesky", "Signal"]);
  await expectAccessible(page);

  // A council member reads facts and sources but gets no override form.
  await compare.getByRole("link", { name: "Facebook", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Facebook" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Feiten over Facebook" }).getByRole("row", { name: /^DPIA/ })).toContainText("Autoriteit Persoonsgegevens");
  await expect(page.getByRole("heading", { name: "Een feit vastleggen met een eigen bron" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Eigen bron vastleggen/ })).toHaveCount(0);
  await expectAccessible(page);

  expect((await page.goto(`/m/${municipality.slug}/catalogue/bestaat-niet`))?.status()).toBe(404);
});

test("an administrator overrides a fact only with a source and a past date, which flags the assessments relying on it", async ({ page }) => {
  const { municipality, people } = await createTenant(["admin", "advisor"]);
  const assessment = await createAssessmentWithCurrentFacts({ municipalityId: municipality.id, channelId: "facebook", userId: people.advisor.id });
  await signIn(page, people.admin.email);
  await page.goto(`/m/${municipality.slug}/catalogue/facebook`);
  await expect(page.getByText("Geen beoordeling van Facebook gaat uit van feiten die inmiddels anders zijn.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Eigen bron vastleggen voor Opslag van gegevens" }).click();
  await expect(page).toHaveURL(/fact=dataLocation/);
  await expect(page.getByLabel("Feit", { exact: true })).toHaveValue("dataLocation");
  await page.getByLabel("Waarde", { exact: true }).fill("Binnen de EU (verwerkersovereenkomst)");
  await page.getByRole("button", { name: "Eigen bron opslaan" }).click();
  await expect(page.getByLabel("Uitgever van de bron")).toHaveAccessibleDescription(/Dit veld is verplicht\./);
  await expect(page.getByLabel("Titel van de bron")).toHaveAccessibleDescription(/Dit veld is verplicht\./);
  await expectAccessible(page);

  await page.getByLabel("Uitgever van de bron").fill(`Gemeente ${municipality.name}`);
  await page.getByLabel("Titel van de bron").fill("Verwerkersovereenkomst Meta 2026");
  await page.getByLabel("Geraadpleegd op").fill("2099-01-01");
  await page.getByRole("button", { name: "Eigen bron opslaan" }).click();
  await expect(page.getByLabel("Geraadpleegd op")).toHaveAccessibleDescription(/Deze datum mag niet in de toekomst liggen\./);
  expect(await db.factOverride.count({ where: { municipalityId: municipality.id } })).toBe(0);

  await page.getByLabel("Geraadpleegd op").fill(todayForInput());
  await page.getByRole("button", { name: "Eigen bron opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het feit “Opslag van gegevens” is vastgelegd met uw eigen bron." })).toBeVisible();
  const row = page.getByRole("table", { name: "Feiten over Facebook" }).getByRole("row", { name: /^Opslag van gegevens/ });
  await expect(row).toContainText("Binnen de EU (verwerkersovereenkomst)");
  await expect(row).toContainText("Eigen bron van de gemeente");
  await expect(row).toContainText("Vervangt de catalogus: Wereldwijd, ook in de Verenigde Staten");

  const stored = await db.factOverride.findMany({ where: { municipalityId: municipality.id } });
  expect(stored).toMatchObject([{ channelId: "facebook", factKey: "dataLocation", value: "Binnen de EU (verwerkersovereenkomst)", active: true }]);
  const audit = await db.auditEntry.findFirst({ where: { municipalityId: municipality.id, action: "catalogue.override.save", result: "success" } });
  expect(JSON.parse(audit!.details!)).toMatchObject({
    old: { value: "Wereldwijd, ook in de Verenigde Staten", origin: "catalogue" },
    new: { value: "Binnen de EU (verwerkersovereenkomst)", origin: "override" },
  });

  const changed = page.getByRole("region", { name: "Beoordelingen met gewijzigde feiten" });
  await expect(changed).toContainText("gewijzigd: Opslag van gegevens");
  await expectAccessible(page);
  await changed.getByRole("link", { name: `Facebook ${assessment.year}` }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessment.id}/`));
  const flag = page.getByRole("heading", { name: "Feiten gewijzigd sinds deze beoordeling" });
  await expect(flag).toBeVisible();
  await expect(page.getByRole("cell", { name: /Binnen de EU \(verwerkersovereenkomst\)/ })).toBeVisible();
  await expectAccessible(page);

  // Withdrawing the override deactivates it (never deletes) and the flag goes away.
  await page.goto(`/m/${municipality.slug}/catalogue/facebook`);
  await page.getByRole("button", { name: "Eigen bron intrekken voor Opslag van gegevens" }).click();
  await expect(row).not.toContainText("Eigen bron van de gemeente");
  await expect(page.getByText("Geen beoordeling van Facebook gaat uit van feiten die inmiddels anders zijn.")).toBeVisible();
  expect(await db.factOverride.findMany({ where: { municipalityId: municipality.id }, select: { active: true } })).toEqual([{ active: false }]);
  expect(await db.auditEntry.count({ where: { municipalityId: municipality.id, action: "catalogue.override.remove", result: "success" } })).toBe(1);
});

test("a member without the administrator role cannot see or submit the override form, and the server refuses an override without a source", async ({ page, browser }) => {
  const { municipality, people } = await createTenant(["admin", "advisor"]);
  const path = `/m/${municipality.slug}/catalogue/facebook`;

  // The administrator saves once, so the spec knows what a real call of the action looks like.
  await signIn(page, people.admin.email);
  await page.goto(`${path}?fact=owner`);
  const call = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByLabel("Waarde", { exact: true }).fill("Meta Platforms Ireland Ltd.");
  await page.getByLabel("Uitgever van de bron").fill("Meta Platforms");
  await page.getByLabel("Titel van de bron").fill("Privacybeleid (EU)");
  await page.getByRole("button", { name: "Eigen bron opslaan" }).click();
  const request = await call;
  await expect(page.getByRole("status").filter({ hasText: "vastgelegd met uw eigen bron" })).toBeVisible();

  const context = await browser.newContext();
  const advisor = await context.newPage();
  await signIn(advisor, people.advisor.email);
  await advisor.goto(path);
  await expect(advisor.getByRole("heading", { level: 1, name: "Facebook" })).toBeVisible();
  await expect(advisor.getByRole("heading", { name: "Een feit vastleggen met een eigen bron" })).toHaveCount(0);
  await expect(advisor.getByRole("button", { name: /Eigen bron/ })).toHaveCount(0);
  await expectAccessible(advisor);

  // Replaying the action with the advisor's session is refused on the server and audited.
  const headers = request.headers();
  await advisor.request.post(path, {
    headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component", origin: new URL(advisor.url()).origin },
    data: request.postData()!.replace("Meta Platforms Ireland Ltd.", "Door de adviseur gewijzigd"),
  });
  const active = await db.factOverride.findMany({ where: { municipalityId: municipality.id, active: true } });
  expect(active.map((override) => override.value)).toEqual(["Meta Platforms Ireland Ltd."]);
  const refusal = await db.auditEntry.findFirst({ where: { actorId: people.advisor.id, action: "catalogue.override.save" } });
  expect(refusal).toMatchObject({ result: "refused", reason: "missing_permission:catalogue.override" });
  await context.close();

  // The server checks the source too, whatever the browser does: a call without one changes nothing.
  const withoutSource = request.postData()!.replace('"sourcePublisher":"Meta Platforms"', '"sourcePublisher":""');
  expect(withoutSource).not.toBe(request.postData());
  await page.request.post(path, {
    headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component", origin: new URL(page.url()).origin },
    data: withoutSource.replace("Meta Platforms Ireland Ltd.", "Zonder bron"),
  });
  expect(await db.factOverride.count({ where: { municipalityId: municipality.id, value: "Zonder bron" } })).toBe(0);
  const invalid = await db.auditEntry.findFirst({ where: { actorId: people.admin.id, action: "catalogue.override.save", result: "refused" } });
  expect(invalid?.reason).toBe("invalid_input");
  expect(JSON.parse(invalid!.details!)).toEqual({ fields: ["sourcePublisher"] });
});

test("the public API returns frameworks and platforms as JSON with ETags, and 404 for unknown ids", async ({ request }) => {
  const list = await request.get("/api/frameworks");
  expect(list.status()).toBe(200);
  expect(list.headers()["content-type"]).toContain("application/json");
  expect(list.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
  const etag = list.headers()["etag"];
  expect(etag).toBeTruthy();
  const frameworks = (await list.json()).frameworks as { id: string; version: string; itemCount: number; source: { publisher: string } }[];
  expect(frameworks.find((framework) => framework.id === "vng-afwegingskader")).toMatchObject({ version: "2025.1", itemCount: 27, source: { publisher: expect.stringContaining("VNG") } });
  const again = await request.get("/api/frameworks", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);

  const older = await request.get("/api/frameworks/vng-afwegingskader?version=2024.1");
  expect(older.status()).toBe(200);
  const body = await older.json();
  expect(body).toMatchObject({ id: "vng-afwegingskader", version: "2024.1" });
  expect(body.parts[0].items[0]).toHaveProperty("text.nl");

  for (const path of ["/api/frameworks/bestaat-niet", "/api/frameworks/vng-afwegingskader?version=1999.1"]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(await missing.json()).toEqual({ error: "not_found" });
  }

  const platforms = await request.get("/api/platforms");
  expect(platforms.status()).toBe(200);
  const catalogue = await platforms.json();
  const facebook = catalogue.channels.find((channel: { id: string }) => channel.id === "facebook");
  expect(facebook.facts.owner).toMatchObject({ value: "Meta Platforms, Inc.", checkedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: { publisher: "Meta Platforms" } });
  const cached = await request.get("/api/platforms", { headers: { "If-None-Match": platforms.headers()["etag"] } });
  expect(cached.status()).toBe(304);
});
