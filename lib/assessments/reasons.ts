import { isEmptyAnswer, type AnswerValue } from "@/lib/frameworks/answer-value";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { extremeValue, isScoredItem } from "@/lib/scoring/answers";
import { canTriggerKnockout } from "@/lib/scoring/knockout-items";

/** Why an answer needs a written reason. */
export const reasonCauses = ["always", "unknown", "lowers-score", "knockout", "changed"] as const;
export type ReasonCause = (typeof reasonCauses)[number];

export type ReasonNeed = { need: "required" | "optional" | "none"; causes: ReasonCause[] };

const sameValue = (a: AnswerValue | null, b: AnswerValue | null) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Whether an answer needs a reason, and why. Content decides per question (`rationale`): "none"
 * has no reason field, "required" always demands one. The default, "weighted", demands one only
 * where the answer carries weight: it is "Weet ik niet", it lowers a score (a scored question
 * answered below its best), it can trigger a knock-out or a condition, or it differs from last
 * year's answer. "optional" is for answers that explain themselves (lists, numbers, dates): only
 * "Weet ik niet" and a change from last year need a reason there. Elsewhere a reason may be given
 * but is not needed.
 *
 * `lastYear` is the answer carried from last year's assessment; undefined when nothing was carried.
 */
export function reasonNeed(ref: string, item: FrameworkItem, value: AnswerValue | null, lastYear?: AnswerValue | null): ReasonNeed {
  if (item.rationale === "none") return { need: "none", causes: [] };
  if (item.rationale === "required") return { need: "required", causes: ["always"] };
  if (isEmptyAnswer(value)) return { need: "optional", causes: [] };
  const causes: ReasonCause[] = [];
  if (value === "unknown") causes.push("unknown");
  else if (item.rationale === "weighted") {
    if (isScoredItem(item) && value !== extremeValue(item, "best")) causes.push("lowers-score");
    if (canTriggerKnockout(ref, value)) causes.push("knockout");
  }
  if (lastYear !== undefined && !sameValue(value, lastYear)) causes.push("changed");
  return { need: causes.length ? "required" : "optional", causes };
}
