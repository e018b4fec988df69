/**
 * npm run bench — honest figures, no pass/fail. Starts the production server on a free local
 * port with its own database, signs in as the demo advisor, sends a bounded load to the
 * signed-in dashboard and to /api/health, prints median, p95 and throughput, and stops the server.
 *   BENCH_SECONDS (default 20), BENCH_CLIENTS (default 50)
 * Then the policy-PDF benchmark (scripts/bench-pdf.ts).
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const env = {
  ...process.env,
  DATABASE_URL: "file:./data/bench.db",
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0123",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(name: string, url: string, headers: Record<string, string>, duration = seconds) {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + duration * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        try {
          const response = await fetch(url, { headers, redirect: "manual" });
          await response.arrayBuffer();
          if (response.status !== 200) errors++;
          else latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(22)} ${String(latencies.length).padStart(7)} ok  ${String(errors).padStart(4)} errors  ` +
      `median ${percentile(latencies, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(latencies, 95).toFixed(1).padStart(7)} ms  ` +
      `${(latencies.length / elapsed).toFixed(0).padStart(5)} req/s`,
  );
}

async function main() {
  fs.mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`data/bench.db${suffix}`, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
  // Always build: figures from a build of older code would mislead (Next's cache keeps it quick).
  execFileSync("npx", ["next", "build"], { env, stdio: "inherit" });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, BETTER_AUTH_URL: base },
    stdio: "ignore",
  });
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      await sleep(200);
    }
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: base },
      body: JSON.stringify({ email: "advies@voorbeeldstad.nl", password: "Demo-wachtwoord-2026" }),
    });
    const cookie = signIn.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
    if (!signIn.ok || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);

    console.log(`Load: ${clients} concurrent clients for ${seconds} s per target, on ${base} (production build)`);
    await load("warm-up (3 s)", `${base}/m/voorbeeldstad`, { cookie }, 3);
    await load("GET /m/voorbeeldstad", `${base}/m/voorbeeldstad`, { cookie });
    await load("GET /api/health", `${base}/api/health`, {});
  } finally {
    server.kill("SIGTERM");
  }
}

await main();

// ---------- PDF: the policy document (scripts/bench-pdf.ts) -----------------------------------
// react-pdf rendering a 15-channel policy, warm, against Chromium printing its web version.
execFileSync("npx", ["tsx", "scripts/bench-pdf.ts"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
