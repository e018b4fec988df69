import type { Page } from "@playwright/test";
import { createTenant, db, testPassword } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { totpCode, wrongTotpCode } from "./support/totp";

async function signOut(page: Page, name = "Afmelden") {
  await page.getByRole("button", { name }).click();
  await page.waitForURL(/\/sign-in\?signedOut=1/);
}

async function passwordStep(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL(/\/sign-in\/two-factor/);
}

const audited = (email: string, action: string, result: string, reason?: string) =>
  db.auditEntry.count({ where: { actorEmail: email, action, result, ...(reason ? { reason } : {}) } });

test("an administrator must set up two-step sign-in first, then signs in with a code; a wrong code is refused, a recovery code works once", async ({ page }) => {
  test.setTimeout(240_000);
  const { municipality, people } = await createTenant(["admin"], { requireAdminTwoFactor: true });
  const email = people.admin.email;

  // The password alone leads only to setting up the second factor; any other page sends back there.
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await page.goto(`/m/${municipality.slug}/admin/members`);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByText("U bent beheerder van een gemeente die aanmelden in twee stappen verplicht stelt.")).toBeVisible();
  await expectAccessible(page);

  // By keyboard: the password, then Enter.
  await page.getByLabel("Uw wachtwoord").fill(testPassword);
  await page.keyboard.press("Enter");
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const recoveryCodes = (await page.getByTestId("recovery-codes").locator("code").allTextContents()).map((code) => code.trim());
  expect(recoveryCodes).toHaveLength(10);
  await expectAccessible(page);
  await page.getByLabel("Code uit de authenticator-app").fill(wrongTotpCode(secret));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  await page.getByLabel("Code uit de authenticator-app").fill(totpCode(secret));
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/m/${municipality.slug}$`));
  expect(await audited(email, "auth.two_factor.enable", "success")).toBe(1);
  expect(await audited(email, "auth.two_factor.enable", "refused", "invalid_setup_code")).toBe(1);

  // The requirement holds: no way to switch it off.
  await page.goto("/account/two-factor");
  await expect(page.getByText("Aanmelden in twee stappen staat aan.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Aanmelden in twee stappen uitzetten" })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // The password now opens the code step; a wrong code is refused and counted, the right one signs in.
  await passwordStep(page, email);
  await expectAccessible(page);
  await page.getByLabel("Code uit de authenticator-app").fill(wrongTotpCode(secret));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  expect(await audited(email, "auth.two_factor.verify", "refused", "invalid_code")).toBe(1);
  await page.getByLabel("Code uit de authenticator-app").fill(totpCode(secret));
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/m/${municipality.slug}$`));
  expect(await audited(email, "auth.two_factor.verify", "success")).toBe(1);
  await signOut(page);

  // A recovery code instead, reached by keyboard; it works once.
  await passwordStep(page, email);
  // The switch works once the page's script runs; the form's submit button shows when that is
  // (components/forms/submit-button.tsx).
  await expect(page.getByRole("button", { name: "Aanmelden" })).toBeEnabled();
  await page.getByRole("button", { name: "Een herstelcode gebruiken" }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Herstelcode").fill(recoveryCodes[0]);
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/m/${municipality.slug}$`));
  await signOut(page);

  await passwordStep(page, email);
  await page.getByRole("button", { name: "Een herstelcode gebruiken" }).click();
  await page.getByLabel("Herstelcode").fill(recoveryCodes[0]);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  expect(await audited(email, "auth.two_factor.verify", "refused", "invalid_code")).toBe(2);
});

test("two-step sign-in is optional for other roles: switched on and off from the account page, in English", async ({ page, context }) => {
  const { people } = await createTenant(["advisor"], { requireAdminTwoFactor: true });
  const email = people.advisor.email;
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(testPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto("/account");
  await expect(page.getByText("Two-step sign-in is off.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Set up two-step sign-in" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expectAccessible(page);
  await page.getByLabel("Your password").fill(testPassword);
  await page.getByRole("button", { name: "Set up" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from the authenticator app").fill(totpCode(secret));
  await page.getByRole("button", { name: "Confirm and switch on" }).click();
  await expect(page.getByText("Two-step sign-in is on.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Your password").fill("not-the-password-at-all");
  await page.getByRole("button", { name: "Switch two-step sign-in off" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();
  await page.getByLabel("Your password").fill(testPassword);
  await page.getByRole("button", { name: "Switch two-step sign-in off" }).click();
  await expect(page.getByRole("link", { name: "Set up two-step sign-in" }).or(page.getByRole("button", { name: "Set up" }))).toBeVisible();
  expect(await audited(email, "auth.two_factor.disable", "success")).toBe(1);
  expect(await audited(email, "auth.two_factor.disable", "refused", "wrong_password")).toBe(1);
  expect((await db.user.findUniqueOrThrow({ where: { email } })).twoFactorEnabled).toBe(false);
});
