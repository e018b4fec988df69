import { createTenant } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("the language switch turns the interface into English and back", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  await signIn(page, people.advisor.email);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Overview ${municipality.name}`);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("the skip link, breadcrumb and keyboard focus work", async ({ page }) => {
  const { municipality, people } = await createTenant(["admin"]);
  await signIn(page, people.admin.email);
  await page.goto(`/m/${municipality.slug}/admin/members`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  const crumbs = page.getByRole("navigation", { name: "Kruimelpad" });
  await expect(crumbs.getByRole("link", { name: municipality.name })).toBeVisible();
  await expect(crumbs.getByText("Gebruikers")).toHaveAttribute("aria-current", "page");
});

test("unknown pages get a translated 404 and the health check answers", async ({ page, request }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
});

test("the app works on a phone-sized screen", async ({ page }) => {
  const { people } = await createTenant(["admin"]);
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, people.admin.email);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
