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
  PDFObjectCopier,
  PDFOperator,
  PDFOperatorNames,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFString,
  rgb,
  type PDFFont,
} from "pdf-lib";
import { chapterGroups } from "@/lib/policy/pdf/document";
import { BODY_SIZE, CELL_PADDING, CELL_SIZE, CONTENT_WIDTH, FOOTER_INSET, FOOTER_SIZE, PAGE_LABEL_ANCHOR, PAGE_MARGIN, PDF_FONTS, TOC_ROW_INSET, tocAnchor, type PdfFontFamily } from "@/lib/policy/pdf/styles";
import { fontFile, registerPdfFonts, SOFT_HYPHEN } from "@/lib/policy/pdf/fonts";
import { planParts } from "@/lib/policy/pdf/parts";
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
      case "transparency":
        return { ...chapter, chart: { ...chapter.chart, table: fit(chapter.chart.table) } };
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

/** Makes the destinations of all parts the document's named destinations (the TOC links go by name). */
function writeNamedDestinations(pdf: PDFDocument, destinations: Map<string, Destination>) {
  const pages = pdf.getPages();
  // A name tree lists its names in sorted order.
  const entries = [...destinations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // PDFString.of writes the name as is: fine for these ids (chapter ids are [a-z0-9-], see view.ts).
  const names = entries.flatMap(([name, { page, x, y }]) => [PDFString.of(name), pdf.context.obj([pages[page].ref, PDFName.of("XYZ"), x, y, null])]);
  const tree = pdf.catalog.lookupMaybe(PDFName.of("Names"), PDFDict) ?? pdf.context.obj({});
  // The first part's own tree is replaced; leave no orphan behind in the file.
  const previous = tree.get(PDFName.of("Dests"));
  if (previous instanceof PDFRef) pdf.context.delete(previous);
  tree.set(PDFName.of("Dests"), pdf.context.obj({ Names: pdf.context.obj(names) }));
  pdf.catalog.set(PDFName.of("Names"), tree);
}

/**
 * Every part names its font subsets alike (react-pdf derives the tag from the font's number in
 * that file), but the subsets differ. The PDF standard wants one tag per subset in a file, so the
 * later parts get their own: the tag's last letter counts down from Z by part.
 */
function retagFontSubsets(pdf: PDFDocument, partIndex: number) {
  const retag = (name: string) => name.replace(/^([A-Z]{5})([A-Z])\+/, (_, head: string) => `${head}${String.fromCharCode(90 - partIndex)}+`);
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ["BaseFont", "FontName"]) {
      const value = object.get(PDFName.of(key));
      if (value instanceof PDFName) object.set(PDFName.of(key), PDFName.of(retag(value.decodeText())));
    }
  }
}

/**
 * Moves a later part's structure tree into the document's: the children of its Document element
 * follow the first part's under the document's Document element, and its ParentTree entries
 * (the marked content of each page, the structure parent of each annotation) get keys after the
 * document's own. `copier` must be the one that copied the part's pages: the elements' page and
 * annotation references then lead to the copies.
 */
function joinStructure(pdf: PDFDocument, part: PDFDocument, copier: PDFObjectCopier, pages: PDFPageLeaf[]) {
  const root = pdf.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const partRoot = part.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const documentRef = root.lookup(PDFName.of("K"), PDFArray).get(0) as PDFRef;
  const documentKids = pdf.context.lookup(documentRef, PDFDict).lookup(PDFName.of("K"), PDFArray);
  const partDocument = part.context.lookup(partRoot.lookup(PDFName.of("K"), PDFArray).get(0), PDFDict);
  for (const kid of partDocument.lookup(PDFName.of("K"), PDFArray).asArray()) {
    // Without its parent, copying the element does not drag the part's whole tree along.
    part.context.lookup(kid, PDFDict).delete(PDFName.of("P"));
    const copied = copier.copy(kid as PDFRef);
    pdf.context.lookup(copied, PDFDict).set(PDFName.of("P"), documentRef);
    documentKids.push(copied);
  }
  const offset = root.lookup(PDFName.of("ParentTreeNextKey"), PDFNumber).asNumber();
  const nums = root.lookup(PDFName.of("ParentTree"), PDFDict).lookup(PDFName.of("Nums"), PDFArray);
  const partNums = partRoot.lookup(PDFName.of("ParentTree"), PDFDict).lookup(PDFName.of("Nums"), PDFArray);
  for (let index = 0; index + 1 < partNums.size(); index += 2) {
    nums.push(PDFNumber.of(offset + partNums.lookup(index, PDFNumber).asNumber()));
    nums.push(copier.copy(partNums.get(index + 1)));
  }
  const shift = (dict: PDFDict, key: string) => {
    const value = dict.lookup(PDFName.of(key));
    if (value instanceof PDFNumber) dict.set(PDFName.of(key), PDFNumber.of(offset + value.asNumber()));
  };
  for (const page of pages) {
    shift(page, "StructParents");
    for (const annotation of page.Annots()?.asArray() ?? []) shift(pdf.context.lookup(annotation, PDFDict), "StructParent");
  }
  root.set(PDFName.of("ParentTreeNextKey"), PDFNumber.of(offset + partRoot.lookup(PDFName.of("ParentTreeNextKey"), PDFNumber).asNumber()));
}

/** Joins the rendered parts into the first one: pages, structure trees, and the named destinations with their new page numbers. */
async function joinParts(parts: Uint8Array[]): Promise<{ pdf: PDFDocument; destinations: Map<string, Destination> }> {
  // Parse in one go: by default pdf-lib yields to the event loop every few dozen objects.
  const [pdf, ...rest] = await Promise.all(parts.map((bytes) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })));
  const destinations = namedDestinations(pdf);
  for (const [index, part] of rest.entries()) {
    retagFontSubsets(part, index + 1);
    const offset = pdf.getPageCount();
    for (const [name, destination] of namedDestinations(part)) if (!destinations.has(name)) destinations.set(name, { ...destination, page: destination.page + offset });
    // One copier for the pages and the structure, so both refer to the same copies.
    const copier = PDFObjectCopier.for(part.context, pdf.context);
    const pages = part.getPages().map((page) => {
      const ref = copier.copy(page.ref);
      const node = pdf.context.lookup(ref) as PDFPageLeaf;
      pdf.addPage(PDFPage.of(node, ref, pdf));
      return node;
    });
    joinStructure(pdf, part, copier, pages);
  }
  writeNamedDestinations(pdf, destinations);
  return { pdf, destinations };
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

/** Text length of each page group: what drawing time follows. */
function groupWeights(view: PolicyView) {
  return chapterGroups(view.chapters).map((group) => JSON.stringify(group).length);
}

/**
 * Draws the document as a tagged PDF in parts side by side (worker threads, ./pool.ts), joins
 * them (pages and structure trees), numbers the pages, fills in the table of contents and the
 * bookmarks, and attaches the snapshot JSON
 * (PDF/A-3 allows a data attachment) so the file can be imported again. `date` is the document's
 * creation date: the adoption date for an adopted version, so the same snapshot always gives the
 * same file.
 */
export async function renderPolicyPdf(view: PolicyView, attachment: PdfAttachment, date: Date): Promise<Uint8Array> {
  registerPdfFonts();
  const drawableView = withBreakableTables(drawableStrings(view), await cellMeasure());
  const fontFamily = await fontFamilyFor(drawableView);
  // The cover and the table of contents weigh about as much as a short chapter.
  const parts = planParts(groupWeights(drawableView), 2_000);
  const drawn = await Promise.all(parts.map((part) => drawInWorker({ view: drawableView, date, fontFamily, part })));
  const { pdf, destinations } = await joinParts(drawn);
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
