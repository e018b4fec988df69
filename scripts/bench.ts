/**
 * npm run bench — what users wait for, each figure a ratio to /api/health measured in the same
 * run (issue 19). Prepares its own database (data/bench.db, or the database `bench` on the server
 * DATABASE_URL names when that is PostgreSQL), builds into .next-bench, starts the production
 * server on a free port, signs in as the demo advisor and loads each target in turn:
 * the signed-in pages, the autosave through the real server action, the public page and the
 * adopted PDF and JSON. Then the statements each request runs, first-load JavaScript per route,
 * the policy PDF against Chromium (scripts/bench-pdf.ts), and one `TARGET … met|missed` line per target.
 *   BENCH_SECONDS (default 8), BENCH_CLIENTS (default 50), BENCH_SKIP_BUILD=1 (reuse .next-bench)
 */
import { benchDatabaseUrl, dropDatabase, migrate, seedDemo } from "./bench-database";
import { printTable, printTargets, targets } from "./bench-report";
import { benchPdf, build, runBench } from "./bench-run";

const url = benchDatabaseUrl("bench");
await dropDatabase(url);
await migrate(url);
seedDemo(url);
build();
const result = await runBench("demo data", url);
printTable(result);
const pdfRatio = benchPdf();
printTargets(targets(result, pdfRatio));
