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
  const html = wrapTables(marked.parse(section.replace(/^### /gm, "## ").replace(/^#### /gm, "### "), { async: false }));
  cached.set(locale, html);
  return html;
}

/**
 * Puts each table in a region that scrolls sideways on a small screen and takes focus, named
 * after the heading above it (the same as components/tables/table-region.tsx does for the app's
 * own tables). Heading text from marked is already escaped for HTML.
 */
export function wrapTables(html: string): string {
  let heading = "";
  return html.replace(/<h([2-4])[^>]*>([\s\S]*?)<\/h\1>|<table>[\s\S]*?<\/table>/g, (match, _level, headingHtml: string | undefined) => {
    if (headingHtml !== undefined) {
      heading = headingHtml.replace(/<[^>]+>/g, "").replace(/"/g, "&quot;");
      return match;
    }
    return `<div class="afk-table-wrap" role="region" tabindex="0" aria-label="${heading}">${match}</div>`;
  });
}
