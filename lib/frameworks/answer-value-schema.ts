import { z } from "zod";
import { maxTextLength, numberAnswerRange, ynpuValues, type AnswerValue } from "@/lib/frameworks/answer-value";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { calendarDate } from "@/lib/validation/date-schema";

/**
 * The zod schema for one item's value; the server validates every save with it. The browser's
 * check while typing (lib/assessments/answer-check.ts) uses the same limits and a test keeps the
 * two in agreement.
 */
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
      return z.number("invalid").finite("invalid").min(numberAnswerRange.min, "too_small").max(numberAnswerRange.max, "too_large");
    case "text":
      return z.string().max(maxTextLength, "too_long");
  }
}
