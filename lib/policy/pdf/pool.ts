import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DrawRequest } from "@/lib/policy/pdf/draw";
import { tsxWorker } from "@/lib/worker-threads";

/**
 * A few worker threads that draw the parts of the policy document side by side. Drawing is
 * CPU-bound (about a second for fifteen channels): off the main thread it no longer stalls the
 * other requests of the server, and two parts on two cores finish sooner than one whole.
 *
 * Hand-written rather than a pool library (piscina, tinypool): Turbopack bundles a worker only
 * when it sees `new Worker(new URL("./worker.ts", import.meta.url))` in the source, and those
 * libraries take a file name instead.
 */
const SIZE = Math.max(1, Math.min(2, os.availableParallelism()));
/**
 * Under `next dev` a worker would keep the code it started with while the app reloads edits, so
 * there each worker draws one part and stops.
 */
const REUSE_WORKERS = process.env.NODE_ENV !== "development";
/** A part takes about a second; one still drawing after this is stuck, and its worker is replaced. */
const JOB_TIMEOUT_MS = 60_000;

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void; slot?: Slot; timer?: NodeJS.Timeout };
type Slot = { worker: Worker; busy: boolean };
type Reply = { id: number; bytes?: Uint8Array; error?: string };

const slots: Slot[] = [];
const queue: { id: number; request: DrawRequest }[] = [];
const pending = new Map<number, Pending>();
let nextId = 1;

function startWorker(): Worker {
  // In the app (Next's server bundle), Turbopack builds the worker from this very expression.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./worker.ts", import.meta.url));
  return tsxWorker(path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts"));
}

function addSlot(): Slot {
  const slot: Slot = { worker: startWorker(), busy: false };
  // Idle workers do not keep a script (bench, seed) from exiting.
  slot.worker.unref();
  slot.worker.on("message", ({ id, bytes, error }: Reply) => {
    const job = pending.get(id);
    pending.delete(id);
    slot.busy = false;
    if (job) {
      clearTimeout(job.timer);
      if (bytes) job.resolve(bytes);
      else job.reject(new Error(`PDF worker: ${error}`));
    }
    if (!REUSE_WORKERS) retire(slot);
    dispatch();
  });
  slot.worker.on("error", (error) => failSlot(slot, error));
  slot.worker.on("messageerror", (error) => failSlot(slot, error));
  slot.worker.on("exit", (code) => failSlot(slot, new Error(`PDF worker stopped (exit code ${code})`)));
  return slot;
}

/** Takes a worker out of the pool and stops it; the next request starts a new one. */
function retire(slot: Slot): boolean {
  const index = slots.indexOf(slot);
  if (index < 0) return false;
  slots.splice(index, 1);
  void slot.worker.terminate();
  return true;
}

/** A worker that crashed or got stuck fails its job, is stopped, and is replaced on the next request. */
function failSlot(slot: Slot, error: Error) {
  if (!retire(slot)) return;
  for (const [id, job] of pending) {
    if (job.slot !== slot) continue;
    pending.delete(id);
    clearTimeout(job.timer);
    job.reject(error);
  }
  dispatch();
}

function dispatch() {
  while (queue.length) {
    let slot = slots.find((candidate) => !candidate.busy);
    if (!slot && slots.length < SIZE) {
      slot = addSlot();
      slots.push(slot);
    }
    if (!slot) return;
    const job = queue.shift()!;
    const entry = pending.get(job.id)!;
    const busySlot = slot;
    slot.busy = true;
    entry.slot = slot;
    entry.timer = setTimeout(() => failSlot(busySlot, new Error(`PDF worker took longer than ${JOB_TIMEOUT_MS / 1000} s`)), JOB_TIMEOUT_MS);
    entry.timer.unref();
    slot.worker.ref();
    try {
      slot.worker.postMessage(job);
    } catch (error) {
      // The request could not be copied to the worker: fail this job only; the worker is fine.
      clearTimeout(entry.timer);
      pending.delete(job.id);
      slot.busy = false;
      entry.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  for (const slot of slots) if (!slot.busy) slot.worker.unref();
}

/** Draws a part in a worker thread; resolves with its PDF bytes. */
export function drawInWorker(request: DrawRequest): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    queue.push({ id, request });
    dispatch();
  });
}
