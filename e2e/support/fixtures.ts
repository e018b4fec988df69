import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { testPassword } from "./db";

/** Every page a spec visits is scanned against WCAG 2.2 AA; a violation fails the test. */
export async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/** The WCAG 2.2 AA violations on the page, one line each; for specs that report many pages at once. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // A scan needs a settled document: one started while a navigation swaps it out fails without judging the page.
  await page.waitForLoadState("domcontentloaded");
  // Legacy mode runs axe inside the page. The default opens a blank page for every scan to merge
  // the results of frames, which cost a second or more per scan on a 2-core machine; the app has
  // no frames, and legacy mode fails the scan if a cross-origin frame ever appears.
  // Only violations are reported in full: axe then skips building a selector for every node that
  // passes (a fifth of the scan time on long pages). options() replaces the whole option object,
  // so it comes before withTags, which adds the WCAG tags to it.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .setLegacyMode()
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

/**
 * Holds the page's scripts back until the returned release is called, as on a slow phone: the
 * server's HTML is there, React is not yet (routing also turns the browser's cache off).
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\//, async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

export async function signIn(page: Page, email: string, password = testPassword) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/**
 * Every test fails when the browser refused something under the Content-Security-Policy: a page
 * that only works with an inline script or style the policy blocks would otherwise pass unseen.
 */
export const test = base.extend<{ contentSecurityPolicy: void }>({
  contentSecurityPolicy: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
