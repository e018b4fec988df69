import { createTenant, testPassword } from "./support/db";
import { expect, expectAccessible, test } from "./support/fixtures";

// Known open-redirect bypasses for `next` (issue 12, hole 4): each must land on the dashboard (the
// start page, which sends a member of one municipality on to that municipality's overview).
const badNext = ["//evil.example", "/%09/evil.example", "/\\evil.example", "/%5C/evil.example", "https://evil.example", "javascript:alert(1)", "/%2F/evil.example", "/\n/evil.example"];

test("a bad `next` on the sign-in page lands on the dashboard, never elsewhere and never on an error", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const dashboard = `/m/${municipality.slug}`;
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await page.goto(`/sign-in?next=${encodeURIComponent("/%09/evil.example")}`);
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill(people.advisor.email);
  await page.getByLabel("Wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  expect(new URL(page.url()).origin).toBe(origin);
  expect(new URL(page.url()).pathname).toBe(dashboard);

  // Signed in, the sign-in page sends a visitor on at once: to the dashboard, whatever `next` says.
  for (const next of badNext) {
    const response = await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    expect(response?.status(), next).toBe(200);
    expect(new URL(page.url()).origin, next).toBe(origin);
    expect(new URL(page.url()).pathname, next).toBe(dashboard);
  }
  await expectAccessible(page);
});

test("signing in from a link to a page comes back to that page", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  await page.goto(`/m/${municipality.slug}/assessments`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("E-mailadres").fill(people.advisor.email);
  await page.getByLabel("Wachtwoord").fill(testPassword);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL(`**/m/${municipality.slug}/assessments`);
});

test("a path with broken percent-encoding shows the translated not-found page", async ({ page }) => {
  for (const path of ["/p/%ff%fe", "/m/%ff%fe", "/frameworks/%ff%fe"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  }
  await expectAccessible(page);
  const api = await page.request.get("/api/frameworks/%ff%fe");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: "not_found" });
});
