import { renderToBuffer } from "@react-pdf/renderer";
import { PolicyPdfDocument, type DocumentPart } from "@/lib/policy/pdf/document";
import type { PdfFontFamily } from "@/lib/policy/pdf/styles";
import { registerPdfFonts } from "@/lib/policy/pdf/fonts";
import type { PolicyView } from "@/lib/policy/view-model";

/** Everything one rendering needs; it crosses to a worker thread by structured clone. */
export type DrawRequest = { view: PolicyView; date: Date; fontFamily: PdfFontFamily; part: DocumentPart };

/** Draws one part of the document with react-pdf into PDF bytes (in a worker thread, see ./pool.ts, or in-process). */
export async function drawPolicyPdf({ view, date, fontFamily, part }: DrawRequest): Promise<Uint8Array> {
  registerPdfFonts();
  const buffer = await renderToBuffer(<PolicyPdfDocument view={view} date={date} fontFamily={fontFamily} part={part} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
