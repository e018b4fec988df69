import { createTenant, db, testPassword } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { postSignIn } from "./support/sign-in-api";

const app = () => test.info().project.use.baseURL!;

function directive(policy: string, name: string) {
  return policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);
}

test("one lock per account: failures on better-auth's own route count and are audited, and a locked account is refused there", async ({ page, request }) => {
  // Waits out the shared rate limit of better-auth's sign-in route (3 calls per 10 s) more than once.
  test.setTimeout(180_000);
  const { people } = await createTenant(["advisor"]);
  const email = people.advisor.email;

  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await postSignIn(request, app(), { email, password: `fout-${attempt}-wachtwoord` });
    expect(response.status()).toBe(401);
  }
  expect(await db.auditEntry.count({ where: { action: "auth.sign_in", objectId: email, result: "refused", reason: "invalid_credentials" } })).toBe(2);

  // The other three failures go through the sign-in page: one lock, whichever path checks the password.
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(email);
  for (let attempt = 2; attempt < 5; attempt++) {
    await page.getByLabel("Wachtwoord").fill(`fout-${attempt}-wachtwoord`);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "klopt niet" })).toBeVisible();
  }
  // The alert of the attempt before is still on screen: wait until the fifth failure is recorded.
  await expect
    .poll(() => db.auditEntry.count({ where: { action: "auth.sign_in", objectId: email, result: "refused", reason: "invalid_credentials" } }))
    .toBe(5);

  const locked = await postSignIn(request, app(), { email, password: testPassword });
  expect(locked.status()).toBe(403);
  expect(locked.headers()["set-cookie"] ?? "").not.toContain("session_token");
  // The address is the account, whatever its spelling.
  const lockedUpperCase = await postSignIn(request, app(), { email: email.toUpperCase(), password: testPassword });
  expect(lockedUpperCase.status()).toBe(403);
  expect(await db.session.count({ where: { userId: people.advisor.id } })).toBe(0);
  expect(await db.auditEntry.count({ where: { action: "auth.sign_in", objectId: email, result: "refused", reason: "locked" } })).toBe(2);

  await page.getByLabel("Wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Te veel mislukte pogingen" })).toBeVisible();
  await expectAccessible(page);
});

test("a success on better-auth's own route is audited like one on the sign-in page", async ({ request }) => {
  const { people } = await createTenant(["advisor"]);
  const response = await postSignIn(request, app(), { email: people.advisor.email, password: testPassword });
  expect(response.status()).toBe(200);
  const entry = await db.auditEntry.findFirst({ where: { action: "auth.sign_in", objectId: people.advisor.email, result: "success" } });
  expect(entry?.actorId).toBe(people.advisor.id);
});

test("a forged X-Forwarded-For neither escapes the rate limit nor lands in the audit trail", async ({ page, request }) => {
  // Waits out the shared rate limit of better-auth's sign-in route (3 calls per 10 s) more than once.
  test.setTimeout(180_000);
  const nobody = `niemand-${Date.now()}@test.example`;
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 10 && !statuses.includes(429); attempt++) {
    const response = await request.post("/api/auth/sign-in/email", {
      data: { email: nobody, password: "wat-dan-ook-123" },
      headers: { origin: test.info().project.use.baseURL!, "x-forwarded-for": `203.0.113.${attempt}` },
    });
    statuses.push(response.status());
  }
  expect(statuses).toContain(429);

  const { people } = await createTenant(["advisor"]);
  const forgedAgent = `Forged\tAgent\u0085\u009b31m ${"x".repeat(1_000)}`;
  await postSignIn(request, app(), { email: people.advisor.email, password: "fout-wachtwoord-1" }, { "x-forwarded-for": "<b>forged</b>", "user-agent": forgedAgent });

  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.7, <script>forged</script>" });
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(people.advisor.email);
  await page.getByLabel("Wachtwoord").fill("fout-wachtwoord-2");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "klopt niet" })).toBeVisible();

  const entries = await db.auditEntry.findMany({ where: { action: "auth.sign_in", objectId: people.advisor.email } });
  expect(entries).toHaveLength(2);
  for (const entry of entries) expect(entry.ip, "no trusted proxy is configured, so no address is believed").toBeNull();
  const agents = entries.map((entry) => entry.userAgent ?? "");
  const scripted = agents.find((agent) => agent.startsWith("Forged"));
  expect(scripted).toBeDefined();
  expect(scripted).not.toMatch(/\p{Cc}/u);
  expect(scripted!.length).toBeLessThanOrEqual(256);
});

test("pages carry a Content-Security-Policy with a fresh nonce, and still work", async ({ page }) => {
  const first = await page.goto("/sign-in");
  const policy = first!.headers()["content-security-policy"] ?? "";
  const scriptSrc = directive(policy, "script-src") ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scriptSrc)?.[1];
  expect(nonce, policy).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(directive(policy, "frame-ancestors")).toBe("'none'");
  expect(directive(policy, "object-src")).toBe("'none'");
  // Over plain http there is no HSTS; https deployments get it (lib/security/headers.test.ts).
  expect(first!.headers()["strict-transport-security"]).toBeUndefined();

  // Every script Next writes carries this request's nonce; the browser hides it from getAttribute.
  const scriptNonces = await page.evaluate(() => Array.from(document.scripts, (script) => script.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  const second = await page.goto("/sign-in");
  expect(directive(second!.headers()["content-security-policy"] ?? "", "script-src")).not.toContain(nonce!);

  // The form validates in the browser, so React hydrated under the policy.
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Dit veld is verplicht.").first()).toBeVisible();
  await expectAccessible(page);
  // Every other spec checks its pages for CSP violations too (e2e/support/fixtures.ts).
});

test("a session ends at its absolute lifetime, even while it is in use", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  await signIn(page, people.advisor.email);
  await page.goto(`/m/${municipality.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(municipality.name);

  // Signed in 13 hours ago and kept alive since: the sliding expiry alone would let it go on.
  await db.session.updateMany({ where: { userId: people.advisor.id }, data: { createdAt: new Date(Date.now() - 13 * 3_600_000) } });
  await page.goto(`/m/${municipality.slug}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  expect(await db.session.count({ where: { userId: people.advisor.id } })).toBe(0);
  await expectAccessible(page);
});

test("a refused attempt by someone from elsewhere shows in the addressed municipality's audit trail", async ({ page }) => {
  // Two people's sessions and two audit pages, each scanned: more than a minute on a busy machine.
  test.setTimeout(180_000);
  const a = await createTenant(["admin"]);
  const b = await createTenant(["admin"]);
  await signIn(page, a.people.admin.email);
  await page.goto(`/m/${a.municipality.slug}/admin/members`);
  await page.route("**/admin/members", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replaceAll(a.municipality.slug, b.municipality.slug) });
  });
  await page.getByLabel("E-mailadres").fill("indringer@test.example");
  await page.getByRole("group", { name: "Rollen", exact: true }).getByLabel("Beheerder").check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "bestaat niet of u heeft er geen toegang toe" })).toBeVisible();
  await page.unroute("**/admin/members");
  // A download of the other municipality is refused the same way (lib/auth/route.ts).
  expect((await page.request.get(`/m/${b.municipality.slug}/admin/audit/export`)).status()).toBe(404);
  await page.getByRole("button", { name: "Afmelden" }).click();

  await signIn(page, b.people.admin.email);
  await page.goto(`/m/${b.municipality.slug}/admin/audit?result=refused`);
  const row = page.getByRole("row").filter({ hasText: a.people.admin.email });
  await expect(row.filter({ hasText: "member.invite" })).toContainText("not_member");
  await expect(row.filter({ hasText: "audit.export" })).toContainText("not_member");
  await expectAccessible(page);
});
