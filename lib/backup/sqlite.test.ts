import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createSqliteTestDb } from "@/tests/test-db";
import { backupSqlite, restoreSqlite, sqliteFileOf } from "./sqlite";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "afk-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("SQLite backup and restore", () => {
  it("reads the file from the database URL, relative to the working folder", () => {
    expect(sqliteFileOf("file:./data/afwegingskader.db")).toBe(path.resolve("data/afwegingskader.db"));
    expect(() => sqliteFileOf("postgresql://localhost/afk")).toThrow(/SQLite/);
  });

  it("backs up a database that is being written to, and the restored copy opens with every row of that moment", async () => {
    const live = createSqliteTestDb();
    try {
      await live.db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
      for (let index = 0; index < 50; index++) {
        await live.db.municipality.create({ data: { slug: `gemeente-${index}`, name: `Gemeente ${index}` } });
      }
      const writes = (async () => {
        for (let index = 50; index < 150; index++) {
          await live.db.municipality.create({ data: { slug: `gemeente-${index}`, name: `Gemeente ${index}` } });
        }
      })();
      const backupFile = path.join(work, "backup.db");
      const { pages } = await backupSqlite(live.file, backupFile);
      await writes;
      expect(pages).toBeGreaterThan(0);
      await expect(backupSqlite(live.file, backupFile)).rejects.toThrow(/exists already/);

      const restoredFile = path.join(work, "restored.db");
      fs.writeFileSync(restoredFile, "the database the restore replaces");
      const { previous } = restoreSqlite(backupFile, restoredFile);
      expect(fs.readFileSync(previous!, "utf8")).toBe("the database the restore replaces");

      const restored = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${restoredFile}` }) });
      try {
        const count = await restored.municipality.count();
        // One moment of the database: the 50 rows written before, and some of those written during.
        expect(count).toBeGreaterThanOrEqual(50);
        expect(count).toBeLessThanOrEqual(150);
        const slugs = (await restored.municipality.findMany({ select: { slug: true } })).map((row) => Number(row.slug.split("-")[1])).sort((a, b) => a - b);
        expect(slugs).toEqual(Array.from({ length: count }, (_, index) => index));
        // The guards of the audit trail come along: they are part of the database.
        const triggers = await restored.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'trigger'");
        expect(triggers.length).toBeGreaterThan(0);
      } finally {
        await restored.$disconnect();
      }
    } finally {
      await live.dispose();
    }
  });

  it("refuses to restore a file that is not a sound SQLite database", () => {
    const broken = path.join(work, "broken.db");
    fs.writeFileSync(broken, "not a database");
    const target = path.join(work, "target.db");
    expect(() => restoreSqlite(broken, target)).toThrow();
    expect(fs.existsSync(target)).toBe(false);
  });
});
