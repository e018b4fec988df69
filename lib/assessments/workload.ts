import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { Framework, FrameworkItem } from "@/lib/frameworks/schema";
import { findPinnedItem, itemsOfStep, wizardSteps } from "@/lib/assessments/steps";

export type Workload = { questionsAsked: number; reasonsRequired: number };

/** Whether the answer to a question needs a written reason (lib/assessments/reasons.ts in the app). */
export type NeedsReason = (ref: string, item: FrameworkItem, value: AnswerValue | null) => boolean;

/** A question another one answers first (`sameAs`); read loosely, so this also runs on content from before sharing existed. */
function answeredElsewhere(frameworks: readonly Framework[], item: FrameworkItem): boolean {
  const sameAs = (item as { sameAs?: { question: string } }).sameAs;
  return Boolean(sameAs && findPinnedItem(frameworks, sameAs.question));
}

/**
 * What one assessment asks of the advisor: the questions the wizard asks (each shared question
 * once, in wizard order as the steps list them) and, for these answers, how many need a written
 * reason. Pure: the frameworks are the ones the assessment shows, already limited to its channel,
 * and the rule for reasons is passed in, so an older rule can be measured the same way.
 */
export function assessmentWorkload(
  frameworks: readonly Framework[],
  answers: Readonly<Record<string, { value: AnswerValue | null }>>,
  needsReason: NeedsReason,
): Workload {
  const asked = wizardSteps.flatMap((step) => itemsOfStep(step, frameworks)).filter(({ item }) => !answeredElsewhere(frameworks, item));
  const reasonsRequired = asked.filter(({ ref, item }) => needsReason(ref, item, answers[ref]?.value ?? null)).length;
  return { questionsAsked: asked.length, reasonsRequired };
}
