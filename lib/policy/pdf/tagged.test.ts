import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { PolicyView } from "@/lib/policy/view-model";
import { renderDemoPolicyPdfs, type DemoPolicyPdf } from "@/tests/demo-policy-pdfs";
import { allText, attribute, contentMarking, coverage, flatten, pagesOf, parentTreeFaults, structureText, structureTree, textElements, words, type StructureElement, type TextElement } from "@/tests/pdf-structure";

/**
 * The demo's policy PDFs as a screen reader gets them: a tagged PDF (PDF/UA-1, PDF/A-3a). Each
 * test names the conditions of the Matterhorn Protocol it checks (docs/policy-pdf.md lists them).
 */
type Loaded = DemoPolicyPdf & { pdf: PDFDocument; tree: StructureElement[]; read: TextElement };
let loaded: Loaded[];
beforeAll(async () => {
  const pdfs = await renderDemoPolicyPdfs();
  loaded = await Promise.all(
    pdfs.map(async (entry) => {
      const pdf = await PDFDocument.load(entry.bytes, { updateMetadata: false });
      return { ...entry, pdf, tree: structureTree(pdf), read: await structureText(entry.file) };
    }),
  );
}, 240_000);

/** Every table of the document, as the view has them. */
function tablesOf(view: PolicyView) {
  return view.chapters.flatMap((chapter) => {
    switch (chapter.kind) {
      case "overview":
        return [chapter.decisions, chapter.chart.table];
      case "channel":
        return [chapter.dimensions, ...(chapter.risks ? [chapter.risks] : [])];
      case "coverage":
        return [chapter.table];
      case "risks":
        return chapter.table ? [chapter.table] : [];
      case "appendix":
        return chapter.tables;
      default:
        return [];
    }
  });
}

const STANDARD_TYPES = new Set(["Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula", "Form"]);
/** Which parents PDF/UA (through ISO 32000-1, 14.8.4) allows for these types. */
const ALLOWED_PARENTS: Record<string, string[]> = {
  TR: ["Table", "THead", "TBody", "TFoot"],
  TH: ["TR"],
  TD: ["TR"],
  LI: ["L"],
  Lbl: ["LI"],
  LBody: ["LI"],
  TOCI: ["TOC"],
  Caption: ["Table", "Figure", "L", "TOC"],
};

describe.each(["published", "draft"] as const)("the demo's %s policy PDF for a screen reader", (name) => {
  const current = () => loaded.find((entry) => entry.name === name)!;
  const elements = () => flatten(current().tree);

  it("is tagged and identifies as PDF/UA-1 and PDF/A-3a, with its language and its title shown (06-001, 06-002, 06-003, 07-001, 11-006)", { timeout: 120_000 }, () => {
    const { pdf, file } = current();
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Tagged:\s+yes$/m);
    const xmp = execFileSync("pdfinfo", ["-meta", file], { encoding: "utf8" });
    expect(xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(xmp).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
    // PDF/A accepts the PDF/UA property only with its schema described in the file.
    expect(xmp).toMatch(/<pdfaSchema:namespaceURI>http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>/);
    expect(xmp).toContain("<dc:title>");
    expect(pdf.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("nl");
    expect(pdf.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict).lookup(PDFName.of("DisplayDocTitle"))).toBe(PDFBool.True);
    expect(pdf.catalog.lookup(PDFName.of("MarkInfo"), PDFDict).lookup(PDFName.of("Marked"))).toBe(PDFBool.True);
  });

  it("has its structure in reading order: the title as the one H1, an H2 per chapter, H3 below, no level skipped (14-002, 14-003)", { timeout: 120_000 }, () => {
    const { read, view } = current();
    const headings = textElements(read).filter((element) => /^H\d$/.test(element.type));
    expect(headings.filter((heading) => heading.type === "H1").map(allText)).toEqual([view.title]);
    expect(headings[0].type).toBe("H1");
    expect(headings.filter((heading) => heading.type === "H2").map(allText)).toEqual([view.tocTitle, ...view.chapters.map((chapter) => chapter.title)]);
    headings.slice(1).forEach((heading, index) => {
      const level = Number(heading.type.slice(1));
      expect(level, `${heading.type} "${allText(heading)}" after ${headings[index].type}`).toBeLessThanOrEqual(Number(headings[index].type.slice(1)) + 1);
    });
  });

  it("holds at least 99% of the words on its pages; what it leaves out is the running footer, the page numbers and the watermark", { timeout: 120_000 }, () => {
    const { file, view, pdf, read } = current();
    const pages = pdf.getPageCount();
    const artifacts = [
      ...Array.from({ length: pages }, (_, index) => [view.footer, view.pageLabel.replace("%page%", String(index + 1)).replace("%pages%", String(pages))]).flat(),
      // The watermark's letters stand rotated: a reader's tool takes each for a word.
      ...(view.draftMark ? Array.from({ length: pages }, () => [...view.draftMark!].join(" ")) : []),
    ];
    const pageWords = coverage(words(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })), words(artifacts.join(" "))).missing;
    const { share, missing } = coverage(pageWords, words(allText(read)));
    expect(share, `not in the tree: ${missing.join(" ")}`).toBeGreaterThanOrEqual(0.99);
    // And the artifacts are not read out as content.
    expect(allText(read)).not.toContain(view.footer);
  });

  it("describes every chart by an alternative text that says what it shows (13-004)", { timeout: 120_000 }, () => {
    const { view } = current();
    const figures = elements().filter((element) => element.type === "Figure");
    const charts = view.chapters.flatMap((chapter) => (chapter.kind === "overview" ? [chapter.chart] : []));
    expect(figures).toHaveLength(charts.length);
    figures.forEach((figure, index) => {
      const alt = attribute(figure, "Alt") ?? "";
      expect(alt).toContain(charts[index].title);
      for (const row of charts[index].rows) expect(alt).toContain(row.label);
    });
  });

  it("marks all content on its pages as tagged or as artifact, one sequence at a time (01-003, 01-004, 01-005)", { timeout: 120_000 }, () => {
    const faults = contentMarking(current().pdf).filter((page) => page.unmarkedPainting.length || page.nested || page.artifactInTagged);
    expect(faults).toEqual([]);
  });

  it("leads from every piece of marked content and every link back to its element through the ParentTree, over both rendered parts", { timeout: 120_000 }, () => {
    expect(parentTreeFaults(current().pdf)).toEqual([]);
  });

  it("uses standard structure types, nested as PDF/UA asks, and gives every table header cell its scope (02-001, 09-004, 09-005, 15-003)", { timeout: 120_000 }, () => {
    for (const element of elements()) {
      expect(STANDARD_TYPES.has(element.type), element.type).toBe(true);
      const allowed = ALLOWED_PARENTS[element.type];
      if (allowed) expect(allowed, `${element.type} in ${element.parent?.type}`).toContain(element.parent?.type);
      if (element.type === "TH") expect(element.dict.lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("Scope"))).toBeInstanceOf(PDFName);
    }
    const lists = elements().filter((element) => element.type === "L");
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list.children.every((child) => child.type === "LI" || child.type === "Caption")).toBe(true);
  });

  it("makes each table one Table element with its caption first and one header row", { timeout: 120_000 }, () => {
    const { view } = current();
    const tables = elements().filter((element) => element.type === "Table");
    const expected = tablesOf(view);
    expect(tables).toHaveLength(expected.length);
    tables.forEach((table, index) => {
      expect(table.children[0].type).toBe("Caption");
      const rows = table.children.filter((child) => child.type === "TR");
      expect(rows).toHaveLength(expected[index].rows.length + 1);
      expect(rows[0].children.map((cell) => cell.type)).toEqual(expected[index].columns.map(() => "TH"));
    });
  });

  it("puts every link in a Link element with a description (28-004, 28-011)", { timeout: 120_000 }, () => {
    const { pdf } = current();
    const linkElements = elements().filter((element) => element.type === "Link");
    const inTree = new Set(linkElements.flatMap((element) => element.annotations.map(String)));
    const annotations = pdf.getPages().flatMap((page) => page.node.Annots()?.asArray() ?? []);
    expect(annotations.length).toBeGreaterThan(0);
    for (const ref of annotations) {
      const annotation = pdf.context.lookup(ref as PDFRef, PDFDict);
      if (annotation.get(PDFName.of("Subtype")) !== PDFName.of("Link")) continue;
      expect(inTree.has(String(ref))).toBe(true);
      expect(annotation.lookup(PDFName.of("StructParent"))).toBeInstanceOf(PDFNumber);
      expect(annotation.lookup(PDFName.of("Contents"), PDFString).decodeText()).not.toBe("");
    }
  });

  it("passes qpdf --check and embeds every font with a Unicode mapping (31: fonts)", { timeout: 120_000 }, () => {
    const { file } = current();
    const check = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns emb, sub, uni: embedded and mapped to Unicode (pdf-lib's face for the page numbers is not subset).
    for (const font of fonts) expect(font, font).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+$/);
  });
});

describe("the demo's draft policy PDF, where a table runs over two pages", () => {
  it("keeps that table one Table element, its text split over the pages, the header row once (its repeat is an artifact)", { timeout: 120_000 }, () => {
    const { tree, view } = loaded.find((entry) => entry.name === "draft")!;
    const expected = tablesOf(view);
    const tables = flatten(tree).filter((element) => element.type === "Table");
    const split = tables.findIndex((table) => pagesOf(table).size > 1);
    expect(split).toBeGreaterThanOrEqual(0);
    expect(tables[split].children.filter((child) => child.type === "TR")).toHaveLength(expected[split].rows.length + 1);
  });
});

describe("the attachment of the tagged PDF", () => {
  it("is still there: the snapshot JSON, as an associated file", { timeout: 120_000 }, () => {
    const { file } = loaded.find((entry) => entry.name === "published")!;
    expect(execFileSync("pdfdetach", ["-list", file], { encoding: "utf8" })).toContain("beleid-snapshot.json");
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });
});
