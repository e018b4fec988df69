import { maxEvidenceLength, maxRationaleLength } from "@/lib/assessments/limits";
import { maxTextLength, numberAnswerRange, type AnswerValue } from "@/lib/frameworks/answer-value";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import type { ErrorCode } from "@/lib/validation/errors";
import { isCalendarDate } from "@/lib/validation/date";

export type AnswerDraft = { value: AnswerValue | null; rationale: string; evidence: string };
/** Error codes (lib/validation/errors.ts) per field; the component translates them. */
export type AnswerErrors = Partial<Record<keyof AnswerDraft, ErrorCode>>;

/**
 * What the server would certainly refuse in an answer being typed, so that the autosave does not
 * send it (a half-typed number or an impossible date would otherwise be refused and audited at
 * every pause). Without the schema library, which would weigh more in the browser than the rest of
 * the wizard's own JavaScript: the same limits (limits.ts, answer-value.ts) and the same error
 * codes as the server's zod schemas (answer-value-schema.ts, saveAnswerInput), which
 * answer-check.test.ts holds it to.
 * Only what typing produces is checked here: numbers, dates and lengths. Choices come from the
 * options on the page; the server checks those, and everything else, at every save.
 */
export function answerProblems(item: Pick<FrameworkItem, "answerType">, draft: AnswerDraft): AnswerErrors {
  const errors: AnswerErrors = {};
  if (draft.value === null) {
    // A rationale or evidence cannot be stored without an answer to hang it on.
    if (draft.rationale.trim() || draft.evidence.trim()) errors.value = "required";
  } else {
    const problem = valueProblem(item.answerType, draft.value);
    if (problem) errors.value = problem;
  }
  if (draft.rationale.length > maxRationaleLength) errors.rationale = "too_long";
  if (draft.evidence.length > maxEvidenceLength) errors.evidence = "too_long";
  return errors;
}

function valueProblem(answerType: FrameworkItem["answerType"], value: AnswerValue): ErrorCode | undefined {
  // A value of the wrong type cannot come from these fields; the codes for it are the server's
  // all the same (zod reports a wrong type for a text without the input, which reads as "required").
  switch (answerType) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "invalid";
      if (value < numberAnswerRange.min) return "too_small";
      if (value > numberAnswerRange.max) return "too_large";
      return undefined;
    case "date":
      if (typeof value !== "string") return "required";
      return isCalendarDate(value) ? undefined : "invalid_date";
    case "text":
      if (typeof value !== "string") return "required";
      return value.length > maxTextLength ? "too_long" : undefined;
    default:
      return undefined;
  }
}
