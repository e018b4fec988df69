import fs from "node:fs";
import { Font, renderToBuffer } from "@react-pdf/renderer";
import { AFRelationship, ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { BODY_SIZE, FOOTER_INSET, FOOTER_SIZE, PAGE_LABEL_ANCHOR, PAGE_MARGIN, PDF_FONTS, PolicyPdfDocument, TOC_ROW_INSET, tocAnchor, type PdfFontFamily } from "@/lib/policy/pdf/document";
import { fontFile, registerPdfFonts } from "@/lib/policy/pdf/fonts";
import type { PolicyView } from "@/lib/policy/view";

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

/**
 * Renders the document, numbers its pages and fills in the table of contents, and attaches the
 * snapshot JSON (PDF/A-3 allows a data attachment) so the file can be imported again. `date` is
 * the document's creation date: the adoption date for an adopted version, so the same snapshot
 * always gives the same file.
 */
export async function renderPolicyPdf(view: PolicyView, attachment: PdfAttachment, date: Date): Promise<Uint8Array> {
  registerPdfFonts();
  const drawableView = drawableStrings(view);
  const rendered = await renderToBuffer(<PolicyPdfDocument view={drawableView} date={date} fontFamily={await fontFamilyFor(drawableView)} />);
  // Parse and write in one go: by default pdf-lib yields to the event loop every few dozen objects.
  const pdf = await PDFDocument.load(new Uint8Array(rendered), { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

  const destinations = namedDestinations(pdf);
  const font = await embedNumberFont(pdf);
  const pages = pdf.getPages();
  const label = destinations.get(PAGE_LABEL_ANCHOR);
  if (label) {
    pages.forEach((page, index) => {
      const text = view.pageLabel.replace("%page%", String(index + 1)).replace("%pages%", String(pages.length));
      drawRightAligned(page, text, font, FOOTER_SIZE, page.getWidth() - PAGE_MARGIN, label.y, FOOTER_INSET, [0.302, 0.302, 0.302]);
    });
  }
  for (const chapter of view.chapters) {
    const start = destinations.get(chapter.id);
    const slot = destinations.get(tocAnchor(chapter.id));
    if (!start || !slot) continue;
    const page = pages[slot.page];
    drawRightAligned(page, String(start.page + 1), font, BODY_SIZE, page.getWidth() - PAGE_MARGIN, slot.y, TOC_ROW_INSET, [0.102, 0.102, 0.102]);
  }

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
