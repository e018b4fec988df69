import type { Page } from "@playwright/test";
import { createTenant, db } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

type Focused = { tag: string; type: string; text: string; value: string; groupChecked: boolean; id: string; optionalReason: boolean };

// A short reason: what is tested is that every field is reached and filled by keyboard, not typing speed.
// Each key is a round trip to the browser, and a busy machine makes each one slow.
const reason = "Besproken.";

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return { tag: "", type: "", text: "", value: "", groupChecked: false, id: "", optionalReason: false };
    const group = element.closest('[role="radiogroup"], [role="group"]');
    return {
      tag: element.tagName.toLowerCase(),
      type: element.type ?? "",
      text: (element.textContent ?? "").trim(),
      value: element.value ?? "",
      groupChecked: Boolean(group?.querySelector("input:checked")),
      id: element.id,
      optionalReason: element.id.endsWith("-rationale") && element.getAttribute("aria-required") !== "true",
    };
  });
}

/** Presses Tab until the focused element is the one wanted; fails when twenty presses do not reach it. */
async function tabTo(page: Page, wanted: (element: Focused) => boolean) {
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    if (wanted(element)) return;
  }
  throw new Error(`twenty presses of Tab did not reach the element wanted on ${page.url()}`);
}

/** Works through one wizard step with the keyboard only, answering every open question. */
async function answerStepByKeyboard(page: Page, state: { riskAdded: boolean }) {
  await page.waitForLoadState("networkidle");
  for (let presses = 0; presses < 600; presses++) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    if (element.tag === "a" && element.text.startsWith("Volgende stap")) {
      await expect(page.getByText(/Bezig met opslaan|Nog niet opgeslagen|Niet opgeslagen/)).toHaveCount(0);
      await page.keyboard.press("Enter");
      return;
    }
    if ((element.type === "radio" || element.type === "checkbox") && !element.groupChecked && element.id !== "carry-forward") {
      await page.keyboard.press("Space");
    } else if (element.id === "risk-family" && !state.riskAdded) {
      await page.keyboard.press("ArrowDown");
    } else if (element.tag === "button" && element.text === "Risico opslaan" && !state.riskAdded) {
      await page.keyboard.press("Enter");
      await expect(page.getByText("Risico opgeslagen.")).toBeVisible();
      state.riskAdded = true;
    } else if (element.type === "date" && element.value === "") {
      await page.keyboard.type("06302031");
    } else if (element.type === "number" && element.value === "") {
      await page.keyboard.type("2500");
    } else if ((element.tag === "textarea" || element.type === "text") && element.value === "" && element.id !== "risk-title" && !element.id.endsWith("-evidence") && !element.optionalReason) {
      // Evidence and reasons that carry no weight are optional: a busy advisor tabs past them, and so does this run.
      await page.keyboard.type(reason);
    }
  }
  throw new Error(`no "Volgende stap" link reached on ${page.url()}`);
}

test("an advisor completes a full assessment by keyboard only and sees the score explained", async ({ page }) => {
  test.setTimeout(600_000);
  const { municipality, people } = await createTenant(["advisor"]);
  await signIn(page, people.advisor.email);
  await page.goto(`/m/${municipality.slug}/assessments/new`);
  // The form can be sent once the page's script runs (components/forms/submit-button.tsx).
  await expect(page.getByRole("button", { name: "Beoordeling starten" })).toBeEnabled();

  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await tabTo(page, (element) => element.id === "channel");
  await page.keyboard.type("Mastodon");
  await tabTo(page, (element) => element.text === "Beoordeling starten");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/goals$/);

  const state = { riskAdded: false };
  while (!page.url().endsWith("/summary")) {
    const before = page.url();
    await answerStepByKeyboard(page, state);
    await page.waitForURL((url) => url.toString() !== before);
  }

  const assessmentId = page.url().split("/").at(-2)!;
  const nav = page.getByRole("navigation", { name: "Stappen van de beoordeling" }).first();
  await expect(nav).not.toContainText(/0 van \d+ beantwoord/);
  await expect(page.getByText("100% van de vragen beantwoord")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Totaalscore: \d+ van 100/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Waarom dit advies" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Knock-outcriteria" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gevoeligheid voor de gewichten" })).toBeVisible();
  await expectAccessible(page);

  const answers = await db.answer.count({ where: { assessmentId } });
  expect(answers).toBeGreaterThan(60);
  const deadline = await db.answer.findFirst({ where: { assessmentId, itemId: "assessment-plan:plan.exit.deadline" } });
  expect(JSON.parse(deadline!.value!)).toBe("2031-06-30");
  expect(await db.risk.count({ where: { assessmentId } })).toBe(1);
});
