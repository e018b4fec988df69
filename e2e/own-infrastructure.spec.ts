import { createTenant, db } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("a commercial platform's facts propose its risks, marked as proposed, for the privacy officer to decide", async ({ browser }) => {
  test.setTimeout(240_000);
  const { municipality, people } = await createTenant(["advisor", "privacy"]);
  const advisor = await (await browser.newContext()).newPage();
  await signIn(advisor, people.advisor.email);
  await advisor.goto(`/m/${municipality.slug}/assessments/new`);
  await advisor.getByLabel("Kanaal uit de catalogus").selectOption("tiktok");
  await advisor.getByRole("button", { name: "Beoordeling starten" }).click();
  await expect(advisor).toHaveURL(/\/goals$/);
  const assessmentId = advisor.url().split("/").at(-2)!;

  await advisor.goto(`/m/${municipality.slug}/assessments/${assessmentId}/risks`);
  const table = advisor.getByRole("table", { name: "Risico's van deze beoordeling" });
  const crossBorder = table.getByRole("row").filter({ has: advisor.getByRole("rowheader", { name: /Gegevensverwerking buiten EU-jurisdictie/ }) });
  await expect(crossBorder).toContainText("Voorgesteld uit de feiten – wacht op besluit");
  await expect(crossBorder).toContainText("Jurisdictie: Gemengd: EU en daarbuiten");
  await expect(crossBorder).toContainText("Nog geen besluit");
  await expect(table.getByRole("rowheader", { name: /Geen DPIA bekend voor dit platform/ })).toBeVisible();
  await expectAccessible(advisor);

  const risks = await db.risk.findMany({ where: { assessmentId } });
  expect(risks.map((risk) => [risk.familyId, risk.ownerRole, risk.decision]).sort()).toEqual([
    ["risk.no-dpia", "privacy", null],
    ["risk.processing-outside-eu", "privacy", null],
  ]);
  const created = await db.auditEntry.findFirst({ where: { objectId: assessmentId, action: "assessment.create" } });
  expect(JSON.parse(created!.details!).proposedRisks).toHaveLength(2);

  const privacy = await (await browser.newContext()).newPage();
  await signIn(privacy, people.privacy.email);
  await privacy.goto(`/m/${municipality.slug}/assessments/${assessmentId}/review/privacy`);
  const proposed = privacy.getByRole("region", { name: "Gegevensverwerking buiten EU-jurisdictie" });
  await expect(proposed).toContainText("Voorgesteld uit de feiten – wacht op besluit");
  await expect(proposed).toContainText("Nog geen besluit");
  await expectAccessible(privacy);

  // A platform others host gets no questions about running a server.
  await advisor.goto(`/m/${municipality.slug}/assessments/${assessmentId}/vng`);
  await expect(advisor.getByRole("heading", { name: "Kosten", exact: true })).toBeVisible();
  await expect(advisor.getByRole("heading", { name: "Kosten van eigen hosting" })).toHaveCount(0);
});

test("an advisor assesses the municipality's own Mastodon server: names the server, inherits Mastodon's facts, gets the hosting questions", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const { municipality, people } = await createTenant(["advisor", "admin"]);
  await signIn(page, people.advisor.email);
  await page.goto(`/m/${municipality.slug}/assessments/new`);
  await page.getByLabel("Naam van het kanaal").fill("Mastodon-server Voorbeeldstad");
  await page.getByRole("radio", { name: "Open alternatief" }).check();
  await page.getByLabel("Type uit de catalogus").selectOption("mastodon");
  await page.getByLabel("De gemeente host dit kanaal zelf (eigen server)").check();
  await page.getByLabel("Servernaam").fill("https://social.voorbeeldstad.nl/about");
  await page.getByRole("button", { name: "Beoordeling starten" }).click();
  await expect(page.getByText("Vul een servernaam in zoals social.voorbeeldstad.nl, zonder https:// en zonder pad.")).toBeVisible();
  await expect(page.getByLabel("Servernaam")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.getByLabel("Servernaam").fill("social.voorbeeldstad.nl");
  await page.getByRole("button", { name: "Beoordeling starten" }).click();
  await expect(page).toHaveURL(/\/goals$/);
  await expect(page.getByText("De gemeente host dit kanaal zelf, op de server social.voorbeeldstad.nl")).toBeVisible();
  const assessmentId = page.url().split("/").at(-2)!;

  const custom = await db.customChannel.findFirstOrThrow({ where: { municipalityId: municipality.id } });
  expect(custom).toMatchObject({ baseChannelId: "mastodon", selfHosted: true, host: "social.voorbeeldstad.nl", digital: true });
  const assessment = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
  expect(JSON.parse(assessment.frameworkVersions)).toHaveProperty("eigen-beheer");
  // Mastodon's facts, with their sources, are the channel's own until the municipality overrides them.
  expect(JSON.parse(assessment.factsUsed).openProtocol).toMatchObject({ value: "yes", origin: "catalogue" });

  await page.goto(`/m/${municipality.slug}/assessments/${assessmentId}/vng`);
  const hostingCosts = page.getByRole("region", { name: "Kosten van eigen hosting" });
  await expect(hostingCosts).toContainText("Bron: Afwegingskader-app, Vragen bij een kanaal in eigen beheer");
  await expect(hostingCosts).toContainText("Zijn de kosten van hosting en beheer van de server");
  await expectAccessible(page);

  await page.goto(`/m/${municipality.slug}/assessments/${assessmentId}/ibd`);
  const upkeep = page.getByRole("region", { name: "Beheer en beveiliging van de server" });
  await expect(upkeep).toContainText("Is vastgelegd wie de server beheert");
  await expect(upkeep).toContainText("beveiligingsupdates");
  await expect(upkeep).toContainText("back-ups");
  await expectAccessible(page);

  // The administrator overrides an inherited fact with the municipality's own source ...
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, people.admin.email);
  await admin.goto(`/m/${municipality.slug}/catalogue`);
  const own = admin.getByRole("region", { name: "Eigen kanalen van de gemeente" });
  await expect(own).toContainText("Mastodon-server Voorbeeldstad (Open alternatief; type Mastodon; server social.voorbeeldstad.nl)");
  await expectAccessible(admin);
  await own.getByRole("link", { name: "Mastodon-server Voorbeeldstad" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Mastodon-server Voorbeeldstad");
  await admin.getByRole("row", { name: /^Jurisdictie/ }).getByRole("link", { name: /Eigen bron vastleggen/ }).click();
  await expect(admin).toHaveURL(/\?fact=jurisdiction#override$/);
  await expect(admin.getByText("Dit is een eigen kanaal van de gemeente")).toBeVisible();
  await expect(admin.getByRole("row", { name: /^Open protocol/ })).toContainText("Ja");
  await expectAccessible(admin);
  await admin.getByLabel("Waarde").selectOption("non-eu");
  await admin.getByLabel("Uitgever van de bron").fill("Gemeente Voorbeeldstad");
  await admin.getByLabel("Titel van de bron").fill("Hostingcontract met een aanbieder in de Verenigde Staten");
  await admin.getByLabel("Geraadpleegd op").fill("2026-11-20");
  await admin.getByRole("button", { name: "Eigen bron opslaan" }).click();
  await expect(admin.getByText("Het feit “Jurisdictie” is vastgelegd met uw eigen bron.")).toBeVisible();

  // ... and the advisor, taking the changed facts over, gets the risk they now show, proposed.
  await page.goto(`/m/${municipality.slug}/assessments/${assessmentId}/risks`);
  await expect(page.getByText("Er zijn nog geen risico's vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: "Gezien: werk de feiten van deze beoordeling bij" }).click();
  const table = page.getByRole("table", { name: "Risico's van deze beoordeling" });
  await expect(table.getByRole("rowheader", { name: /Gegevensverwerking buiten EU-jurisdictie/ })).toContainText("Jurisdictie: Buiten de EU");
  await expectAccessible(page);
});
