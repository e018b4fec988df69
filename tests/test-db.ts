/**
 * A throwaway database with every migration applied (triggers included), for unit tests of
 * mutations that must hold at the database level. Not part of the app.
 *
 * SQLite by default: a new file per test. With TEST_DATABASE_URL set to a PostgreSQL URL (a role
 * that may create databases, e.g. from scripts/postgres.sh) each test gets a new database on that
 * server instead, migrated with prisma/postgresql/migrations, and drops it afterwards.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { databaseProvider, type DatabaseProvider } from "@/lib/db/provider";
import type { PolicySnapshot } from "@/lib/policy/schema";
import { freezeSnapshot } from "@/lib/policy/snapshot";

// better-sqlite3 (the driver under Prisma's adapter) runs the multi-statement migration scripts.
type Sqlite = { exec(sql: string): void; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;

/** The migration scripts of one database, in the order they apply. */
export function migrationScripts(provider: DatabaseProvider): string[] {
  const migrations = path.join(process.cwd(), "prisma", provider, "migrations");
  return fs
    .readdirSync(migrations)
    .filter((entry) => fs.statSync(path.join(migrations, entry)).isDirectory())
    .sort()
    .map((name) => fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
}

/** Applies every migration, in order, to a new SQLite file. */
export function migrateTestDb(file: string) {
  const sqlite = new Database(file);
  for (const script of migrationScripts("sqlite")) sqlite.exec(script);
  sqlite.close();
}

export type TestDb = { db: PrismaClient; url: string; provider: DatabaseProvider; dispose(): Promise<void> };

/** The database the DB-backed tests run on: PostgreSQL when TEST_DATABASE_URL names one. */
export const testProvider: DatabaseProvider = process.env.TEST_DATABASE_URL ? databaseProvider(process.env.TEST_DATABASE_URL) : "sqlite";

export function createTestDb(): Promise<TestDb> {
  return testProvider === "postgresql" ? createPostgresTestDb(process.env.TEST_DATABASE_URL!) : Promise.resolve(createSqliteTestDb());
}

/** Always SQLite, for tests of SQLite itself (backup, restore). */
export function createSqliteTestDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "afk-test-"));
  const file = path.join(dir, "test.db");
  migrateTestDb(file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    file,
    url,
    provider: "sqlite" as const,
    async dispose() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
  const name = `afk_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const migrator = new pg.Client({ connectionString: url.toString() });
  await migrator.connect();
  try {
    // Sent whole: PostgreSQL runs a multi-statement simple query as one transaction.
    for (const script of migrationScripts("postgresql")) await migrator.query(script);
  } finally {
    await migrator.end();
  }
  // Every query is a round trip to the server, and a busy 2-core machine runs several test files
  // at once: transactions get room beyond Prisma's default 5 s.
  const db = createPrismaClient(url.toString(), { max: 4, transactionOptions: { maxWait: 20_000, timeout: 60_000 } });
  return {
    db,
    url: url.toString(),
    provider: "postgresql",
    async dispose() {
      await db.$disconnect();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
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

/**
 * A policy version of `year` in one of the states the public side tells apart: a draft (no
 * snapshot), adopted, adopted and published, or withdrawn (adopted, its publication taken back).
 */
export async function createTestPolicyVersion(
  db: PrismaClient,
  municipalityId: string,
  year: number,
  snapshot: PolicySnapshot,
  state: "published" | "adopted" | "draft" | "withdrawn",
) {
  const { json, hash } = freezeSnapshot(snapshot);
  const adopted = state !== "draft";
  return db.policyVersion.create({
    data: {
      municipalityId,
      year,
      status: adopted ? "adopted" : "draft",
      snapshotJson: adopted ? json : null,
      snapshotHash: adopted ? hash : null,
      adoptedAt: adopted ? new Date(Date.UTC(year, 11, 1)) : null,
      councilDecisionDate: adopted ? `${year}-12-01` : null,
      councilDecisionRef: adopted ? `RB-${year}` : null,
      publishedAt: state === "published" ? new Date(Date.UTC(year, 11, 2)) : null,
    },
  });
}
