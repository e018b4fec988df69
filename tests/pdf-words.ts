/**
 * Every word on a PDF's pages with its box, from poppler's `pdftotext -bbox` (what a reader sees,
 * measured), and the layout faults a reader notices: words drawn over each other, and words that
 * run past the edge of the page (cut off in print and on screen). Not part of the app.
 */
import { execFileSync } from "node:child_process";

export type Word = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type PageBox = { page: number; width: number; height: number };

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, name: string, code?: string) => (code ? String.fromCodePoint(Number(code)) : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name]!));

export function pdfWords(file: string): { pages: PageBox[]; words: Word[] } {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages: PageBox[] = [];
  const words: Word[] = [];
  const pattern = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[1]) pages.push({ page: pages.length + 1, width: Number(match[1]), height: Number(match[2]) });
    else words.push({ page: pages.length, text: decode(match[7]), xMin: Number(match[3]), yMin: Number(match[4]), xMax: Number(match[5]), yMax: Number(match[6]) });
  }
  return { pages, words };
}

/**
 * How far two boxes overlap, in points, along each axis. A word's box runs from the font's
 * ascent to its descent, so the boxes of two lines set close together touch a little without any
 * glyph touching: `slack` is what counts as touching rather than overlapping.
 */
const overlap = (a: Word, b: Word) => ({ x: Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin), y: Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) });

export type LayoutFault = { page: number; kind: "overlap" | "off-page"; words: string[] };

export function layoutFaults({ pages, words }: { pages: PageBox[]; words: Word[] }, options: { ignore?: (word: Word) => boolean; slack?: number } = {}): LayoutFault[] {
  const slack = options.slack ?? 1;
  const faults: LayoutFault[] = [];
  const kept = words.filter((word) => !options.ignore?.(word));
  for (const page of pages) {
    const onPage = kept.filter((word) => word.page === page.page).sort((a, b) => a.xMin - b.xMin);
    for (const word of onPage) {
      if (word.xMin < 0 || word.yMin < 0 || word.xMax > page.width || word.yMax > page.height) faults.push({ page: page.page, kind: "off-page", words: [word.text] });
    }
    // Sweep by x: only words that start before this one ends can overlap it.
    for (let index = 0; index < onPage.length; index++) {
      const word = onPage[index];
      for (let next = index + 1; next < onPage.length && onPage[next].xMin < word.xMax - slack; next++) {
        const { x, y } = overlap(word, onPage[next]);
        const height = Math.min(word.yMax - word.yMin, onPage[next].yMax - onPage[next].yMin);
        // Vertically they must share more than the ascent/descent margins (a third of the line) to sit on the same line.
        if (x > slack && y > height / 3) faults.push({ page: page.page, kind: "overlap", words: [word.text, onPage[next].text] });
      }
    }
  }
  return faults;
}

/**
 * Headings left alone at the bottom of a page, their text on the next: the last line of a page's
 * body (above the footer, whose top is `footerTop` points from the page's bottom) that reads as
 * one of `headings` (headings and table captions).
 */
export function strandedHeadings({ pages, words }: { pages: PageBox[]; words: Word[] }, headings: Set<string>, options: { footerTop: number; ignore?: (word: Word) => boolean }): { page: number; heading: string }[] {
  const stranded: { page: number; heading: string }[] = [];
  for (const page of pages.slice(0, -1)) {
    const body = words.filter((word) => word.page === page.page && word.yMax < page.height - options.footerTop && !options.ignore?.(word));
    if (!body.length) continue;
    const bottom = Math.max(...body.map((word) => word.yMax));
    const line = body
      .filter((word) => word.yMax > bottom - 2)
      .sort((a, b) => a.xMin - b.xMin)
      .map((word) => word.text)
      .join(" ");
    if (headings.has(line)) stranded.push({ page: page.page, heading: line });
  }
  return stranded;
}
