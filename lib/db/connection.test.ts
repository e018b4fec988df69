import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./client";
import { sqliteAppAdapter } from "./sqlite";
import { migrateTestDb } from "@/tests/test-db";

// How the app's SQLite connection is shared, and how it waits for other processes. A server process that held two connections to the
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

// lib/db keeps its client on globalThis; each test of it starts without one and leaves none.
const globalForPrisma = globalThis as unknown as { prisma?: unknown };

afterEach(() => {
  delete globalForPrisma.prisma;
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const file of files.splice(0)) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe("the app's database client", () => {
  it("is one per process in production too, however many module instances of lib/db the bundler makes", async () => {
    delete globalForPrisma.prisma;
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

  it("a transaction that reads before it writes waits for another process's write instead of failing", async () => {
    const file = sqliteFile();
    const db = createPrismaClient(`file:${file}`);
    await db.municipality.create({ data: { slug: "weights", name: "Gewichten", settings: "{}" } });
    const other = otherProcessWriting(file, { holdMs: 1_000 });
    try {
      await other.locked;
      // What saving weights does: read the settings, then write them. SQLite answers a read
      // transaction that wants to write while another connection writes with SQLITE_BUSY at once,
      // without its busy wait ("Operation has timed out" in CI, five times in a few milliseconds).
      await db.$transaction(async (tx) => {
        const municipality = await tx.municipality.findUniqueOrThrow({ where: { slug: "weights" } });
        await tx.municipality.update({ where: { id: municipality.id }, data: { settings: JSON.stringify({ weights: { "value.sovereignty": 5 } }) } });
      });
      expect(JSON.parse((await db.municipality.findUniqueOrThrow({ where: { slug: "weights" } })).settings)).toEqual({ weights: { "value.sovereignty": 5 } });
    } finally {
      await other.done;
      await db.$disconnect();
    }
  });

  it("gives the connection back when a transaction cannot begin, so the next statement runs", async () => {
    const file = sqliteFile();
    // A short busy timeout, so the transaction gives up while the other process still writes.
    const db = new PrismaClient({ adapter: sqliteAppAdapter(`file:${file}`, { busyTimeoutMs: 50 }) });
    const other = otherProcessWriting(file, { holdMs: 1_000 });
    try {
      await other.locked;
      await expect(db.$transaction((tx) => tx.municipality.count())).rejects.toThrow(/timed out/i);
      await other.done;
      expect(await db.municipality.count()).toBe(1);
      await db.$transaction((tx) => tx.municipality.create({ data: { slug: "after", name: "Daarna" } }));
      expect(await db.municipality.count()).toBe(2);
    } finally {
      await other.done.catch(() => undefined);
      await db.$disconnect();
    }
  });
});

/**
 * Another process's connection (a script, a test's set-up, a second instance) that takes the
 * file's write lock, writes, and commits after `holdMs`. A worker thread, so it holds and lets go
 * of the lock while this thread waits for it synchronously, as better-sqlite3 does.
 */
function otherProcessWriting(file: string, options: { holdMs: number }) {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     const Database = require(workerData.driver);
     const connection = new Database(workerData.file, { timeout: 15000 });
     connection.exec("BEGIN IMMEDIATE");
     connection.prepare("INSERT INTO Municipality (id, slug, name, settings) VALUES ('other', 'other', 'Ander proces', '{}')").run();
     parentPort.postMessage("locked");
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
     connection.exec("COMMIT");
     connection.close();`,
    { eval: true, workerData: { driver, file, holdMs: options.holdMs } },
  );
  const locked = new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  const done = new Promise<void>((resolve, reject) => {
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the other process ended with ${code}`))));
    worker.once("error", reject);
  });
  return { locked, done };
}

describe("statements prepared once per SQL text", () => {
  it("answers each query with its own values, also after a statement failed", async () => {
    const Database = createRequire(import.meta.url)("better-sqlite3") as { prototype: { prepare: (sql: string) => unknown } };
    const prepared = vi.spyOn(Database.prototype, "prepare");
    const db = createPrismaClient(`file:${sqliteFile()}`);
    try {
      for (const slug of ["noord", "zuid", "oost"]) await db.municipality.create({ data: { slug, name: slug.toUpperCase() } });
      // The same insert with a slug that exists fails on the unique index; the next one goes through.
      await expect(db.municipality.create({ data: { slug: "noord", name: "Tweede" } })).rejects.toThrow();
      await db.municipality.create({ data: { slug: "west", name: "WEST" } });
      for (const slug of ["noord", "zuid", "oost", "west"]) expect((await db.municipality.findUnique({ where: { slug } }))?.name).toBe(slug.toUpperCase());
      expect(await db.municipality.findUnique({ where: { slug: "elders" } })).toBeNull();
      await db.$transaction(async (tx) => tx.municipality.update({ where: { slug: "oost" }, data: { name: "Oost-Kwartier" } }));
      expect((await db.municipality.findUniqueOrThrow({ where: { slug: "oost" } })).name).toBe("Oost-Kwartier");

      const texts = prepared.mock.calls.map(([sql]) => sql);
      const times = (start: string) => texts.filter((sql) => sql.startsWith(start)).length;
      expect(times("INSERT INTO `main`.`Municipality`")).toBe(1);
      expect(times("SELECT `main`.`Municipality`.`id`")).toBe(1);
      expect(times("BEGIN")).toBe(1);
    } finally {
      prepared.mockRestore();
      await db.$disconnect();
    }
  });
});
