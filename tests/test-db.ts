/**
 * A throwaway SQLite database with every migration applied (triggers included), for unit tests
 * of mutations that must hold at the database level. Not part of the app.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

// better-sqlite3 (the driver under Prisma's adapter) runs the multi-statement migration scripts.
type Sqlite = { exec(sql: string): void; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;

/** Applies every migration, in order, to a new SQLite file. */
export function migrateTestDb(file: string) {
  const sqlite = new Database(file);
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const name of fs.readdirSync(migrations).filter((entry) => fs.statSync(path.join(migrations, entry)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
}

export function createTestDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "afk-test-"));
  const file = path.join(dir, "test.db");
  migrateTestDb(file);
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
  return {
    db,
    file,
    async dispose() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A municipality with an admin and an advisor. */
export async function createTestMunicipality(db: PrismaClient, slug: string) {
  const municipality = await db.municipality.create({ data: { slug, name: `Gemeente ${slug}` } });
  const admin = await db.user.create({ data: { id: `${slug}-admin`, name: `Beheerder ${slug}`, email: `admin@${slug}.test` } });
  const advisor = await db.user.create({ data: { id: `${slug}-advisor`, name: `Adviseur ${slug}`, email: `advies@${slug}.test` } });
  return { municipality, admin, advisor };
}
