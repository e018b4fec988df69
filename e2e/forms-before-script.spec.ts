import { createTenant, testPassword } from "./support/db";
import { expect, holdScripts, signIn, test } from "./support/fixtures";

/**
 * A form that sends through React cannot be sent before the page's script runs: the browser would
 * send it itself, as a GET of the page, with what was typed (a password too) in the address, and
 * nothing would be saved. Found as a CI failure of e2e/evaluation.spec.ts under load.
 */

test("the sign-in form can be filled in before the page's script runs, but not sent, so a password never lands in the address", async ({ page }) => {
  const { people } = await createTenant(["advisor"]);
  // Every page the browser asks for with a password in its address.
  const leaked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).searchParams.has("password")) leaked.push(request.url());
  });
  const release = await holdScripts(page);
  // Waiting for the page's load event would wait for the held scripts.
  await page.goto("/sign-in", { waitUntil: "commit" });
  await page.getByLabel("E-mailadres").fill(people.advisor.email);
  await page.getByLabel("Wachtwoord").fill(testPassword);
  await expect(page.getByRole("button", { name: "Aanmelden" })).toBeDisabled();
  // Enter in a field sends a form through its default button; a disabled one sends nothing.
  await page.getByLabel("Wachtwoord").press("Enter");
  release();
  // What was typed before the script ran is what is sent.
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  expect(leaked).toEqual([]);
});

test("a form of the signed-in app cannot be sent before the page's script runs either", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  await signIn(page, people.advisor.email);
  const release = await holdScripts(page);
  await page.goto(`/m/${municipality.slug}/assessments/new`, { waitUntil: "commit" });
  const submit = page.getByRole("button", { name: "Beoordeling starten" });
  await expect(submit).toBeDisabled();
  release();
  await expect(submit).toBeEnabled();
});
