import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React's server runtime; unit tests run plain Node.
      "server-only": path.join(root, "tests/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // Limits guard against a hang; they are not speed targets (those are in `npm run bench`). Tests that
    // migrate a database or render a PDF take seconds when idle and several times that on a busy
    // 2-core machine, so the limits leave that room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
