/**
 * npm run bench:profile [target …] — where a request's CPU time goes, for the targets of
 * `npm run bench` that miss their goal: the profile behind the closing notes of issue 19. Builds
 * and seeds as the bench does (SQLite, or the PostgreSQL server DATABASE_URL names), then runs each
 * target (all, or those named, e.g. `npm run bench:profile -- dashboard "wizard step (vng)"`) and
 * /api/health on a server that writes a CPU profile, under the bench's load. Prints, per request,
 * the milliseconds of CPU time of each layer, and the ratio to /api/health the target could at most
 * reach if everything but Next.js and React's own work took no time at all.
 *   BENCH_SECONDS, BENCH_CLIENTS, BENCH_SKIP_BUILD as for `npm run bench`
 */
import { databaseProvider } from "@/lib/db/provider";
import { benchDatabaseUrl, dropDatabase, migrate, seedDemo } from "./bench-database";
import { printColumns } from "./bench-report";
import { build, profileBench, settings, type Profiled } from "./bench-run";
import { LAYERS } from "./cpu-profile";

const url = benchDatabaseUrl("bench");
build();
await dropDatabase(url);
await migrate(url);
seedDemo(url);
console.log(`CPU time per request by layer, ms (self time; ${settings.clients} clients, ${settings.seconds} s per target, ${databaseProvider(url)})`);
print(await profileBench(url, process.argv.slice(2)));

function print(profiled: Profiled[]) {
  const health = profiled.find((row) => row.name === "/api/health")!;
  const perRequest = (row: Profiled, ms: number) => ms / Math.max(row.requests, 1);
  const header = ["target", "requests", "CPU ms", ...LAYERS, "ratio", "at most"];
  const rows = profiled.map((row) => {
    const busy = perRequest(row, row.busy);
    const rendering = perRequest(row, row.layers["Next.js and React"]);
    return [
      row.name,
      String(row.requests),
      busy.toFixed(2),
      ...LAYERS.map((layer) => perRequest(row, row.layers[layer]).toFixed(2)),
      // A saturated server answers one request per CPU time it takes: the ratio of two is the inverse ratio of their CPU times.
      (perRequest(health, health.busy) / busy).toFixed(3),
      (perRequest(health, health.busy) / rendering).toFixed(3),
    ];
  });
  printColumns([header, ...rows]);
  console.log("ratio: to /api/health's CPU time per request in this run; at most: the ratio if only Next.js and React's part of the target were left.");
}
