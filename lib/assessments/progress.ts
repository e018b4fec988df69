import { isEmptyAnswer, type AnswerValue } from "@/lib/frameworks/answer-value";
import { askedItemsOfStep, wizardSteps, type WizardStep } from "@/lib/assessments/steps";
import type { Framework, FrameworkItem } from "@/lib/frameworks/schema";
import { reasonNeed } from "@/lib/assessments/reasons";

export type StoredAnswer = { value: AnswerValue | null; rationale: string; evidence: string };

export type StepProgress = { stepId: string; total: number; answered: number; unknown: number; complete: boolean };

/** Last year's answers carried into this assessment, by this year's item ref. */
export type LastYearValues = ReadonlyMap<string, AnswerValue | null>;

/** An answer counts as given when it has a value and, where the answer needs one (reasons.ts), a reason. */
export function isAnswered(ref: string, item: FrameworkItem, answer: StoredAnswer | undefined, lastYear: LastYearValues): boolean {
  if (!answer || isEmptyAnswer(answer.value)) return false;
  const { need } = reasonNeed(ref, item, answer.value, lastYear.has(ref) ? lastYear.get(ref) : undefined);
  return need !== "required" || answer.rationale.trim() !== "";
}

export function stepProgress(
  step: WizardStep,
  frameworks: readonly Framework[],
  answers: ReadonlyMap<string, StoredAnswer>,
  riskCount: number,
  lastYear: LastYearValues,
): StepProgress {
  if (step.kind === "risks") return { stepId: step.id, total: 1, answered: riskCount > 0 ? 1 : 0, unknown: 0, complete: riskCount > 0 };
  if (step.kind === "summary") return { stepId: step.id, total: 0, answered: 0, unknown: 0, complete: true };
  // A question answered by another (sameAs) counts once, where it is asked.
  const items = askedItemsOfStep(step, frameworks);
  let answered = 0;
  let unknown = 0;
  for (const { ref, item } of items) {
    const answer = answers.get(ref);
    if (isAnswered(ref, item, answer, lastYear)) answered++;
    if (answer?.value === "unknown") unknown++;
  }
  return { stepId: step.id, total: items.length, answered, unknown, complete: answered === items.length };
}

export function assessmentProgress(frameworks: readonly Framework[], answers: ReadonlyMap<string, StoredAnswer>, riskCount: number, lastYear: LastYearValues) {
  const steps = wizardSteps.map((step) => stepProgress(step, frameworks, answers, riskCount, lastYear));
  const questions = steps.filter((step) => step.stepId !== "risks");
  const total = questions.reduce((sum, step) => sum + step.total, 0);
  const answered = questions.reduce((sum, step) => sum + step.answered, 0);
  return { steps, total, answered, percentage: total === 0 ? 0 : Math.round((answered / total) * 100) };
}
