/**
 * Where a server's CPU time went, by layer, from a V8 CPU profile (`node --cpu-prof`): the part of
 * `npm run bench:profile` that reads the profile (issue 19 asks for the profile that says why a
 * target is out of reach). Each sample's own function (self time) is put in one layer; frames of
 * the build's chunks are first traced back to their source file with the chunk's source map, so
 * the app's own code is told apart from the libraries bundled with it.
 */
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

export const LAYERS = ["Next.js and React", "Prisma client", "database driver", "app code", "libraries", "Node.js", "garbage collection"] as const;
export type Layer = (typeof LAYERS)[number];

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
export type CpuProfile = { nodes: { id: number; callFrame: CallFrame; children?: number[] }[]; startTime: number; samples: number[]; timeDeltas: number[] };

/** The source file a frame's code comes from: the original file for a chunk with a source map, else the frame's own URL. */
export type SourceOf = (frame: CallFrame) => string;

// Prisma's query compiler is WebAssembly; its plan cache is ours but does Prisma's work.
const PRISMA = /node_modules\/(@prisma\/client|\.prisma)\/|^wasm:\/\/|lib\/generated\/prisma|lib\/db\/plan-cache\.ts$/;
const DRIVER = /node_modules\/(better-sqlite3|@prisma\/adapter-better-sqlite3|pg|pg-protocol|pg-pool|@prisma\/adapter-pg|@prisma\/driver-adapter-utils)\/|lib\/db\/(sqlite|postgres)\.ts$/;
// The build's own files without a source map (route entries, the runtime) are Next.js's.
const NEXT = /node_modules\/(next|react|react-dom|scheduler)\/|^webpack:\/\/next\/|\/\.next[\w-]*\//;
// The app's sources, as the source maps name them (relative to the project).
const APP = /^(app|lib|components|i18n)\/|^proxy\.ts$/;

/** The layer of one frame's self time, from its (source-mapped) file and V8's own entries. */
export function layerOf(functionName: string, source: string): Layer | null {
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)") return null;
  if (PRISMA.test(source)) return "Prisma client";
  if (DRIVER.test(source)) return "database driver";
  if (NEXT.test(source)) return "Next.js and React";
  if (source.includes("node_modules/")) return "libraries";
  if (APP.test(source)) return "app code";
  // node:…, Node's internals, V8's (program) and native code without a file.
  return "Node.js";
}

/**
 * The milliseconds of CPU time per layer of the samples taken between `from` and `to`
 * (microseconds on the monotonic clock the profile uses, `process.hrtime`), and in all.
 */
export function layersOf(profile: CpuProfile, sourceOf: SourceOf, from = -Infinity, to = Infinity): { busy: number; layers: Record<Layer, number> } {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id] as const)));
  const layerOfNode = new Map<number, Layer | null>();
  // Built-ins without a file of their own (JSON.parse, a RegExp, a native method) count for the
  // layer that called them; V8's own entries ((program), (garbage collector), …) do not.
  const nodeLayer = (id: number): Layer | null => {
    if (!layerOfNode.has(id)) {
      const frame = frames.get(id)!;
      const parent = parents.get(id);
      const builtIn = frame.url === "" && !frame.functionName.startsWith("(") && parent !== undefined;
      layerOfNode.set(id, builtIn ? nodeLayer(parent) : layerOf(frame.functionName, sourceOf(frame)));
    }
    return layerOfNode.get(id)!;
  };
  const layers = Object.fromEntries(LAYERS.map((layer) => [layer, 0])) as Record<Layer, number>;
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    // A sample's time is the gap to the next one.
    const spent = profile.timeDeltas[i + 1] ?? 0;
    if (at < from || at > to) return;
    const layer = nodeLayer(id);
    if (!layer) return;
    layers[layer] += spent / 1000;
    busy += spent / 1000;
  });
  return { busy, layers };
}

/** Sources through the `.map` beside each chunk file (Turbopack writes one for every server chunk). */
export function sourceMaps(): SourceOf {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      let map: SourceMap | null = null;
      try {
        const file = `${fileURLToPath(url)}.map`;
        if (fs.existsSync(file)) map = new SourceMap(JSON.parse(fs.readFileSync(file, "utf8")));
      } catch {
        // An unreadable map: the frame keeps its chunk's name and counts as that chunk's layer.
      }
      maps.set(url, map);
    }
    return maps.get(url);
  };
  return (frame) => {
    if (!frame.url.startsWith("file://") || !frame.url.includes("/chunks/")) return frame.url;
    const entry = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    const source = entry && "originalSource" in entry ? entry.originalSource : undefined;
    // Named from the chunk's folder ("../../../../lib/db/sqlite.ts"): relative to the project.
    return source ? decodeURIComponent(source).replace(/^(\.\.\/)+/, "") : frame.url;
  };
}
