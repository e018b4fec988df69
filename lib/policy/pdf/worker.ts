/** A worker thread of ./pool.ts: draws the parts it is sent, one at a time. */
import { parentPort } from "node:worker_threads";
import { drawPolicyPdf, type DrawRequest } from "@/lib/policy/pdf/draw";

type Job = { id: number; request: DrawRequest };

parentPort!.on("message", async ({ id, request }: Job) => {
  try {
    const bytes = await drawPolicyPdf(request);
    // Hand the bytes over instead of copying them, unless they share their memory with others.
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    parentPort!.postMessage({ id, bytes }, owned ? [bytes.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
