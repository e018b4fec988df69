import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import type { PolicyView } from "@/lib/policy/view-model";
import { renderDemoPolicyPdfs, type DemoPolicyPdf } from "@/tests/demo-policy-pdfs";
import { layoutFaults, pdfWords, strandedHeadings, type Word } from "@/tests/pdf-words";

/**
 * The demo's policy PDFs checked the way a reader meets them: every word's box as drawn
 * (`pdftotext -bbox`), so text that runs into other text or off the page fails here, whatever
 * in the layout caused it.
 */
let pdfs: DemoPolicyPdf[];
beforeAll(async () => {
  pdfs = await renderDemoPolicyPdfs();
}, 240_000);

/** The draft's CONCEPT watermark lies behind the text on purpose: its letters are drawn huge. */
const watermark = (view: PolicyView) => (word: Word) => !!view.draftMark && view.draftMark.includes(word.text) && word.yMax - word.yMin > 60;

/** What a reader takes for a heading: chapter and section titles, in-chapter headings and table captions. */
function headingsOf(view: PolicyView): Set<string> {
  const found = new Set<string>([view.tocTitle, view.labels.reasons, view.labels.knockouts, view.labels.effects, view.labels.risks, view.labels.warnings]);
  const tables = (...tables: ({ caption: string } | null)[]) => tables.forEach((table) => table && found.add(table.caption));
  for (const chapter of view.chapters) {
    found.add(chapter.title);
    if (chapter.kind === "channel") {
      tables(chapter.dimensions, chapter.risks);
      [...(chapter.evaluation ? [chapter.evaluation] : []), ...chapter.plan].forEach((section) => found.add(section.title));
    }
    if (chapter.kind === "overview") {
      tables(chapter.decisions, chapter.chart.table);
      found.add(chapter.chart.title);
    }
    if (chapter.kind === "coverage" || chapter.kind === "risks") tables(chapter.table);
    if (chapter.kind === "appendix") tables(...chapter.tables);
    // A channel without changed lines is a heading with nothing under it: it may end a page.
    if (chapter.kind === "changes") chapter.channels.filter((channel) => channel.lines.length).forEach((channel) => found.add(`${channel.name} – ${channel.status}`));
  }
  return found;
}

const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
/** "11 december 2025" → "2025-12-11". */
function isoOfDutchDate(text: string) {
  const [day, month, year] = text.split(" ");
  return `${year}-${String(months.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
}

describe.each(["published", "draft"] as const)("the demo's %s policy PDF, as a reader sees it", (name) => {
  const pdf = () => pdfs.find((candidate) => candidate.name === name)!;

  it("has no word drawn over another and none running past the edge of the page", { timeout: 120_000 }, () => {
    const faults = layoutFaults(pdfWords(pdf().file), { ignore: watermark(pdf().view) });
    expect(faults).toEqual([]);
  });

  it("keeps every heading and table caption on the page of what follows it", { timeout: 120_000 }, () => {
    const stranded = strandedHeadings(pdfWords(pdf().file), headingsOf(pdf().view), { footerTop: 50, ignore: watermark(pdf().view) });
    expect(stranded).toEqual([]);
  });
});

describe("the demo's published policy PDF", () => {
  it("dates its data on the cover to the adoption, between the council's decision and the evaluation", { timeout: 120_000 }, () => {
    const { file, version } = pdfs.find((candidate) => candidate.name === "published")!;
    const cover = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const dataDate = cover.match(/Gegevens uit de beoordelingen van (\d{1,2} \p{L}+ \d{4})/u)?.[1];
    expect(dataDate).toBeDefined();
    const iso = isoOfDutchDate(dataDate!);
    expect(iso >= version.councilDecisionDate!).toBe(true);
    expect(iso <= version.evaluationDate!).toBe(true);
    expect(iso).toBe(version.adoptedAt!.toISOString().slice(0, 10));
  });
});
