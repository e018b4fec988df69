/** A worker thread of ./read-attachment.ts: reads the attachment of the one PDF it is sent, then ends. */
import { parentPort } from "node:worker_threads";
import { extractPdfAttachment } from "@/lib/policy/attachment";

parentPort!.once("message", async ({ bytes, options }: { bytes: Uint8Array; options: Parameters<typeof extractPdfAttachment>[1] }) => {
  parentPort!.postMessage(await extractPdfAttachment(bytes, options));
});
