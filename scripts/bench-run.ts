/**
 * The parts of `npm run bench`, `npm run bench:scale` and `npm run bench:profile`: the load on
 * the production server (scripts/bench-server.ts), the query counts, the first-load JavaScript per
 * route, every figure as a ratio to `/api/health` measured in the same run (so that the noise of a
 * busy machine cancels), and the CPU profile of each target.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { setTimeout as sleep } from "node:timers/promises";
import { createPrismaClient } from "@/lib/db/client";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { policyYearNow } from "@/lib/assessments/policy-year";
import { sharedWith } from "@/lib/assessments/steps";
import { pageSize, REFERENCE_PAGE, type PageSize } from "./bench-report";
import { layersOf, sourceMaps, type CpuProfile, type Layer } from "./cpu-profile";
import { DIST_DIR, redact, settings, signIn, startServer, type Server } from "./bench-server";

export { build, settings } from "./bench-server";

const SLUG = "voorbeeldstad";

// ---------- what is measured -----------------------------------------------------------------

type Autosave = { actionId: string; page: string; items: { assessmentId: string; itemRef: string; value: unknown; rationale: string; evidence: string; version: number }[] };
type Subjects = { pages: { name: string; path: string; signedIn: boolean }[]; autosave: Autosave };

/** The server action's id from the build's manifest (the browser sends it as the Next-Action header). */
function actionId(file: string, exportedName: string): { id: string; page: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${file} in the build`);
  return { id: found[0], page: Object.keys(found[1].workers)[0] };
}

/** The demo municipality's pages and, for the autosave, the answers of its drafts (one per client). */
async function subjects(url: string): Promise<Subjects> {
  const db = createPrismaClient(url, { exitOnIdle: true });
  try {
    const municipality = await db.municipality.findUniqueOrThrow({ where: { slug: SLUG } });
    const year = policyYearNow();
    const drafts = await db.assessment.findMany({
      where: { municipalityId: municipality.id, year, status: "draft" },
      orderBy: { channelId: "asc" },
      include: { answers: { orderBy: { itemId: "asc" } } },
    });
    if (drafts.length === 0) throw new Error(`no draft assessment of ${SLUG} in ${year}`);
    const adopted = await db.policyVersion.findFirstOrThrow({
      where: { municipalityId: municipality.id, status: "adopted", publishedAt: { not: null } },
      orderBy: { year: "desc" },
    });
    const wizard = `/m/${SLUG}/assessments/${drafts[0].id}`;
    const action = actionId("lib/assessments/actions.ts", "saveAnswerAction");
    return {
      pages: [
        { name: "dashboard", path: `/m/${SLUG}`, signedIn: true },
        { name: "wizard step (vng)", path: `${wizard}/vng`, signedIn: true },
        { name: "summary (scoring)", path: `${wizard}/summary`, signedIn: true },
        { name: "comparison", path: `/m/${SLUG}/compare`, signedIn: true },
        { name: "risk register", path: `/m/${SLUG}/risks`, signedIn: true },
        { name: "public policy page", path: `/p/${SLUG}/${adopted.year}`, signedIn: false },
        { name: "adopted PDF", path: `/api/public/${SLUG}/policies/${adopted.year}/pdf`, signedIn: false },
        { name: "adopted JSON", path: `/api/public/${SLUG}/policies/${adopted.year}/json`, signedIn: false },
        // No target: a page of about the wizard step's size that reads no database at all (the VNG
        // framework's questions and guidance, as text), to show what rendering alone allows.
        { name: REFERENCE_PAGE, path: "/frameworks/vng-afwegingskader", signedIn: false },
      ],
      autosave: {
        actionId: action.id,
        page: `${wizard}/vng`,
        // Not an answer shared with other questions: saving it changes those too, and another client's save of one of them would be stale.
        items: drafts.flatMap((draft) =>
          draft.answers.filter((answer) => sharedWith(pinnedFrameworks(draft.frameworkVersions), answer.itemId).length === 0).map((answer) => ({
            assessmentId: draft.id,
            itemRef: answer.itemId,
            value: answer.value === null ? null : JSON.parse(answer.value),
            rationale: answer.rationale,
            evidence: answer.evidence,
            version: answer.version,
          })),
        ),
      },
    };
  } finally {
    await db.$disconnect();
  }
}

export type Measured = { name: string; ok: number; errors: number; median: number; p95: number; perSecond: number; firstError?: string };
/** What a request answers: true when as expected, otherwise why not. */
type Outcome = true | string;

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** `clients` loops, each sending its next request when the last one is answered, for `seconds`. */
async function load(name: string, seconds: number, request: (client: number) => Promise<Outcome>): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const end = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: settings.clients }, async (_, client) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const outcome = await request(client).catch((error: Error) => `${error.message} ${String(error.cause ?? "")}`);
        if (outcome === true) latencies.push(performance.now() - t0);
        else {
          errors++;
          firstError ??= outcome;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, ok: latencies.length, errors, median: percentile(latencies, 50), p95: percentile(latencies, 95), perSecond: latencies.length / elapsed, firstError };
}

const get = (url: string, headers: Record<string, string>) => async (): Promise<Outcome> => {
  const response = await fetch(url, { headers, redirect: "manual" });
  await response.arrayBuffer();
  return response.status === 200 || `HTTP ${response.status}`;
};

/**
 * The autosave as the browser sends it: a POST of the step page with the action's id, its input
 * as JSON. Each client edits its own answer (the rationale, back and forth), from the version the
 * last save returned, so no save is refused as stale and every one writes, audits and reopens.
 */
function autosave(base: string, cookie: string, spec: Autosave) {
  const state = spec.items.map((item) => ({ ...item, edits: 0 }));
  return async (client: number): Promise<Outcome> => {
    const item = state[client];
    item.edits++;
    const response = await fetch(`${base}${spec.page}`, {
      method: "POST",
      headers: { cookie, "Next-Action": spec.actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base },
      body: JSON.stringify([
        {
          municipalitySlug: SLUG,
          assessmentId: item.assessmentId,
          itemRef: item.itemRef,
          value: item.value,
          rationale: item.edits % 2 ? `${item.rationale} (bench)` : item.rationale,
          evidence: item.evidence,
          expectedVersion: item.version,
        },
      ]),
    });
    const text = await response.text();
    const version = /"ok":true,"data":\{"version":(\d+),"changed":true/.exec(text);
    if (response.status !== 200 || !version) return `HTTP ${response.status}: ${text.slice(0, 300)}`;
    item.version = Number(version[1]);
    return true;
  };
}

// ---------- first-load JavaScript ------------------------------------------------------------

type Bundle = { name: string; path: string; chunks: Set<string>; page: PageSize };

/** The scripts a route's HTML makes the browser load: its script tags and the client chunks its flight data names; and its size. */
async function firstLoadChunks(base: string, cookie: string, routes: { name: string; path: string; signedIn: boolean }[]): Promise<Bundle[]> {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "build-manifest.json"), "utf8")) as { polyfillFiles: string[] };
  // Only browsers without modules load the polyfills.
  const polyfills = new Set(manifest.polyfillFiles.map((file) => path.basename(file)));
  const bundles: Bundle[] = [];
  for (const route of routes) {
    const html = await fetch(`${base}${route.path}`, { headers: route.signedIn ? { cookie } : {} }).then((r) => r.text());
    const chunks = new Set([...html.matchAll(/static\/chunks\/([\w.~-]+\.js)/g)].map((match) => match[1]).filter((file) => !polyfills.has(file)));
    bundles.push({ ...route, chunks, page: pageSize(html) });
  }
  return bundles;
}

const gzipCache = new Map<string, number>();
function gzipped(chunks: Iterable<string>) {
  let total = 0;
  for (const chunk of chunks) {
    let size = gzipCache.get(chunk);
    if (size === undefined) {
      size = zlib.gzipSync(new Uint8Array(fs.readFileSync(path.join(DIST_DIR, "static", "chunks", chunk))), { level: 9 }).length;
      gzipCache.set(chunk, size);
    }
    total += size;
  }
  return total;
}

// ---------- query counts ---------------------------------------------------------------------

/** Statements per request, each page requested alone on a server that prints every statement. */
async function queryCounts(targets: { name: string; run: () => Promise<Outcome> }[], server: Server) {
  const counts = new Map<string, string[]>();
  const statements = (text: string) =>
    text
      .split("\n")
      .filter((line) => line.startsWith("prisma:query "))
      .map((line) => line.slice("prisma:query ".length));
  for (const target of targets) {
    await target.run(); // warm: the first request of a route loads its code
    const before = server.output().length;
    await target.run();
    // The log is written as the statements run; wait until it has settled.
    let settled = server.output().length;
    for (let tries = 0; tries < 20; tries++) {
      await sleep(50);
      if (server.output().length === settled) break;
      settled = server.output().length;
    }
    counts.set(target.name, statements(server.output().slice(before)));
  }
  return counts;
}

// ---------- the run --------------------------------------------------------------------------

/**
 * One answer per client, and one more for the statement count: those whose save goes through
 * (some answers of the demo's drafts are refused as they stand, e.g. a reason a value no longer allows).
 */
async function savableAnswers(base: string, cookie: string, spec: Autosave): Promise<Autosave["items"]> {
  const saves: Autosave["items"] = [];
  for (const item of spec.items) {
    if (saves.length > settings.clients) break;
    const probe = autosave(base, cookie, { ...spec, items: [item] });
    // Twice: there and back, so the answer is as it was.
    if ((await probe(0)) === true && (await probe(0)) === true) saves.push({ ...item, version: item.version + 2 });
  }
  if (saves.length <= settings.clients) throw new Error(`the autosave needs more than ${settings.clients} answers in drafts (one per client); there are ${saves.length}`);
  return saves;
}

export type BenchResult = {
  label: string;
  rows: { name: string; measured: Measured; ratio: number; queries?: number; statements?: string[]; page?: PageSize }[];
  health: number;
  /** framework: the chunks every route with scripts loads (the brief's "framework part"); runtime: Next.js and React alone (the build's root main files). */
  javascript: { framework: number; runtime: number; routes: { name: string; path: string; bytes: number }[] };
};

/** The whole HTTP bench against the database `url` (already migrated and filled). */
export async function runBench(label: string, url: string): Promise<BenchResult> {
  const subject = await subjects(url);
  let server = await startServer(url);
  const rows: BenchResult["rows"] = [];
  let saves: Autosave["items"] = [];
  let health: number;
  let javascript: BenchResult["javascript"];
  const pageRoutes = subject.pages.filter((page) => !page.path.startsWith("/api/"));
  try {
    const cookie = await signIn(server.base);
    saves = await savableAnswers(server.base, cookie, subject.autosave);
    const requests = [
      ...subject.pages.map((page) => ({ name: page.name, run: get(`${server.base}${page.path}`, page.signedIn ? { cookie } : {}) })),
      { name: "autosave (server action)", run: autosave(server.base, cookie, { ...subject.autosave, items: saves.slice(0, settings.clients) }) },
    ];
    // Warm-up: every route once with a few clients, so the first load of its code is not measured.
    for (const request of requests) await load(request.name, 1, request.run);

    console.log(`\n${label}: ${settings.clients} clients, ${settings.seconds} s per target, ${redact(url)}`);
    // /api/health first and last: the mean is the yardstick, so that load from elsewhere during the run weighs on both sides.
    const healthRequest = get(`${server.base}/api/health`, {});
    const first = await load("/api/health", settings.seconds, healthRequest);
    const measured: Measured[] = [];
    for (const request of requests) measured.push(await load(request.name, settings.seconds, request.run));
    const last = await load("/api/health", settings.seconds, healthRequest);
    health = (first.perSecond + last.perSecond) / 2;
    rows.push({ name: "/api/health (first, last)", measured: { ...first, ok: first.ok + last.ok, errors: first.errors + last.errors, perSecond: health }, ratio: 1 });
    for (const m of measured) rows.push({ name: m.name, measured: m, ratio: m.perSecond / health });

    const routes = await firstLoadChunks(server.base, cookie, [
      { name: "home", path: "/", signedIn: false },
      { name: "frameworks", path: "/frameworks", signedIn: false },
      { name: "sign-in", path: "/sign-in", signedIn: false },
      ...pageRoutes,
    ]);
    // A page without scripts (the frozen public policy page) loads no framework either: the framework is what every page with scripts loads.
    const sharedChunks = routes
      .filter((route) => route.chunks.size > 0)
      .map((route) => route.chunks)
      .reduce((a, b) => new Set([...a].filter((chunk) => b.has(chunk))));
    const buildManifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
    for (const route of routes) {
      const row = rows.find((candidate) => candidate.name === route.name);
      if (row) row.page = route.page;
    }
    javascript = {
      framework: gzipped(sharedChunks),
      runtime: gzipped(buildManifest.rootMainFiles.map((file) => path.basename(file))),
      routes: routes.map((route) => ({ name: route.name, path: route.path, bytes: gzipped(route.chunks) })),
    };
  } finally {
    await server.stop();
  }

  // Statement counts on a second server that logs them (the log would slow the load above).
  server = await startServer(url, { logQueries: true });
  try {
    const cookie = await signIn(server.base);
    const counts = await queryCounts([
      ...subject.pages.map((page) => ({ name: page.name, run: get(`${server.base}${page.path}`, page.signedIn ? { cookie } : {}) })),
      { name: "autosave (server action)", run: () => autosave(server.base, cookie, { ...subject.autosave, items: saves.slice(settings.clients) })(0) },
      { name: "/api/health (first, last)", run: get(`${server.base}/api/health`, {}) },
    ], server);
    for (const row of rows) {
      row.statements = counts.get(row.name) ?? [];
      row.queries = row.statements.length;
    }
  } finally {
    await server.stop();
  }
  return { label, rows, health, javascript };
}

export function benchPdf(): number {
  const output = execFileSync("npx", ["tsx", "scripts/bench-pdf.ts"], { env: { ...process.env, NODE_ENV: "production" }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(output);
  const ratio = /ratio react-pdf \/ Chromium: ([\d.]+)/.exec(output);
  if (!ratio) throw new Error("bench-pdf printed no ratio");
  return Number(ratio[1]);
}

// ---------- where the time goes ----------------------------------------------------------------

export type Profiled = { name: string; requests: number; busy: number; layers: Record<Layer, number> };

/**
 * Each target (and /api/health) on a server of its own that writes a CPU profile: warmed up, then
 * loaded as in the bench; the samples taken during the load are split by layer (scripts/cpu-profile.ts).
 * `only`: the names of the targets to profile, all when empty.
 */
export async function profileBench(url: string, only: string[]): Promise<Profiled[]> {
  const subject = await subjects(url);
  const names = ["/api/health", ...subject.pages.map((page) => page.name), "autosave (server action)"];
  const unknown = only.filter((name) => !names.includes(name));
  if (unknown.length) throw new Error(`no target named ${unknown.join(", ")}; the targets are: ${names.join(", ")}`);
  const sourceOf = sourceMaps();
  const profiled: Profiled[] = [];
  for (const name of names.filter((candidate) => candidate === "/api/health" || only.length === 0 || only.includes(candidate))) {
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "afwegingskader-profile-"));
    try {
      const server = await startServer(url, { profileDir });
      let window: { from: number; to: number; requests: number };
      try {
        const cookie = await signIn(server.base);
        const page = subject.pages.find((candidate) => candidate.name === name);
        const request =
          name === "/api/health"
            ? get(`${server.base}/api/health`, {})
            : page
              ? get(`${server.base}${page.path}`, page.signedIn ? { cookie } : {})
              : autosave(server.base, cookie, { ...subject.autosave, items: await savableAnswers(server.base, cookie, subject.autosave) });
        await load(name, 1, request);
        const from = microseconds();
        const measured = await load(name, settings.seconds, request);
        window = { from, to: microseconds(), requests: measured.ok };
        if (measured.errors) throw new Error(`${name}: ${measured.errors} errors, the first: ${measured.firstError}`);
      } finally {
        await server.stop();
      }
      // One file per thread (the PDF's worker threads write theirs too); the server's own is thread 0.
      const file = fs.readdirSync(profileDir).find((entry) => entry.includes(`.${server.process.pid}.0.`) && entry.endsWith(".cpuprofile"));
      if (!file) throw new Error(`the server wrote no CPU profile into ${profileDir}`);
      const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
      const { busy, layers } = layersOf(profile, sourceOf, window.from, window.to);
      profiled.push({ name, requests: window.requests, busy, layers });
    } finally {
      fs.rmSync(profileDir, { recursive: true, force: true });
    }
  }
  return profiled;
}

/** Now on the monotonic clock V8 stamps its samples with, in microseconds. */
const microseconds = () => Number(process.hrtime.bigint() / 1000n);
