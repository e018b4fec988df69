import { z } from "zod";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { calendarDate } from "@/lib/validation/date";

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
 */
export const ynpuValues = ["yes", "partly", "no", "unknown"] as const;
export type YnpuValue = (typeof ynpuValues)[number];

export type AnswerValue = string | number | string[];

export const maxTextLength = 5000;

/** The zod schema for one item's value; the server validates every save with it. */
export function answerValueSchema(item: Pick<FrameworkItem, "answerType" | "options" | "multiple">): z.ZodType<AnswerValue> {
  const optionValues = (item.options ?? []).map((option) => option.value);
  switch (item.answerType) {
    case "ynpu":
      return z.enum(ynpuValues, "invalid_value");
    case "scale":
      return z.string().refine((value) => value === "unknown" || optionValues.includes(value), "invalid_value");
    case "choice":
      return item.multiple
        ? z.array(z.string().refine((value) => optionValues.includes(value), "invalid_value")).max(optionValues.length)
        : z.string().refine((value) => optionValues.includes(value), "invalid_value");
    case "channels":
      return z.array(z.string().regex(/^(custom:)?[a-z0-9-]{1,60}$/, "invalid_value")).max(100);
    case "date":
      return calendarDate;
    case "number":
      return z.number("invalid").finite("invalid").min(0, "too_small").max(1_000_000_000, "too_large");
    case "text":
      return z.string().max(maxTextLength, "too_long");
  }
}

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
