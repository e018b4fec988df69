import fs from "node:fs";
import { Font } from "@react-pdf/renderer";
import {
  AFRelationship,
  beginMarkedContent,
  endMarkedContent,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFRef,
  PDFString,
  rgb,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";
import { BODY_SIZE, CELL_PADDING, CELL_SIZE, CONTENT_WIDTH, FOOTER_INSET, FOOTER_SIZE, PAGE_LABEL_ANCHOR, PAGE_MARGIN, PDF_FONTS, TOC_ROW_INSET, tocAnchor, type PdfFontFamily } from "@/lib/policy/pdf/document";
import { fontFile, registerPdfFonts, SOFT_HYPHEN } from "@/lib/policy/pdf/fonts";
import { drawInWorker } from "@/lib/policy/pdf/pool";
import type { Chapter, PolicyView, ViewTable } from "@/lib/policy/view-model";

/**
 * Characters the embedded fonts (Noto Sans latin and latin-ext, DejaVu Sans) can draw. Anything
 * else (emoji, CJK, ...) becomes U+FFFD, which DejaVu has: a character without a glyph would make
 * react-pdf fall back to a standard font that is not embedded, and the file would no longer be
 * PDF/A. The web version shows the text as written.
 */
const drawable = /[^\u0020-\u036F\u0370-\u03FF\u0400-\u052F\u0590-\u06FF\u1E00-\u1EFF\u2000-\u27BF\u2C60-\u2C7F\uA720-\uA7FF\uFB00-\uFB06\uFFFD]/gu;

function drawableStrings<T>(value: T): T {
  if (typeof value === "string") return value.replace(drawable, "\uFFFD") as T;
  if (Array.isArray(value)) return value.map(drawableStrings) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, drawableStrings(entry)])) as T;
  return value;
}

function collectText(value: unknown, into: Set<number>) {
  if (typeof value === "string") for (const char of value) into.add(char.codePointAt(0)!);
  else if (Array.isArray(value)) for (const entry of value) collectText(entry, into);
  else if (value && typeof value === "object") for (const entry of Object.values(value)) collectText(entry, into);
}

/** Plain Noto Sans when it has every character of the document (Dutch text nearly always), else the fallback chain. */
async function fontFamilyFor(view: PolicyView): Promise<PdfFontFamily> {
  const used = new Set<number>();
  collectText(view, used);
  for (const char of "0123456789•–") used.add(char.codePointAt(0)!);
  for (const weight of [400, 700]) {
    const source = Font.getFont({ fontFamily: PDF_FONTS.plain, fontWeight: weight });
    await source.load();
    const font = source.data as unknown as { hasGlyphForCodePoint(codePoint: number): boolean };
    for (const codePoint of used) if (codePoint >= 0x20 && !font.hasGlyphForCodePoint(codePoint)) return PDF_FONTS.withFallbacks;
  }
  return PDF_FONTS.plain;
}

type Measure = (word: string, bold: boolean) => number;

/** Where a word too wide for its column may break: after the punctuation of a URL or path, else between any two letters. */
function breakable(word: string): string {
  if (/[/.]/.test(word) && word.length > 12) return word.replace(/([/.\-_?&=#])(?=.)/g, `$1${SOFT_HYPHEN}`);
  return [...word].map((char, index, chars) => (index >= 2 && index <= chars.length - 2 ? SOFT_HYPHEN + char : char)).join("");
}

/**
 * Table cells have a fixed share of the page width, and react-pdf does not break a word that is
 * wider than its cell: it runs into the next column (a long role name, a column header such as
 * "Laaggeletterden") or off the page (a URL). Such words get soft hyphens, which the PDF's
 * hyphenation callback (./fonts.ts) breaks at; words that fit are left alone.
 */
function breakOverlongWords(table: ViewTable, measure: Measure): ViewTable {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const room = table.columns.map((column) => (CONTENT_WIDTH * column.width) / total - CELL_PADDING);
  const fit = (text: string, column: number, bold: boolean) =>
    text
      .split(" ")
      .map((word) => (measure(word, bold) > room[column] ? breakable(word) : word))
      .join(" ");
  return {
    ...table,
    columns: table.columns.map((column, index) => ({ ...column, label: fit(column.label, index, true) })),
    // The first cell of a row is its header, set bold (see document.tsx).
    rows: table.rows.map((row) => row.map((cell, index) => fit(cell, index, index === 0))),
  };
}

function withBreakableTables(view: PolicyView, measure: Measure): PolicyView {
  const fit = (table: ViewTable) => breakOverlongWords(table, measure);
  const chapters = view.chapters.map((chapter): Chapter => {
    switch (chapter.kind) {
      case "overview":
        return { ...chapter, decisions: fit(chapter.decisions), chart: { ...chapter.chart, table: fit(chapter.chart.table) } };
      case "channel":
        return { ...chapter, dimensions: fit(chapter.dimensions), risks: chapter.risks && fit(chapter.risks) };
      case "coverage":
        return { ...chapter, table: fit(chapter.table) };
      case "risks":
        return { ...chapter, table: chapter.table && fit(chapter.table) };
      case "appendix":
        return { ...chapter, tables: chapter.tables.map(fit) };
      default:
        return chapter;
    }
  });
  return { ...view, chapters };
}

/** Widths of words in the table text, in points, by the fonts' own metrics (Noto Sans; the fallbacks are close to it). */
async function cellMeasure(): Promise<Measure> {
  const faces = await Promise.all(
    [400, 700].map(async (fontWeight) => {
      const source = Font.getFont({ fontFamily: PDF_FONTS.plain, fontWeight });
      await source.load();
      return source.data as unknown as { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
    }),
  );
  return (word, bold) => {
    const face = faces[bold ? 1 : 0];
    return (face.layout(word).advanceWidth * CELL_SIZE) / face.unitsPerEm;
  };
}

export type PdfAttachment = { fileName: string; json: string; description: string };

type Destination = { page: number; x: number; y: number };

const nameOf = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);

/** The named destinations react-pdf wrote for elements with an `id`: page index and top-left point. */
function namedDestinations(pdf: PDFDocument): Map<string, Destination> {
  const pages = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const found = new Map<string, Destination>();
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
    for (let index = 0; names && index + 1 < names.size(); index += 2) {
      const name = nameOf(names.lookup(index));
      const target = names.lookup(index + 1);
      const array = target instanceof PDFArray ? target : target instanceof PDFDict ? target.lookupMaybe(PDFName.of("D"), PDFArray) : undefined;
      const ref = array?.get(0);
      if (!name || !array || !(ref instanceof PDFRef)) continue;
      const page = pages.get(ref.toString());
      const x = array.lookup(2);
      const y = array.lookup(3);
      if (page === undefined || !(x instanceof PDFNumber) || !(y instanceof PDFNumber)) continue;
      found.set(name, { page, x: x.asNumber(), y: y.asNumber() });
    }
    const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) visit(kids.lookupMaybe(index, PDFDict));
  };
  visit(pdf.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.lookupMaybe(PDFName.of("Dests"), PDFDict));
  return found;
}

/** Bookmarks: one per chapter, in order, to the top of its first page. */
function writeOutline(pdf: PDFDocument, view: PolicyView, destinations: Map<string, Destination>) {
  const pages = pdf.getPages();
  const chapters = view.chapters.filter((chapter) => destinations.has(chapter.id));
  if (!chapters.length) return;
  const outline = pdf.context.nextRef();
  const items = chapters.map(() => pdf.context.nextRef());
  chapters.forEach((chapter, index) => {
    const { page, x, y } = destinations.get(chapter.id)!;
    const item = pdf.context.obj({ Title: PDFHexString.fromText(chapter.title), Parent: outline, Dest: [pages[page].ref, PDFName.of("XYZ"), x, y, null] });
    if (index > 0) item.set(PDFName.of("Prev"), items[index - 1]);
    if (index < items.length - 1) item.set(PDFName.of("Next"), items[index + 1]);
    pdf.context.assign(items[index], item);
  });
  pdf.context.assign(outline, pdf.context.obj({ Type: "Outlines", First: items[0], Last: items[items.length - 1], Count: items.length }));
  pdf.catalog.set(PDFName.of("Outlines"), outline);
}

/** The regular Noto Sans face, embedded once more by pdf-lib for the numbers it adds. */
async function embedNumberFont(pdf: PDFDocument): Promise<PDFFont> {
  const source = Font.getFont({ fontFamily: "NotoSans", fontWeight: 400 });
  await source.load();
  // pdf-lib needs a fontkit to read the font; react-pdf has already parsed this very file with one.
  pdf.registerFontkit({ create: () => source.data } as unknown as Parameters<PDFDocument["registerFontkit"]>[0]);
  return pdf.embedFont(new Uint8Array(fs.readFileSync(fontFile("noto-sans-latin-400-normal.ttf"))), { subset: false });
}

/** Draws one line of text whose box starts `inset` points below `top`, ending at `right`. */
function drawRightAligned(page: PDFPage, text: string, font: PDFFont, size: number, right: number, top: number, inset: number, color: [number, number, number]) {
  const width = font.widthOfTextAtSize(text, size);
  const ascent = font.heightAtSize(size, { descender: false });
  page.drawText(text, { x: right - width, y: top - inset - ascent, size, font, color: rgb(...color) });
}

/** Draws on a page as an artifact (PDF/UA): a running page number is no content of the document. */
function asArtifact(page: PDFPage, draw: () => void) {
  page.pushOperators(beginMarkedContent("Artifact"));
  draw();
  page.pushOperators(endMarkedContent());
}

/** The structure elements of a type, in the order of the tree (reading order). */
function structureElements(pdf: PDFDocument, type: string): PDFRef[] {
  const found: PDFRef[] = [];
  const visit = (kids: unknown) => {
    const list = kids instanceof PDFArray ? kids.asArray() : [kids];
    for (const kid of list) {
      if (!(kid instanceof PDFRef)) continue;
      const element = pdf.context.lookup(kid);
      if (!(element instanceof PDFDict) || !element.has(PDFName.of("S"))) continue;
      if (element.get(PDFName.of("S")) === PDFName.of(type)) found.push(kid);
      visit(element.get(PDFName.of("K")));
    }
  };
  visit(pdf.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict).get(PDFName.of("K")));
  return found;
}

/**
 * Draws a table of contents' page number as real content of its entry (TOCI): marked with the
 * next free marked-content id of the page, referenced from the entry and from the page's slot in
 * the structure tree's ParentTree (react-pdf drew the rest of the entry; this number comes after).
 */
function tagAsContentOf(pdf: PDFDocument, page: PDFPage, element: PDFRef, draw: () => void) {
  const parentTree = pdf.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict).lookup(PDFName.of("ParentTree"), PDFDict);
  const nums = parentTree.lookup(PDFName.of("Nums"), PDFArray);
  const key = page.node.lookup(PDFName.of("StructParents"), PDFNumber).asNumber();
  let slots: PDFArray | undefined;
  for (let index = 0; index + 1 < nums.size(); index += 2) if (nums.lookup(index, PDFNumber).asNumber() === key) slots = nums.lookup(index + 1, PDFArray);
  if (!slots) throw new Error(`No ParentTree entry for the page's StructParents ${key}`);
  const mcid = slots.size();
  slots.push(element);
  // pdf-lib writes any object as an operand; its types list only the kinds its own operators use.
  const properties = pdf.context.obj({ MCID: mcid }) as unknown as PDFArray;
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of("Span"), properties]));
  draw();
  page.pushOperators(endMarkedContent());
  const entry = pdf.context.lookup(element, PDFDict);
  const reference = pdf.context.obj({ Type: "MCR", Pg: page.ref, MCID: mcid });
  const kids = entry.get(PDFName.of("K"));
  entry.set(PDFName.of("K"), kids instanceof PDFArray ? (kids.push(reference), kids) : pdf.context.obj(kids ? [kids, reference] : [reference]));
}

/**
 * Draws the document as a tagged PDF on a worker thread (./pool.ts), numbers the pages, fills in
 * the table of contents and the bookmarks, and attaches the snapshot JSON
 * (PDF/A-3 allows a data attachment) so the file can be imported again. `date` is the document's
 * creation date: the adoption date for an adopted version, so the same snapshot always gives the
 * same file.
 */
export async function renderPolicyPdf(view: PolicyView, attachment: PdfAttachment, date: Date): Promise<Uint8Array> {
  registerPdfFonts();
  const drawableView = withBreakableTables(drawableStrings(view), await cellMeasure());
  const fontFamily = await fontFamilyFor(drawableView);
  const drawn = await drawInWorker({ view: drawableView, date, fontFamily });
  // Parse in one go: by default pdf-lib yields to the event loop every few dozen objects.
  const pdf = await PDFDocument.load(drawn, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const destinations = namedDestinations(pdf);
  writeOutline(pdf, drawableView, destinations);

  const font = await embedNumberFont(pdf);
  const pages = pdf.getPages();
  const label = destinations.get(PAGE_LABEL_ANCHOR);
  if (label) {
    pages.forEach((page, index) => {
      const text = view.pageLabel.replace("%page%", String(index + 1)).replace("%pages%", String(pages.length));
      asArtifact(page, () => drawRightAligned(page, text, font, FOOTER_SIZE, page.getWidth() - PAGE_MARGIN, label.y, FOOTER_INSET, [0.302, 0.302, 0.302]));
    });
  }
  // One TOC entry per chapter, in order (document.tsx).
  const entries = structureElements(pdf, "TOCI");
  view.chapters.forEach((chapter, index) => {
    const start = destinations.get(chapter.id);
    const slot = destinations.get(tocAnchor(chapter.id));
    if (!start || !slot) return;
    const page = pages[slot.page];
    tagAsContentOf(pdf, page, entries[index], () =>
      drawRightAligned(page, String(start.page + 1), font, BODY_SIZE, page.getWidth() - PAGE_MARGIN, slot.y, TOC_ROW_INSET, [0.102, 0.102, 0.102]),
    );
  });

  await pdf.attach(new TextEncoder().encode(attachment.json), attachment.fileName, {
    mimeType: "application/json",
    description: attachment.description,
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Data,
  });
  // Without object streams: a little larger, and faster to write.
  return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
