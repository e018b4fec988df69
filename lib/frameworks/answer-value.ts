/**
 * How an answer is stored, per answer type (JSON in Answer.value):
 *   ynpu      "yes" | "partly" | "no" | "unknown"
 *   scale     one of the item's option values ("1".."5") | "unknown"
 *   choice    string[] of option values (multiple) or one option value
 *   channels  string[] of catalogue channel ids (or "custom:<id>")
 *   date      "YYYY-MM-DD"
 *   number    a finite number >= 0
 *   text      a string
 * "unknown" is an answer in its own right: it lowers confidence, it never counts as zero.
 * The browser imports this module, so it stays free of the schema library: the zod schema of a
 * value is in answer-value-schema.ts, with the limits below, which the browser uses too.
 */
export const ynpuValues = ["yes", "partly", "no", "unknown"] as const;
export type YnpuValue = (typeof ynpuValues)[number];

export type AnswerValue = string | number | string[];

/** A text answer, in characters. */
export const maxTextLength = 5000;

/** A number answer: a count or an amount, never negative. */
export const numberAnswerRange = { min: 0, max: 1_000_000_000 } as const;

/** True when the answer says nothing yet: no value, an empty list or an empty text. */
export function isEmptyAnswer(value: AnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "string" && value.trim() === "";
}

/** An answer as stored in the database (JSON text, or null when empty). */
export function parseAnswerValue(value: string | null): AnswerValue | null {
  return value === null ? null : (JSON.parse(value) as AnswerValue);
}
