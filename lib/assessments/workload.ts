import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { Framework, FrameworkItem } from "@/lib/frameworks/schema";
import { isAnswered, type StoredAnswer } from "@/lib/assessments/progress";
import { findPinnedItem, itemsOfStep, wizardSteps } from "@/lib/assessments/steps";

export type Workload = { questionsAsked: number; reasonsRequired: number };

/** A question another one answers first (`sameAs`); read loosely, so this also runs on content from before sharing existed. */
function answeredElsewhere(frameworks: readonly Framework[], item: FrameworkItem): boolean {
  const sameAs = (item as { sameAs?: { question: string } }).sameAs;
  return Boolean(sameAs && findPinnedItem(frameworks, sameAs.question));
}

/**
 * What one assessment asks of the advisor: the questions the wizard asks (each shared question
 * once) and, for these answers, how many of them need a written reason before they count as
 * answered. Both follow the wizard's own rules (the steps and isAnswered), so a change there shows
 * here. Pure: the frameworks are the ones the assessment shows, already limited to its channel.
 */
export function assessmentWorkload(frameworks: readonly Framework[], answers: Readonly<Record<string, { value: AnswerValue | null }>>): Workload {
  const asked = wizardSteps.flatMap((step) => itemsOfStep(step, frameworks)).filter(({ item }) => !answeredElsewhere(frameworks, item));
  let reasonsRequired = 0;
  for (const { ref, item } of asked) {
    const value = answers[ref]?.value ?? null;
    const without: StoredAnswer = { value, rationale: "", evidence: "" };
    const withReason: StoredAnswer = { value, rationale: "Onderbouwing.", evidence: "" };
    // Needs a reason: answered with one, not answered without.
    if (isAnswered(withReason, item.rationale) && !isAnswered(without, item.rationale)) reasonsRequired++;
  }
  return { questionsAsked: asked.length, reasonsRequired };
}
