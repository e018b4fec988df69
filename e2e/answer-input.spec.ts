import type { Page } from "@playwright/test";
import { startAssessment } from "./support/assessment-data";
import { createTenant, db } from "./support/db";
import { expect, expectAccessible, holdScripts, signIn, test } from "./support/fixtures";

// The moderation step has many questions; signing in, loading and scanning it is slow on a busy machine.
test.describe.configure({ timeout: 240_000 });

async function openStep(page: Page, channelId: string, step: string) {
  const { municipality, people } = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId, year: 2026, userId: people.advisor.id });
  await signIn(page, people.advisor.email);
  await page.goto(`/m/${municipality.slug}/assessments/${assessment.id}/${step}`);
  return assessment;
}

const storedAnswer = (assessmentId: string, itemId: string) => db.answer.findFirst({ where: { assessmentId, itemId } });

/**
 * Holds the first autosave request until `release` is called, so every later edit happens while
 * that save is still in flight, however fast or slow the machine is.
 */
async function holdFirstSave(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let saves = 0;
  await page.route(/\/assessments\/[^/]+\/[a-z]+$/, async (route) => {
    if (route.request().method() === "POST" && ++saves === 1) await released;
    await route.fallback();
  });
  return release;
}

test("value, rationale and evidence filled in quick succession queue up: no conflict with herself, all three stored", async ({ page }) => {
  const assessment = await openStep(page, "facebook", "moderation");
  const question = page.getByRole("group", { name: /Is er een moderatieplan/ });
  const release = await holdFirstSave(page);

  await question.getByRole("radio", { name: "Ja" }).check();
  await question.getByLabel("Onderbouwing (optioneel)").fill("Het moderatieplan is in maart vastgesteld door het MT.");
  await question.getByLabel(/^Bewijs/).fill("https://intranet.voorbeeldstad.nl/moderatieplan");
  await question.getByLabel(/^Bewijs/).blur();
  release();

  await expect(question.getByRole("status")).toHaveText("Opgeslagen");
  await expect(page.getByRole("alert").filter({ hasText: "Iemand anders heeft dit antwoord intussen gewijzigd" })).toHaveCount(0);
  await expectAccessible(page);
  const stored = await storedAnswer(assessment.id, "assessment-plan:plan.moderation.plan");
  expect(JSON.parse(stored!.value!)).toBe("yes");
  expect(stored!.rationale).toBe("Het moderatieplan is in maart vastgesteld door het MT.");
  expect(stored!.evidence).toBe("https://intranet.voorbeeldstad.nl/moderatieplan");
  // The choice went first; the rationale and evidence followed together in one save on top of it.
  expect(stored!.version).toBe(2);
});

test("a choice is saved at once, its missing rationale is flagged, and unsaved text warns before leaving", async ({ page }) => {
  const assessment = await openStep(page, "facebook", "moderation");
  const incidents = page.getByRole("group", { name: /bedreiging, intimidatie of online agressie/ });
  await incidents.getByRole("radio", { name: "Nee" }).check();
  await expect(incidents.getByRole("status")).toHaveText("Opgeslagen; de onderbouwing ontbreekt nog");
  await expect(incidents.getByText("Geef een onderbouwing.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /^Volgende stap/ }).first().click();
  await expect(page).toHaveURL(/\/crisis$/);
  const stored = await storedAnswer(assessment.id, "assessment-plan:plan.moderation.incidents");
  expect(JSON.parse(stored!.value!)).toBe("no");
  expect(stored!.rationale).toBe("");
  await page.goto(page.url().replace(/crisis$/, "moderation"));
  const again = page.getByRole("group", { name: /bedreiging, intimidatie of online agressie/ });
  await expect(again.getByRole("radio", { name: "Nee" })).toBeChecked();
  await expect(again.getByText("Geef een onderbouwing.")).toBeVisible();

  // Typed but not yet saved (the field still has focus): closing the page asks first.
  await again.getByLabel("Onderbouwing (verplicht)").fill("Er is nog geen incidentprocedure.");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  expect((await dialog).type()).toBe("beforeunload");
  await (await dialog).dismiss();
  // The page stayed open with the text; saving it leaves no question pending when the test's browser closes.
  await again.getByLabel("Onderbouwing (verplicht)").blur();
  await expect(again.getByRole("status")).toHaveText("Opgeslagen");
});

test("text over the limit is refused with a counter, never cut, and leaving asks first", async ({ page }) => {
  const assessment = await openStep(page, "facebook", "moderation");
  const question = page.getByRole("group", { name: /Is er een moderatieplan/ });
  await question.getByRole("radio", { name: "Nee" }).check();
  await expect(question.getByRole("status")).toHaveText("Opgeslagen; de onderbouwing ontbreekt nog");
  const rationale = question.getByLabel("Onderbouwing (verplicht)");
  await expect(question.getByText("0 van 5000 tekens")).toBeVisible();

  await rationale.fill("a".repeat(5001));
  await expect(question.getByText("5001 van 5000 tekens")).toBeVisible();
  await rationale.blur();
  await expect(rationale).toHaveValue("a".repeat(5001));
  await expect(question.getByText("Deze tekst is te lang.")).toBeVisible();
  await expect(question.getByRole("status")).toHaveText("Nog niet opgeslagen");
  await expectAccessible(page);

  // Refused input stays on the page: an in-app link asks before it is left behind.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.type();
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: /^Volgende stap/ }).first().click();
  await expect.poll(() => asked).toBe("confirm");
  await expect(page).toHaveURL(/\/moderation$/);
  await expect(rationale).toHaveValue("a".repeat(5001));

  await rationale.fill("b".repeat(5000));
  await rationale.blur();
  await expect(question.getByRole("status")).toHaveText("Opgeslagen");
  expect((await storedAnswer(assessment.id, "assessment-plan:plan.moderation.plan"))!.rationale).toBe("b".repeat(5000));
});

test("a channel is not offered as an alternative or crisis fallback for itself", async ({ page }) => {
  await openStep(page, "facebook", "alternatives");
  const alternatives = page.getByRole("group", { name: /Via welke andere kanalen/ });
  await expect(alternatives.getByRole("checkbox", { name: "Instagram" })).toBeVisible();
  await expect(alternatives.getByRole("checkbox", { name: "Facebook" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the side menu and the overall figure count an answer as soon as it is saved, not after the next page load", async ({ page }) => {
  await openStep(page, "facebook", "moderation");
  const currentStep = page.getByRole("navigation", { name: "Stappen" }).locator("li", { has: page.locator('[aria-current="step"]') });
  const overall = page.getByText(/% van de vragen beantwoord/);
  await expect(currentStep).toContainText(/0 van \d+ beantwoord/);
  const total = Number((await currentStep.textContent())!.match(/0 van (\d+) beantwoord/)![1]);
  const overallBefore = await overall.textContent();

  // An answer that lowers the score is saved at once but does not count until its reason is given.
  const plan = page.getByRole("group", { name: /Is er een moderatieplan/ });
  await plan.getByRole("radio", { name: "Nee" }).check();
  await expect(plan.getByRole("status")).toHaveText("Opgeslagen; de onderbouwing ontbreekt nog");
  await expect(plan.getByLabel("Onderbouwing (verplicht)")).toHaveAccessibleDescription(/Nodig omdat dit antwoord de score verlaagt/);
  await expect(currentStep).toContainText(`0 van ${total} beantwoord`);

  await plan.getByLabel("Onderbouwing (verplicht)").fill("Nog niet vastgesteld; het MT besluit in maart.");
  await plan.getByLabel("Onderbouwing (verplicht)").blur();
  await expect(plan.getByRole("status")).toHaveText("Opgeslagen");
  await expect(currentStep).toContainText(`1 van ${total} beantwoord`);

  // The best answer carries no weight that needs explaining: it counts at once, its reason is optional.
  const incidents = page.getByRole("group", { name: /bedreiging, intimidatie of online agressie/ });
  await incidents.getByRole("radio", { name: "Ja" }).check();
  await expect(incidents.getByRole("status")).toHaveText("Opgeslagen");
  await expect(incidents.getByLabel("Onderbouwing (optioneel)")).toBeVisible();
  await expect(currentStep).toContainText(`2 van ${total} beantwoord`);
  await expect(overall).not.toHaveText(overallBefore!);
  await expectAccessible(page);

  // The page the server renders next agrees with what the menu showed.
  await page.reload();
  await expect(currentStep).toContainText(`2 van ${total} beantwoord`);
});

test("an answer cannot be given before the page can save it: the question waits for the page's script", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "facebook", year: 2026, userId: people.advisor.id });
  await signIn(page, people.advisor.email);
  const release = await holdScripts(page);
  // Waiting for the page's load event would wait for the held scripts.
  await page.goto(`/m/${municipality.slug}/assessments/${assessment.id}/moderation`, { waitUntil: "commit" });
  const incidents = page.getByRole("group", { name: /bedreiging, intimidatie of online agressie/ });
  // A choice made now would show as made and never be saved.
  await expect(incidents.getByRole("radio", { name: "Nee" })).toBeDisabled();
  release();
  await expect(incidents.getByRole("radio", { name: "Nee" })).toBeEnabled();
  await incidents.getByRole("radio", { name: "Nee" }).check();
  await expect(incidents.getByRole("status")).toHaveText("Opgeslagen; de onderbouwing ontbreekt nog");
  expect(JSON.parse((await storedAnswer(assessment.id, "assessment-plan:plan.moderation.incidents"))!.value!)).toBe("no");
});
