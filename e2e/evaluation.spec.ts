import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createTenant, db, retryBusy } from "./support/db";
import { addPerson, createAssessmentWithAnswers } from "./support/assessments";
import { startAssessment } from "./support/assessment-data";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { policyYearNow } from "../lib/assessments/policy-year";

const year = policyYearNow();

/**
 * The yearly evaluation, end to end: the scheduled job (run as cron would, with a clock set past
 * the due date) gives last year's Facebook decision its evaluation and reminds the advisor; the
 * advisor fills it in from the reminder on the dashboard, a colleague approves it (four eyes), and
 * this year's assessment shows the outcome on its summary step. In the same flow the advisor enters
 * this year's transparency report of the channel, the colleague approves it, and it appears in the
 * web version of this year's policy.
 */
test("an evaluation is reminded by the scheduled job, filled in, approved and shown on next year's summary; the transparency report is entered, approved and published", async ({ browser }) => {
  // A guard, not a wait: on a 2-core machine under load this flow took over three minutes.
  test.setTimeout(600_000);
  const { municipality, people } = await createTenant(["advisor"]);
  const slug = municipality.slug;
  const colleague = await addPerson(municipality.id, "advisor", "evaluatie");
  // Last year: Facebook decided (for young and older people, 2,000 a month) in a policy adopted on 11 December.
  const { assessment: lastYear } = await createAssessmentWithAnswers({
    municipalityId: municipality.id,
    advisorId: people.advisor.id,
    year: year - 1,
    risks: [],
    answers: {
      "assessment-plan:plan.goals.audiences": { value: ["young-people", "elderly"] },
      "assessment-plan:plan.goals.reach": { value: 2000 },
      "assessment-plan:plan.exit.triggers": { value: "Een negatief advies van de rijksoverheid." },
    },
  });
  await retryBusy(() =>
    db.$transaction([
      db.assessment.update({ where: { id: lastYear.id }, data: { status: "decided", decision: "use_with_conditions", decisionConditions: "Alleen informatie die ook op de website staat.", decidedAt: new Date() } }),
      db.policyVersion.create({ data: { municipalityId: municipality.id, year: year - 1, status: "adopted", adoptedAt: new Date(`${year - 1}-12-11T15:00:00Z`) } }),
      // This year's policy, in draft: its web version is gathered from the assessments, with the approved transparency reports.
      db.policyVersion.create({ data: { municipalityId: municipality.id, year, status: "draft" } }),
    ]),
  );
  const thisYear = await startAssessment({ municipalityId: municipality.id, channelId: "facebook", year, userId: people.advisor.id });

  // The job, with a clock in the new year: past the due date (a year after adoption).
  const { stdout } = await promisify(execFile)(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/jobs.ts", "--now", `${year + 1}-01-15T08:00:00Z`, "--municipality", slug],
    { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/e2e.db", BETTER_AUTH_URL: "http://localhost" } },
  );
  expect(stdout).toContain("Evaluations created: 1; reminders sent: 1");
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { municipalityId: municipality.id, to: people.advisor.email } });
  expect(mail.subject).toBe("Evaluatie van Facebook is nu aan de beurt / Evaluation of Facebook is due now");

  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await signIn(advisor, people.advisor.email);
  await advisor.goto(`/m/${slug}`);
  const reminder = advisor.getByRole("link", { name: `Evaluatie verlopen: Facebook ${year - 1}, was uiterlijk 11 december ${year}` });
  await expect(reminder).toBeVisible();
  await expectAccessible(advisor);
  await reminder.click();
  await expect(advisor.getByRole("heading", { level: 1, name: `Evaluatie Facebook (${year - 1})` })).toBeVisible();
  await expect(advisor.getByText("Een negatief advies van de rijksoverheid.")).toBeVisible();
  // Measured against the assessment's audiences; a figure that is not a whole number is refused on its field.
  await advisor.getByLabel("Bereik per maand: Jongeren").fill("veel");
  await advisor.getByLabel("Bereik per maand: Ouderen").fill("950");
  await advisor.getByLabel("Moderatie-incidenten").fill("3");
  await advisor.getByLabel("Wat gebeurde er met de exitcriteria?").fill("Geen negatief advies; wel nieuwe voorwaarden, bekeken door de privacy officer.");
  await advisor.getByRole("radio", { name: /Bijsturen/ }).check();
  await advisor.getByLabel("Onderbouwing").fill("Jongeren bereiken we nauwelijks; we richten het kanaal op ouderen.");
  await advisor.getByRole("button", { name: "Opslaan en ter review aanbieden" }).click();
  await expect(advisor.getByLabel("Bereik per maand: Jongeren")).toHaveAccessibleDescription(/geldig/);
  await expectAccessible(advisor);
  await advisor.getByLabel("Bereik per maand: Jongeren").fill("120");
  await advisor.getByRole("button", { name: "Opslaan en ter review aanbieden" }).click();
  await expect(advisor.getByRole("status").filter({ hasText: "Ter review." })).toBeVisible();

  // This year's transparency report of the channel: a figure that is not a whole number is refused on its field, and what was typed stays.
  await advisor.goto(`/m/${slug}/assessments/${thisYear.id}/transparency`);
  await expect(advisor.getByRole("heading", { level: 1, name: `Transparantieverslag Facebook ${year}` })).toBeVisible();
  await expect(advisor.getByText("Er is nog geen verslag ingevuld.")).toBeVisible();
  await advisor.getByLabel("Volgers of bereik").fill("1200");
  await advisor.getByLabel("Reacties verwijderd").fill("veel");
  await advisor.getByLabel("Dilemma’s").fill("Een bericht met een bedreiging verwijderd; de melder is doorverwezen naar de politie.");
  await advisor.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(advisor.getByLabel("Reacties verwijderd")).toHaveAccessibleDescription(/niet geldig/);
  await expect(advisor.getByLabel("Volgers of bereik")).toHaveValue("1200");
  await expect(advisor.getByLabel("Dilemma’s")).toHaveValue(/doorverwezen naar de politie/);
  await expectAccessible(advisor);
  await advisor.getByLabel("Reacties verwijderd").fill("12");
  await advisor.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(advisor.getByText("Het verslag is opgeslagen. Een tweede persoon moet het nog goedkeuren.")).toBeVisible();
  await expect(advisor.getByText(`Concept, laatst gewijzigd door ${people.advisor.name}`)).toBeVisible();
  // Four eyes: the one who entered it cannot approve it.
  await expect(advisor.getByRole("button", { name: "Verslag goedkeuren" })).toHaveCount(0);
  await advisorContext.close();

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, colleague.email);
  const evaluation = await db.evaluation.findFirstOrThrow({ where: { municipalityId: municipality.id } });
  await reviewer.goto(`/m/${slug}/evaluations/${evaluation.id}`);
  await expect(reviewer.getByRole("status").filter({ hasText: "Ter review." })).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Goedgekeurd." })).toBeVisible();
  await expect(reviewer.getByText(/Goedgekeurd door Collega advisor evaluatie/)).toBeVisible();

  // Next year's assessment of the channel starts from the outcome.
  await reviewer.goto(`/m/${slug}/assessments/${thisYear.id}/summary`);
  const lastYearsEvaluation = reviewer.getByRole("region", { name: "Evaluatie van vorig jaar" });
  await expect(lastYearsEvaluation).toContainText(`Uitkomst van de evaluatie van ${year - 1}: Bijsturen`);
  await expect(lastYearsEvaluation).toContainText("we richten het kanaal op ouderen");
  await expectAccessible(reviewer);

  // The colleague approves the transparency report, and the policy's web version publishes it.
  await reviewer.getByRole("link", { name: `Transparantieverslag van dit kanaal voor ${year}` }).click();
  await expect(reviewer.getByLabel("Reacties verwijderd")).toHaveValue("12");
  await reviewer.getByRole("button", { name: "Verslag goedkeuren" }).click();
  await expect(reviewer.getByText(new RegExp(`Goedgekeurd door ${colleague.name} op \\d{1,2} \\p{L}+ \\d{4}`, "u"))).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Verslag goedkeuren" })).toHaveCount(0);
  await expectAccessible(reviewer);
  await reviewer.goto(`/m/${slug}/policy/${year}/document`);
  const report = reviewer.getByRole("region", { name: "Transparantieverslag" });
  const figures = report.getByRole("table", { name: `Cijfers per kanaal, ${year}` }).getByRole("row").filter({ hasText: "Facebook" });
  await expect(figures.getByRole("cell", { name: "1.200", exact: true })).toBeVisible();
  await expect(figures.getByRole("cell", { name: "12", exact: true })).toBeVisible();
  await expect(report).toContainText("de melder is doorverwezen naar de politie");
  await expectAccessible(reviewer);
  await reviewerContext.close();

  const audit = await db.auditEntry.findMany({ where: { municipalityId: municipality.id, objectType: "evaluation" }, orderBy: { at: "asc" } });
  expect(audit.map((entry) => `${entry.action}:${entry.result}`)).toEqual([
    "evaluation.create:success",
    "evaluation.reminder:success",
    "evaluation.submit:success",
    "evaluation.review:success",
  ]);
  const transparencyAudit = await db.auditEntry.findMany({ where: { municipalityId: municipality.id, action: { startsWith: "transparency." } }, orderBy: { at: "asc" } });
  expect(transparencyAudit.map((entry) => `${entry.action}:${entry.result}:${entry.actorId}`)).toEqual([
    `transparency.save:success:${people.advisor.id}`,
    `transparency.approve:success:${colleague.id}`,
  ]);
});
