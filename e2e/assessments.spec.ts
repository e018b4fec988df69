import { createTenant, db } from "./support/db";
import { startAssessment } from "./support/assessment-data";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("an advisor starts an assessment, answers with a rationale and finds it saved after reload", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  await signIn(page, people.advisor.email);
  await page.goto(`/m/${municipality.slug}/assessments`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nieuwe beoordeling" }).click();
  await expect(page).toHaveURL(/\/assessments\/new(\?|$)/);
  await expect(page.getByLabel("Kanaal uit de catalogus")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kanaal uit de catalogus").selectOption("mastodon");
  await page.getByRole("button", { name: "Beoordeling starten" }).click();
  await expect(page).toHaveURL(/\/goals$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Mastodon · \d{4}/);
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Stappen van de beoordeling" }).first().getByRole("link", { name: /VNG-afwegingskader/ }).click();
  const question = page.getByRole("group").filter({ has: page.getByRole("radiogroup") }).first();
  await question.getByRole("radio").nth(3).check();
  await expect(question.getByText("Geef een onderbouwing.")).toBeVisible();
  await expect(question.getByLabel("Onderbouwing (verplicht)")).toHaveAccessibleDescription(/Nodig omdat dit antwoord de score verlaagt/);
  await question.getByLabel("Onderbouwing (verplicht)").fill("Moderatie via de eigen instance met buurgemeenten; meldingen binnen een werkdag opgepakt.");
  await question.getByLabel("Onderbouwing (verplicht)").blur();
  await expect(question.getByRole("status")).toHaveText("Opgeslagen");
  await expectAccessible(page);

  await page.reload();
  const reloaded = page.getByRole("group").filter({ has: page.getByRole("radiogroup") }).first();
  await expect(reloaded.getByRole("radio").nth(3)).toBeChecked();
  await expect(reloaded.getByLabel("Onderbouwing (verplicht)")).toHaveValue(/eigen instance/);
  await expect(page.getByRole("navigation", { name: "Stappen van de beoordeling" }).first()).toContainText("1 van");
});

test("a second tab that saves a stale answer sees both values and chooses", async ({ browser }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "facebook", year: 2026, userId: people.advisor.id });
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, people.advisor.email);
  const second = await context.newPage();
  const url = `/m/${municipality.slug}/assessments/${assessment.id}/exit`;
  await first.goto(url);
  await second.goto(url);

  const triggers = (page: typeof first) => page.getByRole("textbox", { name: /Bij welke gebeurtenissen/ });
  await triggers(first).fill("Als de DPIA hoge risico's blijft tonen.");
  await triggers(first).blur();
  await expect(first.getByText("Opgeslagen").first()).toBeVisible();

  await triggers(second).fill("Als het bereik onder de 5% van de inwoners zakt.");
  await triggers(second).blur();
  const conflict = second.getByRole("alert").filter({ hasText: "Iemand anders heeft dit antwoord intussen gewijzigd" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Als de DPIA hoge risico's blijft tonen.");
  await expect(conflict).toContainText("Als het bereik onder de 5% van de inwoners zakt.");
  await expectAccessible(second);
  await expect(triggers(second)).toHaveValue("Als het bereik onder de 5% van de inwoners zakt.");

  await conflict.getByRole("button", { name: "Mijn antwoord opslaan" }).click();
  await expect(second.getByText("Opgeslagen").first()).toBeVisible();
  const stored = await db.answer.findFirst({ where: { assessmentId: assessment.id, itemId: "assessment-plan:plan.exit.triggers" } });
  expect(JSON.parse(stored!.value!)).toBe("Als het bereik onder de 5% van de inwoners zakt.");
  expect(stored!.version).toBe(2);
  await context.close();
});

test("an exit deadline in the past is refused on the field and the saved date stays", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "tiktok", year: 2026, userId: people.advisor.id });
  await signIn(page, people.advisor.email);
  await page.goto(`/m/${municipality.slug}/assessments/${assessment.id}/exit`);
  const deadline = page.locator('input[type="date"]');
  await deadline.fill("2020-01-01");
  await deadline.blur();
  await expect(page.getByText("Deze datum moet in de toekomst liggen.")).toBeVisible();
  expect(await db.answer.count({ where: { assessmentId: assessment.id, itemId: "assessment-plan:plan.exit.deadline" } })).toBe(0);
  const refused = await db.auditEntry.findFirst({ where: { objectId: assessment.id, action: "assessment.answer.save", result: "refused" } });
  expect(refused?.reason).toBe("date_not_future");
});

test("a council member reads an assessment but has nothing to change", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor", "council"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "mastodon", year: 2026, userId: people.advisor.id });
  await signIn(page, people.council.email);
  await page.goto(`/m/${municipality.slug}/assessments`);
  await expect(page.getByRole("link", { name: "Nieuwe beoordeling" })).toHaveCount(0);
  await page.goto(`/m/${municipality.slug}/assessments/${assessment.id}/vng`);
  await expect(page.getByText("U kunt deze beoordeling lezen, maar niet wijzigen.")).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.goto(`/m/${municipality.slug}/assessments/new`);
  expect(response?.status()).toBe(403);
});

test("another municipality's assessment is not found", async ({ page }) => {
  const a = await createTenant(["advisor"]);
  const b = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: b.municipality.id, channelId: "facebook", year: 2026, userId: b.people.advisor.id });
  await signIn(page, a.people.advisor.email);
  const response = await page.goto(`/m/${a.municipality.slug}/assessments/${assessment.id}/goals`);
  expect(response?.status()).toBe(404);
});

test("a question two frameworks ask is answered once and shown under both, with both sources", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "facebook", year: 2026, userId: people.advisor.id });
  await signIn(page, people.advisor.email);
  const base = `/m/${municipality.slug}/assessments/${assessment.id}`;
  await page.goto(`${base}/goals`);
  const goals = page.getByRole("group", { name: /Wat wil de gemeente met dit kanaal bereiken/ });
  await goals.getByRole("checkbox").first().check();
  await expect(goals.getByRole("status")).toHaveText("Opgeslagen");
  await expect(goals.getByText("Geldt ook voor Tien overwegingen en zes beslisvragen voor socialmediabeleid (2025)")).toBeVisible();

  await page.goto(`${base}/ibd`);
  const shared = page.locator("#question-ibd-overwegingen-ibd-decision-goals");
  await expect(shared).toContainText("beantwoord bij Kanaalplan, Doelen en doelgroepen");
  await expect(shared.getByRole("radio")).toHaveCount(0);
  await expectAccessible(page);
  await shared.getByRole("link", { name: "Wijzig het antwoord waar de vraag gesteld wordt" }).click();
  await expect(page).toHaveURL(/\/goals#question-assessment-plan-plan-goals-goals$/);
  const copy = await db.answer.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId: assessment.id, itemId: "ibd-overwegingen:ibd.decision.goals" } } });
  expect(JSON.parse(copy.value!)).toHaveLength(1);
});

test("a channel that is not digital is not asked about algorithms, and sees why", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "door-to-door-mail", year: 2026, userId: people.advisor.id });
  await signIn(page, people.advisor.email);
  await page.goto(`/m/${municipality.slug}/assessments/${assessment.id}/elsa`);
  await expect(page.getByRole("heading", { name: "Niet gevraagd voor dit kanaal" })).toBeVisible();
  const notAsked = page.locator("#question-elsa-elsa-no-filter");
  await expect(notAsked).toContainText("Niet van toepassing, want een kanaal dat niet digitaal is, heeft geen algoritme");
  await expect(notAsked.getByRole("radio")).toHaveCount(0);
  await expectAccessible(page);
});
