import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/** A translation function over every namespace ("policy.title", "scoring.labels.score", ...). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The translator for the policy document. It works outside a request (route handlers, the PDF
 * renderer, scripts), so the document reads the same wherever it is rendered.
 */
export function policyTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: loadMessages(locale), timeZone: "Europe/Amsterdam" });
  return (key, values) => (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
}
