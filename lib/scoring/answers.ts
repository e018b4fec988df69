import { isEmptyAnswer, type AnswerValue } from "@/lib/frameworks/answer-value";
import type { Framework, FrameworkItem } from "@/lib/frameworks/schema";
import type { AnswerState, ScoringAnswer, ScoringInput } from "./schema";

/** "<frameworkId>:<itemId>" */
export const itemRef = (frameworkId: string, itemId: string) => `${frameworkId}:${itemId}`;

/** Items that score directly: yes/partly/no/unknown and scale items with feeds. */
export const isScoredItem = (item: FrameworkItem) =>
  (item.answerType === "ynpu" || item.answerType === "scale") && item.feeds.length > 0;

export interface ScoredItem {
  ref: string;
  framework: Framework;
  item: FrameworkItem;
}

/** The scored items of the given framework versions. Throws when a framework id appears twice. */
export function scoredItems(frameworks: readonly Framework[]): ScoredItem[] {
  const seen = new Set<string>();
  const result: ScoredItem[] = [];
  for (const framework of frameworks) {
    if (seen.has(framework.id)) {
      throw new Error(`scoring needs one version per framework; got ${framework.id} twice`);
    }
    seen.add(framework.id);
    for (const part of framework.parts) {
      for (const item of part.items) {
        if (isScoredItem(item)) result.push({ ref: itemRef(framework.id, item.id), framework, item });
      }
    }
  }
  return result;
}

export interface ReadAnswer {
  state: AnswerState;
  /** 0..1 before inversion; null unless answered. */
  points: number | null;
  value: AnswerValue | null;
}

const YNPU_POINTS: Record<string, number> = { yes: 1, partly: 0.5, no: 0 };

/**
 * An answer to a scored item as points: yes 1, partly 0.5, no 0; scale level n of m as
 * (n − 1) / (m − 1), so "1".."5" gives 0, 0.25, 0.5, 0.75, 1. "unknown" is its own state; a
 * missing or invalid value is "unanswered". Neither ever becomes 0.
 */
export function readAnswer(item: FrameworkItem, answer: ScoringAnswer | undefined): ReadAnswer {
  const value = answer?.value ?? null;
  if (isEmptyAnswer(value) || typeof value !== "string") return { state: "unanswered", points: null, value };
  if (value === "unknown") return { state: "unknown", points: null, value };
  if (item.answerType === "ynpu") {
    const points = YNPU_POINTS[value];
    return points === undefined ? { state: "unanswered", points: null, value } : { state: "answered", points, value };
  }
  const options = item.options ?? [];
  const index = options.findIndex((option) => option.value === value);
  if (index < 0) return { state: "unanswered", points: null, value };
  return { state: "answered", points: options.length > 1 ? index / (options.length - 1) : 1, value };
}

/** The value of a scored item that gives the most (best) or fewest (worst) points, respecting `inverted`. */
export function extremeValue(item: FrameworkItem, which: "best" | "worst"): string {
  const inverted = item.feeds[0]?.inverted ?? false;
  const high = (which === "best") !== inverted;
  if (item.answerType === "ynpu") return high ? "yes" : "no";
  const options = item.options ?? [];
  return (high ? options[options.length - 1] : options[0]).value;
}

/** The answer to a date question as YYYY-MM-DD, or null when it is empty or not a date. */
export function dateAnswer(input: ScoringInput, ref: string): string | null {
  const value = input.answers[ref]?.value;
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
