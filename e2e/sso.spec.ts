import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { symmetricEncrypt } from "better-auth/crypto";
import { ensureMunicipality, ensureUser } from "../lib/demo/people";
import { db, retryBusy, testPassword } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { totpCodeForKey } from "./support/totp";
import { oidcAccounts, oidcClient, oidcIssuer, ssoDomain, ssoSlug, type OidcLogin } from "./support/sso";

/**
 * Single sign-on against a real OpenID provider (oidc-provider, e2e/support/oidc-server.ts),
 * whose client is registered for the fixed municipality `zeestad`: an administrator configures
 * it, then staff sign in with it and strangers are refused. The spec starts by clearing what an
 * earlier run left of that municipality.
 */
test.describe.configure({ mode: "serial" });

const adminEmail = `beheer@${ssoDomain}`;
const memberEmail = oidcAccounts.medewerker.email;

test.beforeAll(async () => {
  await retryBusy(async () => {
    const emails = Object.values(oidcAccounts).map((account) => account.email as string);
    await db.user.deleteMany({ where: { email: { in: [...emails, adminEmail] } } });
    const municipality = await ensureMunicipality(db, { slug: ssoSlug, name: "Gemeente Zeestad", requireAdminTwoFactor: false });
    await db.ssoProvider.deleteMany({ where: { municipalityId: municipality.id } });
    await db.invitation.deleteMany({ where: { municipalityId: municipality.id } });
    const admin = await ensureUser(db, { email: adminEmail, name: "Bas Beheer", password: testPassword, memberships: [{ municipalityId: municipality.id, roles: ["admin"] }] });
    await ensureUser(db, { email: memberEmail, name: "Mila Medewerker", password: testPassword, memberships: [{ municipalityId: municipality.id, roles: ["advisor"] }] });
    await db.invitation.create({
      data: { municipalityId: municipality.id, email: oidcAccounts.nieuw.email, roles: "advisor", tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000), invitedById: admin.id },
    });
  });
});

const audited = (action: string, email: string, result: string, reason?: string) =>
  db.auditEntry.count({ where: { action, actorEmail: email, result, ...(reason ? { reason } : {}) } });

/** The provider's own (development) sign-in and consent pages. */
async function signInAtProvider(page: Page, login: OidcLogin) {
  await page.waitForURL((url) => url.origin === oidcIssuer);
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("wat-dan-ook");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function startByMunicipality(page: Page) {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Gemeente Zeestad" }).click();
}

test("an administrator sets up the municipality's OpenID provider; the secret is stored encrypted and never shown", async ({ page }) => {
  await signIn(page, adminEmail);
  await page.goto(`/m/${ssoSlug}/admin/settings`);
  const ssoForm = page.locator("form", { has: page.getByLabel("Client-ID") });
  await expect(page.getByText(oidcClient.redirectUri)).toBeVisible();
  await page.getByLabel("Adres van de provider (issuer)").fill("http://provider.example");
  await page.getByLabel("Client-ID").fill(oidcClient.clientId);
  await page.getByLabel("Client secret", { exact: true }).fill(oidcClient.clientSecret);
  await page.getByLabel("E-maildomeinen van de gemeente").fill("zeestad");
  await page.getByLabel("Claim met groepen (optioneel)").fill("groups");
  await page.getByLabel("Groepen die een rol geven (optioneel)").fill("afwegingskader-privacy = privacy");
  await ssoForm.getByRole("button", { name: "Opslaan" }).click();
  // Refused on the field: http only for a provider on this machine, and a domain needs a dot.
  await expect(page.getByText("Vul het volledige adres van de identity provider in, beginnend met https://.")).toBeVisible();
  await expect(page.getByText("Vul domeinen in zoals voorbeeldstad.nl, gescheiden door komma's.")).toBeVisible();
  await page.getByLabel("Adres van de provider (issuer)").fill(oidcIssuer);
  await page.getByLabel("E-maildomeinen van de gemeente").fill(ssoDomain);
  await ssoForm.getByRole("button", { name: "Opslaan" }).click();
  await expect(ssoForm.getByText("Opgeslagen.", { exact: true })).toBeVisible();
  await expectAccessible(page);

  const stored = await db.ssoProvider.findFirstOrThrow({ where: { municipality: { slug: ssoSlug } } });
  expect(stored.clientSecretEncrypted).toMatch(/^v1\./);
  expect(stored.clientSecretEncrypted).not.toContain(oidcClient.clientSecret);
  const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "settings.sso.save", actorEmail: adminEmail, result: "success" } });
  expect(entry.details).not.toContain(oidcClient.clientSecret);

  // Shown again without the secret, which an empty field keeps.
  await page.reload();
  await expect(page.getByLabel("Client secret", { exact: true })).toHaveValue("");
  expect(await page.content()).not.toContain(oidcClient.clientSecret);
  await ssoForm.getByRole("button", { name: "Opslaan" }).click();
  await expect(ssoForm.getByText("Opgeslagen.", { exact: true })).toBeVisible();
  expect((await db.ssoProvider.findFirstOrThrow({ where: { id: stored.id } })).clientSecretEncrypted).toBe(stored.clientSecretEncrypted);

  // The same page switches the second-factor requirement for administrators: on, it applies at once, to this administrator too.
  const twoFactorForm = page.locator("form", { has: page.getByLabel("Beheerders moeten zich in twee stappen aanmelden") });
  await expect(twoFactorForm.getByLabel("Beheerders moeten zich in twee stappen aanmelden")).not.toBeChecked();
  await twoFactorForm.getByLabel("Beheerders moeten zich in twee stappen aanmelden").check();
  await twoFactorForm.getByRole("button", { name: "Opslaan" }).click();
  // The settings page, rendered again after the save, already sends this administrator to set it up.
  await page.waitForURL(/\/account\/two-factor$/);
  expect(await audited("settings.admin_two_factor", adminEmail, "success")).toBe(1);
});

test("a member signs in with the municipality's account, found by the address; a role comes from the group claim", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Inloggen met het account van uw gemeente" })).toBeVisible();
  await expectAccessible(page);
  // An address of no municipality with single sign-on: said on the field.
  await page.getByLabel("Uw adres bij de gemeente (e-mail)").fill("iemand@elders.test");
  await page.getByRole("button", { name: "Verder naar uw gemeente" }).click();
  await expect(page.getByText("Voor dit adres of deze gemeente is geen aanmelding met het account van de gemeente ingesteld.", { exact: false })).toBeVisible();
  await page.getByLabel("Uw adres bij de gemeente (e-mail)").fill(memberEmail);
  await page.getByLabel("Uw adres bij de gemeente (e-mail)").press("Enter");
  await signInAtProvider(page, "medewerker");
  await page.waitForURL(new RegExp(`/m/${ssoSlug}$`));

  const user = await db.user.findUniqueOrThrow({ where: { email: memberEmail }, include: { accounts: true, memberships: true, sessions: true } });
  expect(user.accounts.map((account) => account.providerId).sort()).toEqual(["credential", `sso-${ssoSlug}`]);
  expect(user.memberships.map((membership) => membership.role).sort()).toEqual(["advisor", "privacy"]);
  expect(await audited("auth.sso.sign_in", memberEmail, "success")).toBe(1);
  expect(await audited("member.roles_from_claim", memberEmail, "success")).toBe(1);
  // The session ends absolutely 12 hours after sign-in at the latest, as a password sign-in's does.
  for (const session of user.sessions) expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeLessThanOrEqual(12 * 3_600_000);
});

test("someone who set up two-step sign-in gives a code after the municipality's provider as well", async ({ page }) => {
  // An authenticator set up as better-auth stores it: the secret encrypted with the server's secret.
  const secret = "e2e-totp-secret-of-mila-01234567";
  const key = process.env.BETTER_AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456";
  const user = await db.user.findUniqueOrThrow({ where: { email: memberEmail } });
  await db.twoFactor.create({
    data: { id: randomUUID(), userId: user.id, secret: await symmetricEncrypt({ key, data: secret }), backupCodes: await symmetricEncrypt({ key, data: "[]" }), verified: true },
  });
  await db.user.update({ where: { id: user.id }, data: { twoFactorEnabled: true } });
  const sessionsBefore = await db.session.count({ where: { userId: user.id } });

  await startByMunicipality(page);
  await signInAtProvider(page, "medewerker");
  await page.waitForURL(/\/sign-in\/two-factor/);
  // No session until the code: the one the provider's answer made is gone again.
  expect(await db.session.count({ where: { userId: user.id } })).toBe(sessionsBefore);
  await page.getByLabel("Code uit de authenticator-app").fill(totpCodeForKey(new TextEncoder().encode(secret)));
  await page.getByLabel("Code uit de authenticator-app").press("Enter");
  await page.waitForURL(new RegExp(`/m/${ssoSlug}$`));
  expect(await audited("auth.two_factor.verify", memberEmail, "success")).toBe(1);
});

test("someone invited signs in for the first time: the account is made and the invitation accepted", async ({ page }) => {
  await startByMunicipality(page);
  await signInAtProvider(page, "nieuw");
  await page.waitForURL(new RegExp(`/m/${ssoSlug}$`));
  const user = await db.user.findUniqueOrThrow({ where: { email: oidcAccounts.nieuw.email }, include: { memberships: true } });
  expect(user.name).toBe("Noah Nieuw");
  expect(user.memberships.map((membership) => membership.role)).toEqual(["advisor"]);
  expect(await db.invitation.count({ where: { email: oidcAccounts.nieuw.email, acceptedAt: { not: null } } })).toBe(1);
  expect(await audited("invitation.accept", oidcAccounts.nieuw.email, "success")).toBe(1);
});

for (const [login, reason, message] of [
  ["onbevestigd", "email_unverified", "Uw gemeente heeft uw e-mailadres niet als bevestigd doorgegeven."],
  ["extern", "foreign_domain", "Dit account hoort niet bij een e-maildomein van de gemeente."],
  ["vreemde", "not_member", "U heeft (nog) geen toegang tot deze gemeente in de app."],
] as const) {
  test(`refused, with the reason in the reader's language and in the audit trail: ${reason}`, async ({ page }) => {
    await startByMunicipality(page);
    await signInAtProvider(page, login);
    await page.waitForURL(new RegExp(`/sign-in\\?sso=${reason}`));
    await expect(page.getByText(message, { exact: false })).toBeVisible();
    await expectAccessible(page);
    const email = oidcAccounts[login].email;
    expect(await audited("auth.sso.sign_in", email, "refused", reason)).toBe(1);
    // No account was made or linked, and nobody is signed in.
    expect(await db.user.count({ where: { email } })).toBe(0);
    await page.goto(`/m/${ssoSlug}`);
    await expect(page).toHaveURL(/\/sign-in/);
  });
}
