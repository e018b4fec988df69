import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "./client";
import { migrateTestDb } from "@/tests/test-db";

// How the app's SQLite connection is shared. A server process that held two connections to the
// file deadlocked itself: better-sqlite3 waits for a lock synchronously, so a write on one
// connection stopped the very event loop the other connection's open transaction needed to commit,
// until SQLite's busy timeout (15 s) failed the write (CI: "Operation has timed out").

const files: string[] = [];
function sqliteFile() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "afk-connection-")), "test.db");
  migrateTestDb(file);
  files.push(file);
  return file;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const file of files.splice(0)) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe("the app's database client", () => {
  it("is one per process in production too, however many module instances of lib/db the bundler makes", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", `file:${sqliteFile()}`);
    vi.stubEnv("BETTER_AUTH_SECRET", "x".repeat(32));
    // Next gives route handlers and pages their own instance of a module; resetting the module
    // registry makes a second instance the same way.
    const routeHandlers = await import("@/lib/db");
    vi.resetModules();
    const pages = await import("@/lib/db");
    // Compared as a boolean: a Prisma client is a proxy that vitest cannot print in a diff.
    expect(pages.db === routeHandlers.db, "the same client").toBe(true);
    await routeHandlers.db.$disconnect();
  });
});

describe("one SQLite connection shared by concurrent requests", () => {
  it("keeps a write made outside a transaction when another request's open transaction is rolled back", async () => {
    const db = createPrismaClient(`file:${sqliteFile()}`);
    try {
      let written: Promise<unknown> | undefined;
      const refused = db.$transaction(
        async (tx) => {
          await tx.municipality.create({ data: { slug: "in-transaction", name: "In de transactie" } });
          // Meanwhile another request saves something of its own, outside any transaction. The
          // transaction waits for it; it may not end before the transaction does, so the
          // transaction's own time limit ends the wait.
          written = db.municipality.create({ data: { slug: "elsewhere", name: "Elders" } });
          await written;
          throw new Error("refused after the other request's write");
        },
        { timeout: 1_000 },
      );
      await expect(refused).rejects.toThrow();
      await written;
      const slugs = (await db.municipality.findMany({ select: { slug: true } })).map((municipality) => municipality.slug);
      expect(slugs).toContain("elsewhere");
      expect(slugs).not.toContain("in-transaction");
    } finally {
      await db.$disconnect();
    }
  });

  it("never shows another request a row of a transaction that is still open", async () => {
    const db = createPrismaClient(`file:${sqliteFile()}`);
    try {
      let read: Promise<{ slug: string }[]> | undefined;
      const refused = db.$transaction(
        async (tx) => {
          await tx.municipality.create({ data: { slug: "uncommitted", name: "Nog niet vastgelegd" } });
          read = db.municipality.findMany({ select: { slug: true } });
          await read;
          throw new Error("refused after the other request's read");
        },
        { timeout: 1_000 },
      );
      await expect(refused).rejects.toThrow();
      expect((await read!).map((municipality) => municipality.slug)).not.toContain("uncommitted");
    } finally {
      await db.$disconnect();
    }
  });
});
