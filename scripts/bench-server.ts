/**
 * The production server of `npm run bench` and its kin (scripts/bench-run.ts): built into
 * `.next-bench`, started on a free port against the bench's database, signed in as the demo advisor.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export const DIST_DIR = ".next-bench";
const ADVISOR = { email: "advies@voorbeeldstad.nl", password: "Demo-wachtwoord-2026" };

export const settings = {
  seconds: Number(process.env.BENCH_SECONDS ?? 8),
  clients: Number(process.env.BENCH_CLIENTS ?? 50),
};

const baseEnv = {
  ...process.env,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0123",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  NEXT_DIST_DIR: DIST_DIR,
};

export const redact = (url: string) => url.replace(/\/\/[^@/]*@/, "//…@");

/** Always build: figures from a build of older code would mislead (the build cache keeps it quick). */
export function build() {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  // next build adds its own dist folder's types to tsconfig.json; the bench leaves the file as it was.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    execFileSync("npx", ["next", "build"], { env: { ...baseEnv, DATABASE_URL: "file:./data/bench-build.db" }, stdio: ["ignore", "ignore", "inherit"] });
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
}

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

export type Server = { base: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

/** `logQueries`: print every statement (for the counts); `profileDir`: write a CPU profile there when stopped. */
export async function startServer(url: string, { logQueries = false, profileDir }: { logQueries?: boolean; profileDir?: string } = {}): Promise<Server> {
  const port = await freePort();
  // Bound as production binds it (the container: every interface; here only this machine's). With
  // `-H 127.0.0.1` Next 16 sends a proxy rewrite (the frozen public page) through an extra HTTP hop
  // to itself: the origin it compares the rewrite with is not the one it gives the proxy.
  const base = `http://localhost:${port}`;
  const profile = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
  const child = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "localhost"], {
    env: { ...baseEnv, DATABASE_URL: url, BETTER_AUTH_URL: base, DATABASE_LOG_QUERIES: logQueries ? "1" : "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    if (logQueries) output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let attempt = 0; ; attempt++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (attempt > 300 || child.exitCode !== null) throw new Error("the bench server did not start");
    await sleep(200);
  }
  return {
    base,
    process: child,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      // Next ends within a second or two; one that hangs is ended for good.
      const killed = setTimeout(() => child.kill("SIGKILL"), 60_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

export async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify(ADVISOR),
  });
  const cookie = response.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

