/**
 * Turns the raw params of a scoring message into the labels its sentence needs, in the reader's
 * language. Pure (content is passed in), so pages, the PDF and tests share it:
 *
 *   const t = useTranslations("scoring");
 *   t(driver.messageKey, messageParams(driver.params, { locale, frameworks, dimensions }))
 *
 * Raw params → what the messages use:
 *   itemRef          → question (the item's text); itemRef stays
 *   answer           → the answer's label (yes/partly/no/unknown, scale and choice labels,
 *                      channel names, a formatted date, or the text itself, shortened)
 *   factKey          → fact (label); factValue → its label (lib/catalogue/facts)
 *   dimension        → the dimension's title
 *   audiences        → audience labels, comma separated
 *   channels         → channel names (context.channelNames) or ids, comma separated
 *   date, deadline   → a long date in the locale
 * Every other param (score, threshold, delta, confidence, recommendation, ...) passes through.
 */
import { factLabel, factValueLabel } from "@/lib/catalogue/facts";
import { factKeys, type FactKey } from "@/lib/catalogue/schema";
import type { Dimension, Framework, FrameworkItem, LocalizedText } from "@/lib/frameworks/schema";
import type { Locale } from "@/lib/i18n/locales";
import { KNOCKOUT_ITEMS } from "./knockouts";
import type { MessageParams } from "./schema";

export interface ExplainContext {
  locale: Locale;
  frameworks: readonly Framework[];
  dimensions: readonly Dimension[];
  /** Display names of channels by id (catalogue and custom channels). */
  channelNames?: Readonly<Record<string, string>>;
}

// As the answer form labels the options (messages/*/assessments.json, answer.ynpu), so a reason names the answer the reader chose.
const YNPU_LABELS: Record<string, LocalizedText> = {
  yes: { nl: "Ja", en: "Yes" },
  partly: { nl: "Gedeeltelijk", en: "Partly" },
  no: { nl: "Nee", en: "No" },
  unknown: { nl: "Weet ik niet", en: "I don't know" },
};

const TEXT_PREVIEW = 80;

function findItem(frameworks: readonly Framework[], ref: string): FrameworkItem | undefined {
  const [frameworkId, itemId] = ref.split(":");
  const framework = frameworks.find((fw) => fw.id === frameworkId);
  for (const part of framework?.parts ?? []) {
    const item = part.items.find((candidate) => candidate.id === itemId);
    if (item) return item;
  }
  return undefined;
}

function formatDate(value: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

const split = (value: string) => value.split(",").filter(Boolean);

function channelList(value: string, context: ExplainContext): string {
  return split(value)
    .map((id) => context.channelNames?.[id] ?? id)
    .join(", ");
}

function optionList(item: FrameworkItem | undefined, value: string, locale: Locale): string {
  return split(value)
    .map((v) => item?.options?.find((o) => o.value === v)?.label[locale] ?? v)
    .join(", ");
}

function answerLabel(item: FrameworkItem | undefined, answer: string, context: ExplainContext): string {
  const { locale } = context;
  if (YNPU_LABELS[answer] && (!item || item.answerType === "ynpu" || answer === "unknown")) return YNPU_LABELS[answer][locale];
  switch (item?.answerType) {
    case "scale":
    case "choice":
      return optionList(item, answer, locale);
    case "channels":
      return channelList(answer, context);
    case "date":
      return formatDate(answer, locale);
    case "text":
      return answer.length > TEXT_PREVIEW ? `${answer.slice(0, TEXT_PREVIEW - 1).trimEnd()}…` : answer;
    default:
      return answer;
  }
}

const isFactKey = (value: string): value is FactKey => (factKeys as readonly string[]).includes(value);

/** The params a scoring message needs, with labels in `context.locale`. */
export function messageParams(params: MessageParams, context: ExplainContext): MessageParams {
  const { locale } = context;
  const out: MessageParams = { ...params };
  const item = params.itemRef ? findItem(context.frameworks, params.itemRef) : undefined;
  if (params.itemRef !== undefined) out.question = item?.text[locale] ?? params.itemRef;
  if (params.answer !== undefined) out.answer = answerLabel(item, params.answer, context);
  if (params.factKey !== undefined && isFactKey(params.factKey)) {
    out.fact = factLabel(params.factKey, locale);
    if (params.factValue !== undefined) out.factValue = factValueLabel(params.factKey, params.factValue, locale);
  }
  if (params.dimension !== undefined) {
    out.dimension = context.dimensions.find((d) => d.id === params.dimension)?.title[locale] ?? params.dimension;
  }
  if (params.audiences !== undefined) {
    out.audiences = optionList(findItem(context.frameworks, KNOCKOUT_ITEMS.audiences), params.audiences, locale);
  }
  if (params.channels !== undefined) out.channels = channelList(params.channels, context);
  for (const key of ["date", "deadline"] as const) {
    if (params[key] !== undefined) out[key] = formatDate(params[key], locale);
  }
  return out;
}
