import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread that runs a TypeScript file through tsx. In the app, Turbopack bundles a worker
 * from `new Worker(new URL("./file.ts", import.meta.url))` written at the place it is started;
 * scripts (tsx) and tests (vitest) run the sources and start it with this instead.
 */
export function tsxWorker(file: string, options?: WorkerOptions): Worker {
  const entry = pathToFileURL(file).href;
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { ...options, eval: true });
}
