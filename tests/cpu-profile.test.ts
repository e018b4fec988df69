import { describe, expect, it } from "vitest";
import { layerOf, layersOf, type CpuProfile } from "@/scripts/cpu-profile";

describe("the layers of a CPU profile (npm run bench:profile)", () => {
  it("puts each frame's file in its layer", () => {
    expect(layerOf("renderToReadableStream", "file:///srv/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js")).toBe("Next.js and React");
    expect(layerOf("wasm-function[3494]", "wasm://wasm/0072416a")).toBe("Prisma client");
    expect(layerOf("compile", "lib/db/plan-cache.ts")).toBe("Prisma client");
    expect(layerOf("all", "lib/db/sqlite.ts")).toBe("database driver");
    expect(layerOf("query", "file:///srv/node_modules/pg/lib/client.js")).toBe("database driver");
    expect(layerOf("scoreCore", "lib/scoring/score.ts")).toBe("app code");
    expect(layerOf("Page", "app/m/[slug]/page.tsx")).toBe("app code");
    expect(layerOf("format", "node_modules/use-intl/dist/esm/core.js")).toBe("libraries");
    expect(layerOf("processChunk", "node:zlib")).toBe("Node.js");
    // A checkout under /app (the container's) is not the app's code; the build's own entry files are Next.js's.
    expect(layerOf("handler", "file:///app/.next/server/app/m/[slug]/page.js")).toBe("Next.js and React");
    expect(layerOf("parse", "file:///app/node_modules/yaml/dist/index.js")).toBe("libraries");
    expect(layerOf("(garbage collector)", "")).toBe("garbage collection");
    expect(layerOf("(idle)", "")).toBeNull();
  });

  it("counts only the samples in the window, built-ins for their caller, and no idle time", () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
    const profile: CpuProfile = {
      startTime: 1_000,
      nodes: [
        { id: 1, callFrame: frame("(root)", ""), children: [2, 4, 5, 6] },
        { id: 2, callFrame: frame("scoreCore", "lib/scoring/score.ts"), children: [3] },
        { id: 3, callFrame: frame("parse", "") },
        { id: 4, callFrame: frame("render", "node_modules/react-dom/server.js") },
        { id: 5, callFrame: frame("(garbage collector)", "") },
        { id: 6, callFrame: frame("(idle)", "") },
      ],
      // At 1000 (before the window), 2000, 3000, 5000, 6000, 7000 and 8000 µs; each lasts until the next.
      samples: [2, 2, 3, 4, 5, 6, 4],
      timeDeltas: [0, 1_000, 1_000, 2_000, 1_000, 1_000, 1_000],
    };
    const { busy, layers } = layersOf(profile, (frame) => frame.url, 1_500, 7_500);
    expect(layers["app code"]).toBe(3); // scoreCore 1 ms, and JSON.parse it called 2 ms
    expect(layers["Next.js and React"]).toBe(1);
    expect(layers["garbage collection"]).toBe(1);
    expect(busy).toBe(5);
  });
});
