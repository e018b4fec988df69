/**
 * A worker thread of ./read-attachment.ts: says when it is ready (its modules loaded), reads the
 * attachment of the one PDF it is then sent, and ends.
 */
import { parentPort } from "node:worker_threads";
import { extractPdfAttachment } from "@/lib/policy/attachment";

parentPort!.once("message", async ({ bytes, options }: { bytes: Uint8Array; options: Parameters<typeof extractPdfAttachment>[1] }) => {
  parentPort!.postMessage(await extractPdfAttachment(bytes, options));
});
parentPort!.postMessage("ready");
