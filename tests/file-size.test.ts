import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * No source file grows past 400 lines: past that a file holds more than one idea and should be
 * split along its seams (ARCHITECTURE.md). Content, demo data, generated code and tests are
 * exempt: their length is their data.
 */
const limit = 400;
const root = path.resolve(__dirname, "..");
const exempt = [/^lib\/generated\//, /^lib\/demo\//, /\.test\.tsx?$/, /^tests\//, /^e2e\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("file size", () => {
  it(`keeps every source file at ${limit} lines or fewer`, () => {
    const files = ["app", "components", "lib", "scripts", "prisma"].flatMap(sourceFiles).filter((file) => !exempt.some((pattern) => pattern.test(file)));
    expect(files.length).toBeGreaterThan(100);
    const tooLong = files
      .map((file) => ({ file, lines: readFileSync(path.join(root, file), "utf8").split("\n").length }))
      .filter(({ lines }) => lines > limit)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
