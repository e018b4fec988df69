import { createTenant, db, testPassword } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("a person signs in, sees their municipality and signs out", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  await page.goto(`/m/${municipality.slug}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expectAccessible(page);

  await page.getByLabel("E-mailadres").fill(people.advisor.email);
  await page.getByLabel("Wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(`/m/${municipality.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(municipality.name);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByText("U bent afgemeld.")).toBeVisible();
  await page.goto(`/m/${municipality.slug}`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password gets a clear message and keeps the e-mail address", async ({ page }) => {
  const { people } = await createTenant(["advisor"]);
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(people.advisor.email);
  await page.getByLabel("Wachtwoord").fill("niet-het-goede-wachtwoord");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of wachtwoord klopt niet." })).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue(people.advisor.email);
  await expectAccessible(page);

  const refused = await db.auditEntry.count({ where: { action: "auth.sign_in", objectId: people.advisor.email, result: "refused" } });
  expect(refused).toBe(1);
});

test("an unknown e-mail address and empty fields are refused on the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Dit veld is verplicht.").first()).toBeVisible();
  await page.getByLabel("E-mailadres").fill("niemand@test.example");
  await page.getByLabel("Wachtwoord").fill("wat-dan-ook-123");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of wachtwoord klopt niet." })).toBeVisible();
});

test("repeated failures lock the address for a while, even with the right password", async ({ page }) => {
  const { people } = await createTenant(["advisor"]);
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(people.advisor.email);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("Wachtwoord").fill(`fout-${attempt}-wachtwoord`);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "klopt niet" })).toBeVisible();
  }
  await page.getByLabel("Wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Te veel mislukte pogingen" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a session that ends elsewhere sends the next request to sign-in", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  await signIn(page, people.advisor.email);
  await db.session.deleteMany({ where: { userId: people.advisor.id } });
  await page.goto(`/m/${municipality.slug}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText("Uw sessie is verlopen")).toBeVisible();
});

test("a person changes their password and signs in with the new one", async ({ page }) => {
  const { people } = await createTenant(["advisor"]);
  await signIn(page, people.advisor.email);
  await page.goto("/account");
  await expectAccessible(page);
  await page.getByLabel("Huidig wachtwoord").fill("helemaal-fout-wachtwoord");
  await page.getByLabel("Nieuw wachtwoord").fill("Een-nieuw-lang-wachtwoord");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("Een-nieuw-lang-wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Het huidige wachtwoord klopt niet.")).toBeVisible();

  await page.getByLabel("Huidig wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Uw wachtwoord is gewijzigd.")).toBeVisible();
  await page.getByRole("button", { name: "Afmelden" }).click();
  await signIn(page, people.advisor.email, "Een-nieuw-lang-wachtwoord");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("nobody renames themselves through better-auth's own update-user route", async ({ page, baseURL }) => {
  const { people } = await createTenant(["council"]);
  await signIn(page, people.council.email);
  const response = await page.request.post("/api/auth/update-user", { data: { name: "Iemand Anders" }, headers: { origin: baseURL! } });
  expect(response.status()).toBe(404);
  expect((await db.user.findUniqueOrThrow({ where: { id: people.council.id } })).name).toBe(people.council.name);
});
