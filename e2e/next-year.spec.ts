import { createTenant, db, retryBusy } from "./support/db";
import { createAssessmentWithAnswers } from "./support/assessments";
import { startAssessment } from "./support/assessment-data";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { saveAnswer } from "../lib/assessments/mutations";

const goals = "assessment-plan:plan.goals.goals";
const audiences = "assessment-plan:plan.goals.audiences";
const reach = "assessment-plan:plan.goals.reach";

test("next year's assessment: see what changed since last year, then confirm a step as unchanged in one action", async ({ page }) => {
  test.setTimeout(360_000);
  const { municipality, people } = await createTenant(["advisor"]);
  // Last year: the goals answered, under the VNG edition before this one, with other DPIA facts.
  const { assessment: lastYear } = await createAssessmentWithAnswers({
    municipalityId: municipality.id,
    advisorId: people.advisor.id,
    year: 2025,
    risks: [],
    answers: {
      [goals]: { value: ["information"], rationale: "Voorlichting aan inwoners." },
      [audiences]: { value: ["young-people"], rationale: "Jongeren bereiken we hier." },
    },
  });
  const versions = JSON.parse(lastYear.frameworkVersions) as Record<string, string>;
  const facts = JSON.parse(lastYear.factsUsed) as Record<string, { value: string }>;
  await db.assessment.update({
    where: { id: lastYear.id },
    data: {
      frameworkVersions: JSON.stringify({ ...versions, "vng-afwegingskader": "2024.1" }),
      factsUsed: JSON.stringify({ ...facts, dpia: { ...facts.dpia, value: "Geen DPIA bekend" } }),
    },
  });
  await db.answer.create({
    data: { assessmentId: lastYear.id, itemId: "vng-afwegingskader:vng.law.avg", value: JSON.stringify("partly"), rationale: "DPIA van het Rijk.", updatedById: people.advisor.id },
  });
  // This year starts from last year's answers; the advisor already changed one of them.
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "facebook", year: 2026, userId: people.advisor.id });
  await retryBusy(() =>
    db.$transaction(async (tx) => {
      const current = await tx.assessment.findUniqueOrThrow({ where: { id: assessment.id } });
      await saveAnswer(tx, current, { assessmentId: assessment.id, itemRef: audiences, value: ["young-people", "elderly"], rationale: "Ook ouderen.", evidence: "", expectedVersion: 1, userId: people.advisor.id });
    }),
  );
  const stepUrl = (step: string) => `/m/${municipality.slug}/assessments/${assessment.id}/${step}`;

  await signIn(page, people.advisor.email);
  await page.goto(stepUrl("goals"));
  const since = page.getByRole("region", { name: "Sinds vorig jaar (2025)" });
  await expect(since).toContainText("Er zijn geen feiten gewijzigd die deze stap raken.");
  await expect(since).toContainText("De vragen van deze stap zijn dezelfde als vorig jaar.");
  await expect(since).toContainText("1 van de 2 overgenomen antwoorden in deze stap is nog niet nagekeken.");
  const goalsQuestion = page.getByRole("group", { name: /Wat wil de gemeente met dit kanaal bereiken/ }).first();
  // The goals question is asked here for the IBD considerations too (one answer per question).
  const alsoForIbd = "Geldt ook voor Tien overwegingen en zes beslisvragen voor socialmediabeleid (2025)";
  await expect(goalsQuestion.locator(".afk-badge")).toHaveText([alsoForIbd, "overgenomen van vorig jaar"]);
  const audiencesQuestion = page.getByRole("group", { name: /Welke doelgroepen wil de gemeente/ }).first();
  await expect(audiencesQuestion.locator(".afk-badge")).toHaveText(["nagekeken dit jaar"]);
  // Changed since last year: the reason is required and says why.
  await expect(audiencesQuestion.getByLabel("Onderbouwing (verplicht)")).toHaveAccessibleDescription(/anders is dan vorig jaar/);
  await expect(goalsQuestion.getByLabel("Onderbouwing (optioneel)")).toBeVisible();
  await expectAccessible(page);

  await since.getByRole("button", { name: "Stap ongewijzigd bevestigen (1 antwoord)" }).click();
  await expect(since.getByRole("status")).toHaveText("1 antwoord bevestigd als ongewijzigd.");
  await expect(since).toContainText("Alle 2 overgenomen antwoorden in deze stap zijn nagekeken.");
  await expect(since.getByRole("button")).toHaveCount(0);
  await expect(goalsQuestion.locator(".afk-badge")).toHaveText([alsoForIbd, "nagekeken dit jaar"]);
  await expectAccessible(page);

  // Recorded as the advisor's confirmation of that one answer, in one audit entry; nothing else touched.
  expect(await db.answer.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId: assessment.id, itemId: goals } } })).toMatchObject({
    version: 2,
    value: JSON.stringify(["information"]),
    updatedById: people.advisor.id,
  });
  expect(await db.answer.findUnique({ where: { assessmentId_itemId: { assessmentId: assessment.id, itemId: reach } } })).toBeNull();
  const audit = await db.auditEntry.findMany({ where: { objectId: assessment.id, action: "assessment.answers.confirm_step" } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ result: "success", actorId: people.advisor.id });
  expect(JSON.parse(audit[0].details ?? "{}")).toEqual({ step: "goals", items: [goals] });

  // The VNG step first shows the changed DPIA fact and the new edition with its split question.
  await page.goto(stepUrl("vng"));
  const vngSince = page.getByRole("region", { name: "Sinds vorig jaar (2025)" });
  await expect(vngSince).toContainText("Geen DPIA bekend →");
  await expect(vngSince).toContainText("VNG-afwegingskader sociale media: versie 2024.1 → 2025.1");
  await expect(vngSince).toContainText("Vervangen of gesplitste vragen, kijk het antwoord na:");
  await expect(vngSince).toContainText("2 overgenomen antwoorden in deze stap zijn nog niet nagekeken.");
  await expectAccessible(page);
});
