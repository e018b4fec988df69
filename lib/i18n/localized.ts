import type { LocalizedText } from "@/lib/frameworks/schema";

/** Content text in the reader's language; content always has both. */
export function localized(text: LocalizedText, locale: string): string {
  return locale === "en" ? text.en : text.nl;
}
