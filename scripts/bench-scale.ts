/**
 * npm run bench:scale — the bench of `npm run bench` on the demo data and on a database at the
 * scale of every Dutch municipality (lib/demo/scale.ts: 342 municipalities × 20 channels × 5 years),
 * in one run, the scale's ratios beside the demo's. The scale database (data/bench-scale.db, or
 * the database `bench_scale` on the PostgreSQL server DATABASE_URL names) is generated once and
 * kept: the generator is idempotent, so a second run only benches (BENCH_SCALE_FRESH=1 starts over).
 * Ends with the TARGET lines of both runs, the quotient of each ratio (target: within 1.2×) and
 * the statements per request on both (target: the same).
 *   BENCH_SCALE_MUNICIPALITIES (default 340 besides the demo's two), BENCH_SECONDS, BENCH_CLIENTS
 */
import { createPrismaClient } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/provider";
import { policyYearNow } from "@/lib/assessments/policy-year";
import { generateScale, scaleDefaults } from "@/lib/demo/scale";
import { benchDatabaseUrl, databaseSize, dropDatabase, migrate, printSize, seedDemo, tableScans } from "./bench-database";
import { printTable, printTargets, REFERENCE_PAGE, targets, type Target } from "./bench-report";
import { benchPdf, build, runBench } from "./bench-run";

const options = { ...scaleDefaults, municipalities: Number(process.env.BENCH_SCALE_MUNICIPALITIES ?? scaleDefaults.municipalities) };
const demoUrl = benchDatabaseUrl("bench");
const scaleUrl = benchDatabaseUrl("bench-scale");

await dropDatabase(demoUrl);
await migrate(demoUrl);
seedDemo(demoUrl);

if (process.env.BENCH_SCALE_FRESH === "1") await dropDatabase(scaleUrl);
await migrate(scaleUrl);
seedDemo(scaleUrl);
const started = performance.now();
const db = createPrismaClient(scaleUrl, { exitOnIdle: true, transactionOptions: { maxWait: 60_000, timeout: 600_000 } });
try {
  const written = await generateScale(db, databaseProvider(scaleUrl), options, policyYearNow(), (line) => console.log(`  ${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`));
  console.log(`Generated ${written} municipalities in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await db.$disconnect();
}
printSize("Demo database", await databaseSize(demoUrl));
printSize("Scale database", await databaseSize(scaleUrl));

build();
const demo = await runBench("demo", demoUrl);
const scale = await runBench("scale", scaleUrl);
console.log("\nDemo data");
printTable(demo);
console.log("\nAt scale, beside the demo (quotient = demo ratio / scale ratio; above 1: slower at scale)");
printTable(scale, demo);

// Where the plans read whole tables (SQLite's EXPLAIN QUERY PLAN; the indexes are the same in both databases' migrations).
const scans = await tableScans(scaleUrl, scale.rows.flatMap((row) => row.statements ?? []));
console.log(`\nStatements of these requests that read a whole table at scale: ${scans.length}${databaseProvider(scaleUrl) === "sqlite" ? "" : " (checked on SQLite only)"}`);
for (const { statement, scans: steps } of scans) console.log(`  ${steps.join("; ")}: ${statement.slice(0, 240)}`);

const pdfRatio = benchPdf();
printTargets(targets(demo, pdfRatio));
printTargets(targets(scale, pdfRatio), ":scale");
const within: Target[] = [];
for (const row of scale.rows) {
  const other = demo.rows.find((candidate) => candidate.name === row.name);
  if (!other || row.name.startsWith("/api/health") || row.name === REFERENCE_PAGE) continue;
  const name = row.name.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "");
  within.push({ name: `scale-quotient:${name}`, measured: other.ratio / row.ratio, goal: 1.2, atMost: true });
  within.push({ name: `scale-queries:${name}`, measured: row.queries ?? Number.NaN, goal: other.queries ?? Number.NaN, atMost: true });
}
if (databaseProvider(scaleUrl) === "sqlite") within.push({ name: "table-scans:scale", measured: scans.length, goal: 0, atMost: true });
printTargets(within);
