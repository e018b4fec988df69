import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { AttachmentResult } from "@/lib/policy/attachment";
import { MAX_IMPORT_BYTES, POLICY_EXPORT_FORMAT } from "@/lib/policy/schema";
import { tsxWorker } from "@/lib/worker-threads";

/**
 * Reads the snapshot attached to an uploaded PDF in a worker thread of its own, with a memory
 * limit and a time limit, one PDF at a time. pdf-lib decodes parts of a PDF (object streams)
 * while it loads it; a crafted file can make that slow or large, and in a worker that costs
 * neither the server's other requests nor more than these limits. Imports are rare, so a fresh
 * worker per file is cheap enough and leaves nothing behind.
 */
const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };
/** A policy PDF of 1.4 MB is read in well under a second; a file still being read after this is refused. */
export const ATTACHMENT_TIMEOUT_MS = 10_000;

/** The largest attachment, inflated: no larger than a JSON file may be when uploaded by itself. */
export const MAX_ATTACHMENT_BYTES = MAX_IMPORT_BYTES;

export type ReadAttachmentResult = AttachmentResult | { ok: false; problem: "pdfTooComplex" };

function startWorker(): Worker {
  // In the app (Next's server bundle), Turbopack builds the worker from this very expression.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./attachment-worker.ts", import.meta.url), { resourceLimits });
  return tsxWorker(path.join(path.dirname(fileURLToPath(import.meta.url)), "attachment-worker.ts"), { resourceLimits });
}

/** The time limit starts once the worker is ready, so a slow start (tests load it through tsx) does not count against the file. */
function readInWorker(bytes: Uint8Array, timeoutMs: number): Promise<ReadAttachmentResult> {
  return new Promise((resolve) => {
    const worker = startWorker();
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (result: ReadAttachmentResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    worker.on("message", (message: "ready" | AttachmentResult) => {
      if (message !== "ready") return finish(message);
      timer = setTimeout(() => finish({ ok: false, problem: "pdfTooComplex" }), timeoutMs);
      worker.postMessage({ bytes, options: { marker: POLICY_EXPORT_FORMAT, maxBytes: MAX_ATTACHMENT_BYTES } });
    });
    // Out of memory, or a crash inside pdf-lib: the file is refused; the server carries on.
    worker.once("error", () => finish({ ok: false, problem: "pdfTooComplex" }));
    worker.once("exit", () => finish({ ok: false, problem: "pdfTooComplex" }));
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** The JSON attached to a policy PDF, read off the main thread; files wait their turn. */
export function readPdfAttachment(bytes: Uint8Array, timeoutMs = ATTACHMENT_TIMEOUT_MS): Promise<ReadAttachmentResult> {
  const result = queue.then(() => readInWorker(bytes, timeoutMs));
  queue = result.catch(() => undefined);
  return result;
}
