import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testProvider } from "@/tests/test-db";

const run = promisify(execFile);

/**
 * Each database's migrations, applied in order, give exactly the shared data model
 * (prisma/models.prisma): a model changed without a migration for both databases fails here.
 * PostgreSQL needs a server for its shadow database: it is checked when TEST_DATABASE_URL names
 * one (scripts/test.sh starts one with scripts/postgres.sh).
 */
async function drift(databaseUrl: string, provider: "sqlite" | "postgresql") {
  try {
    await run(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-migrations", `prisma/${provider}/migrations`, "--to-schema-datamodel", `prisma/${provider}`, "--exit-code"],
      { env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" }, timeout: 120_000 },
    );
    return "no difference";
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string };
    // --exit-code: 2 means the migrations and the data model differ; anything else is a failure to compare.
    return code === 2 ? `drift:\n${stdout}` : `failed (${code}): ${stderr}`;
  }
}

describe("migrations match the data model", () => {
  it("SQLite (prisma/sqlite/migrations)", { timeout: 120_000 }, async () => {
    // The CLI opens the database it is given (the shadow is in memory): a throwaway file.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "afk-drift-"));
    try {
      expect(await drift(`file:${path.join(dir, "unused.db")}`, "sqlite")).toBe("no difference");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(testProvider === "postgresql")("PostgreSQL (prisma/postgresql/migrations)", { timeout: 120_000 }, async () => {
    expect(await drift(process.env.TEST_DATABASE_URL!, "postgresql")).toBe("no difference");
  });
});
