import { createTenant, db } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("navigation shows each role only what it may use", async ({ page }) => {
  const { municipality, people } = await createTenant(["council", "admin"]);
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });

  await signIn(page, people.council.email);
  await expect(nav.getByRole("link", { name: "Overzicht" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Audittrail" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
  await page.goto(`/m/${municipality.slug}/admin/audit`);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Afmelden" }).click();

  await signIn(page, people.admin.email);
  await expect(nav.getByRole("link", { name: "Audittrail" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Gebruikers" })).toBeVisible();
});

test("a member of one municipality cannot open another's pages by URL", async ({ page }) => {
  const a = await createTenant(["admin"]);
  const b = await createTenant(["admin"]);
  await signIn(page, a.people.admin.email);
  for (const path of ["", "/admin/members", "/admin/audit", "/admin/outbox"]) {
    const response = await page.goto(`/m/${b.municipality.slug}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  }
  await expectAccessible(page);
  const csv = await page.request.get(`/m/${b.municipality.slug}/admin/audit/export`);
  expect(csv.status()).toBe(404);
});

test("a member of one municipality cannot change another's data by calling the action", async ({ page }) => {
  const a = await createTenant(["admin"]);
  const b = await createTenant(["admin", "advisor"]);
  await signIn(page, a.people.admin.email);
  await page.goto(`/m/${a.municipality.slug}/admin/members`);

  // Rewrite the server action call so it addresses municipality B, as an attacker would.
  await page.route("**/admin/members", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replaceAll(a.municipality.slug, b.municipality.slug) });
  });
  await page.getByLabel("E-mailadres").fill("indringer@test.example");
  await page.getByRole("group", { name: "Rollen", exact: true }).getByLabel("Beheerder").check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "bestaat niet of u heeft er geen toegang toe" })).toBeVisible();

  expect(await db.invitation.count({ where: { municipalityId: b.municipality.id } })).toBe(0);
  const refusal = await db.auditEntry.findFirst({ where: { actorId: a.people.admin.id, action: "member.invite", result: "refused" } });
  expect(refusal?.reason).toBe("not_member");
});

test("a council member cannot change anything, even by calling an action directly", async ({ page }) => {
  const { municipality, people } = await createTenant(["council", "admin"]);
  await signIn(page, people.admin.email);
  await page.goto(`/m/${municipality.slug}/admin/members`);
  // Capture a real action request as the administrator sends it, then replay it as the council member.
  const requestPromise = page.waitForRequest((request) => request.method() === "POST" && request.url().includes("/admin/members"));
  await page.getByLabel("E-mailadres").fill("nieuw@test.example");
  await page.getByRole("group", { name: "Rollen", exact: true }).getByLabel("Raadslid").check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  const captured = await requestPromise;
  await expect(page.getByRole("status").filter({ hasText: "nieuw@test.example" })).toBeVisible();
  await page.getByRole("button", { name: "Afmelden" }).click();

  await signIn(page, people.council.email);
  const replay = await page.request.post(captured.url(), {
    headers: { ...captured.headers(), cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ") },
    data: captured.postData()!.replace("nieuw@test.example", "door-raadslid@test.example"),
  });
  expect(replay.ok()).toBe(true);
  expect(await db.invitation.count({ where: { email: "door-raadslid@test.example" } })).toBe(0);
  const refusal = await db.auditEntry.findFirst({ where: { actorId: people.council.id, action: "member.invite" } });
  expect(refusal?.result).toBe("refused");
});
