import { ynpuValues, type AnswerValue } from "@/lib/frameworks/answer-value";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { localized } from "@/lib/i18n/localized";

export type AnswerLabels = { ynpu: Record<string, string>; unknown: string; none: string; notAnswered: string };

/** The keys of the messages namespace `assessments.answer` that name answer values. */
export type AnswerLabelKey = `ynpu.${(typeof ynpuValues)[number]}` | "scaleUnknown" | "noneSelected" | "notAnswered";

/** The words for answer values (yes, partly, not answered, ...), from `assessments.answer` messages. */
export function answerLabels(t: (key: AnswerLabelKey) => string): AnswerLabels {
  return {
    ynpu: Object.fromEntries(ynpuValues.map((value) => [value, t(`ynpu.${value}`)])),
    unknown: t("scaleUnknown"),
    none: t("noneSelected"),
    notAnswered: t("notAnswered"),
  };
}

/** An answer as a reader sees it: option labels, channel names, dates as written. */
export function formatAnswer(
  value: AnswerValue | null | undefined,
  item: Pick<FrameworkItem, "answerType" | "options">,
  locale: string,
  labels: AnswerLabels,
  channelName: (id: string) => string = (id) => id,
): string {
  if (value === null || value === undefined || value === "") return labels.notAnswered;
  if (value === "unknown") return labels.unknown;
  const optionLabel = (option: string) => {
    const found = item.options?.find((candidate) => candidate.value === option);
    return found ? localized(found.label, locale) : option;
  };
  switch (item.answerType) {
    case "ynpu":
      return labels.ynpu[String(value)] ?? String(value);
    case "scale":
      return optionLabel(String(value));
    case "choice":
      return Array.isArray(value) ? (value.length ? value.map(optionLabel).join(", ") : labels.none) : optionLabel(String(value));
    case "channels":
      return Array.isArray(value) && value.length ? value.map(channelName).join(", ") : labels.none;
    default:
      return String(value);
  }
}
