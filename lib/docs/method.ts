import fs from "node:fs";
import path from "node:path";
import { marked } from "marked";
import type { Locale } from "@/lib/i18n/locales";

const headings: Record<Locale, [string, string]> = {
  nl: ["## Nederlands", "## English"],
  en: ["## English", "## For developers"],
};

let cached: Map<Locale, string> | undefined;

/**
 * The scoring method as HTML, in the reader's language, from docs/scoring.md: one text for the
 * repository and the app, so they cannot drift apart. The file is ours, not user input.
 */
export function methodHtml(locale: Locale): string {
  cached ??= new Map();
  const hit = cached.get(locale);
  if (hit) return hit;
  const markdown = fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "docs", "scoring.md"), "utf8");
  const [start, end] = headings[locale];
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end, from + start.length);
  const section = markdown.slice(from + start.length, to === -1 ? undefined : to);
  // Shift headings down one level: the page has its own h1.
  const html = marked.parse(section.replace(/^### /gm, "## ").replace(/^#### /gm, "### "), { async: false });
  cached.set(locale, html);
  return html;
}
