/**
 * npm run bench — what users wait for, each figure a ratio to /api/health measured in the same
 * run (issue 19). Prepares its own database (data/bench.db, or the database `bench` on the server
 * DATABASE_URL names when that is PostgreSQL), builds into .next-bench, starts the production
 * server on a free port, signs in as the demo advisor and loads each target in turn:
 * the signed-in pages, the autosave through the real server action, the public page and the
 * adopted PDF and JSON, and for reference a page of the same size that reads no database. Then the statements each request runs, first-load JavaScript per route,
 * the policy PDF against Chromium (scripts/bench-pdf.ts), and one `TARGET … met|missed` line per target.
 *   BENCH_DATABASES="sqlite postgres"  both databases in one run, PostgreSQL's ratios beside
 *     SQLite's and its TARGET lines with the suffix `:postgresql`; the server is DATABASE_URL when
 *     that is PostgreSQL, else a throwaway one (scripts/postgres.sh), stopped at the end
 *   BENCH_SECONDS (default 8), BENCH_CLIENTS (default 50), BENCH_SKIP_BUILD=1 (reuse .next-bench)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseProvider } from "@/lib/db/provider";
import { benchDatabaseUrl, dropDatabase, migrate, seedDemo } from "./bench-database";
import { printTable, printTargets, targets } from "./bench-report";
import { benchPdf, build, runBench, type BenchResult } from "./bench-run";

const databases = (process.env.BENCH_DATABASES ?? "").split(/\s+/).filter(Boolean);
const servers: { label: string; server?: string }[] = [];
let throwaway: string | undefined;
if (databases.length === 0) servers.push({ label: databaseProvider(process.env.DATABASE_URL ?? "file:") === "postgresql" ? "postgresql" : "sqlite" });
for (const database of databases) {
  if (database === "sqlite") servers.push({ label: "sqlite", server: "file:./data/bench.db" });
  else if (database === "postgres" || database === "postgresql") {
    let server = process.env.DATABASE_URL;
    if (!server || databaseProvider(server) !== "postgresql") {
      throwaway = fs.mkdtempSync(path.join(os.tmpdir(), "afwegingskader-bench-postgres-"));
      server = execFileSync("bash", ["scripts/postgres.sh", "start", throwaway], { encoding: "utf8" }).trim();
    }
    servers.push({ label: "postgresql", server });
  } else throw new Error(`unknown database in BENCH_DATABASES: ${database} (sqlite or postgres)`);
}

try {
  build();
  const results: BenchResult[] = [];
  for (const { label, server } of servers) {
    const url = benchDatabaseUrl("bench", server);
    await dropDatabase(url);
    await migrate(url);
    seedDemo(url);
    results.push(await runBench(label, url));
  }
  const [first, ...others] = results;
  console.log(`\n${first.label}`);
  printTable(first);
  for (const other of others) {
    console.log(`\n${other.label}, beside ${first.label} (quotient = ${first.label} ratio / ${other.label} ratio; above 1: slower on ${other.label})`);
    printTable(other, first);
  }
  const pdfRatio = benchPdf();
  printTargets(targets(first, pdfRatio));
  for (const other of others) printTargets(targets(other, pdfRatio), `:${other.label}`);
} finally {
  if (throwaway) execFileSync("bash", ["scripts/postgres.sh", "stop", throwaway], { stdio: "inherit" });
}
