/**
 * The JSON a policy PDF carries as its file attachment (`beleid-snapshot.json`), read with
 * limits: an uploaded PDF is untrusted, and a few kilobytes of deflated data can expand a
 * thousandfold per round of compression. The attachment is inflated with node:zlib, which stops
 * at `maxOutputLength`, and only in the form this app writes it: one FlateDecode filter or none.
 * Runs in a worker thread (./attachment-worker.ts, started by ./read-attachment.ts), so parsing
 * the PDF itself never holds up the server either.
 */
import { inflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";

export type AttachmentResult =
  | { ok: true; text: string }
  | { ok: false; problem: "badPdf" | "pdfWithoutSnapshot" | "attachmentTooLarge" | "attachmentEncoding" };

/** The stream's bytes, inflated when it is deflated once; null for any other encoding. */
function streamBytes(stream: PDFRawStream, maxBytes: number): Uint8Array | null {
  const filter = stream.dict.lookup(PDFName.of("Filter"));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter === undefined ? [] : [filter];
  if (stream.dict.has(PDFName.of("DecodeParms")) || filters.length > 1) return null;
  if (filters.length === 0) return stream.contents.length > maxBytes ? new Uint8Array(maxBytes + 1) : stream.contents;
  if (filters[0] !== PDFName.of("FlateDecode")) return null;
  return new Uint8Array(inflateSync(stream.contents, { maxOutputLength: maxBytes + 1 }));
}

/**
 * The first attachment that holds `marker` (the export format's name), at most `maxBytes` once
 * inflated. Imports nothing of the app's own, so the worker starts quickly.
 */
export async function extractPdfAttachment(bytes: Uint8Array, { marker, maxBytes }: { marker: string; maxBytes: number }): Promise<AttachmentResult> {
  let list: PDFArray | undefined;
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    const names = pdf.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
    list = names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict)?.lookupMaybe(PDFName.of("Names"), PDFArray);
  } catch {
    return { ok: false, problem: "badPdf" };
  }
  if (!list) return { ok: false, problem: "pdfWithoutSnapshot" };
  let refused: AttachmentResult | null = null;
  for (let index = 1; index < list.size(); index += 2) {
    let decoded: Uint8Array | null;
    try {
      const spec = list.lookupMaybe(index, PDFDict);
      const stream = spec?.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookup(PDFName.of("F"));
      if (!(stream instanceof PDFRawStream)) continue;
      decoded = streamBytes(stream, maxBytes);
    } catch (error) {
      // node:zlib stops at maxOutputLength with a RangeError; anything else is a damaged stream.
      refused = { ok: false, problem: error instanceof RangeError ? "attachmentTooLarge" : "badPdf" };
      continue;
    }
    if (!decoded) {
      refused = { ok: false, problem: "attachmentEncoding" };
      continue;
    }
    if (decoded.length > maxBytes) {
      refused = { ok: false, problem: "attachmentTooLarge" };
      continue;
    }
    const text = new TextDecoder().decode(decoded);
    if (text.includes(marker)) return { ok: true, text };
  }
  return refused ?? { ok: false, problem: "pdfWithoutSnapshot" };
}
