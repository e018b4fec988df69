/**
 * The bench's own databases (scripts/bench-run.ts): created, migrated, seeded, measured; never
 * the database in use.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createPrismaClient } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/provider";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

/**
 * The URL of the bench's own database `name`: a SQLite file in data/, or, when `server` (by default
 * DATABASE_URL) names a PostgreSQL server, a database of that name on it. Never the database in use.
 */
export function benchDatabaseUrl(name: string, server = process.env.DATABASE_URL): string {
  if (server && databaseProvider(server) === "postgresql") {
    const url = new URL(server);
    url.pathname = `/${name.replace(/-/g, "_")}`;
    return url.toString();
  }
  return `file:./data/${name}.db`;
}

async function postgresAdmin<T>(url: string, work: (client: import("pg").Client, database: string) => Promise<T>): Promise<T> {
  const { Client } = (await import("pg")).default;
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client, decodeURIComponent(target.pathname.slice(1)));
  } finally {
    await client.end();
  }
}

/** Removes the bench database `url` and creates it empty. */
export async function dropDatabase(url: string) {
  if (databaseProvider(url) === "postgresql") {
    await postgresAdmin(url, async (client, database) => {
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    });
    return;
  }
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Creates the database when it is missing and applies the migrations. */
export async function migrate(url: string) {
  if (databaseProvider(url) === "postgresql") {
    await postgresAdmin(url, async (client, database) => {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    });
  } else {
    fs.mkdirSync("data", { recursive: true });
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...env, DATABASE_URL: url }, stdio: "ignore" });
}

export function seedDemo(url: string) {
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...env, DATABASE_URL: url }, stdio: "ignore" });
}

/** Rows per table and the size of the database. */
export async function databaseSize(url: string): Promise<{ rows: Record<string, number>; bytes: number }> {
  const db = createPrismaClient(url, { exitOnIdle: true });
  try {
    const rows: Record<string, number> = {
      Municipality: await db.municipality.count(),
      user: await db.user.count(),
      Membership: await db.membership.count(),
      Assessment: await db.assessment.count(),
      Answer: await db.answer.count(),
      AnswerRevision: await db.answerRevision.count(),
      Risk: await db.risk.count(),
      SectionReview: await db.sectionReview.count(),
      Comment: await db.comment.count(),
      PolicyVersion: await db.policyVersion.count(),
      AuditEntry: await db.auditEntry.count(),
    };
    let bytes: number;
    if (databaseProvider(url) === "postgresql") {
      const [{ size }] = await db.$queryRawUnsafe<{ size: bigint }[]>("SELECT pg_database_size(current_database()) AS size");
      bytes = Number(size);
    } else {
      await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      bytes = fs.statSync(url.replace(/^file:/, "")).size;
    }
    return { rows, bytes };
  } finally {
    await db.$disconnect();
  }
}

export function printSize(label: string, size: { rows: Record<string, number>; bytes: number }) {
  const rows = Object.entries(size.rows)
    .map(([table, count]) => `${table} ${count.toLocaleString("en")}`)
    .join(", ");
  console.log(`${label}: ${(size.bytes / 1024 / 1024).toFixed(1)} MB; rows: ${rows}`);
}

/**
 * The statements whose plan reads a whole table, on SQLite (EXPLAIN QUERY PLAN, parameters NULL:
 * the plan follows the indexes, not the values). A scan of a table that grows with municipalities
 * or years is a missing index.
 */
export async function tableScans(url: string, statements: readonly string[]): Promise<{ statement: string; scans: string[] }[]> {
  if (databaseProvider(url) !== "sqlite") return [];
  const db = createPrismaClient(url, { exitOnIdle: true });
  try {
    const found: { statement: string; scans: string[] }[] = [];
    for (const statement of new Set(statements)) {
      if (!/^\s*(SELECT|UPDATE|DELETE)/i.test(statement)) continue;
      const parameters = (statement.match(/\?/g) ?? []).map(() => null);
      const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${statement}`, ...parameters).catch(() => []);
      // "SCAN <table>" without an index reads every row; "SCAN … USING COVERING INDEX" reads a whole index.
      // A subquery's result ("SCAN sub") is no table.
      const scans = plan.map((step) => step.detail).filter((detail) => /^SCAN /.test(detail) && !/^SCAN (CONSTANT ROW|json_each|sub\b)/.test(detail));
      if (scans.length > 0) found.push({ statement, scans });
    }
    return found;
  } finally {
    await db.$disconnect();
  }
}
