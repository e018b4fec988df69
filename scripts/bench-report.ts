/**
 * The table of `npm run bench` and the TARGET lines of issue 19 (scripts/bench-run.ts).
 */
import type { BenchResult } from "./bench-run";

/** A page measured beside the targets, with no target of its own: see its row in scripts/bench-run.ts. */
export const REFERENCE_PAGE = "framework page (reference)";

/** What a page's HTML weighs: all of it, and the RSC payload it carries (decoded; the same content again, as data for React in the browser). */
export type PageSize = { html: number; payload: number };

export function pageSize(html: string): PageSize {
  const payload = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].reduce((sum, match) => sum + Buffer.byteLength(JSON.parse(match[1]) as string), 0);
  return { html: Buffer.byteLength(html), payload };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The table; with `beside`, that run's ratios in a column of their own and the quotient of the two. */
export function printTable(result: BenchResult, beside?: BenchResult) {
  const header = ["target", "ok", "errors", "median ms", "p95 ms", "req/s", "ratio", "queries", "HTML kB", "RSC kB"];
  if (beside) header.push(`ratio (${beside.label})`, "quotient", `queries (${beside.label})`);
  const lines = result.rows.map((row) => {
    const cells = [
      row.name,
      String(row.measured.ok),
      String(row.measured.errors),
      row.measured.median.toFixed(1),
      row.measured.p95.toFixed(1),
      row.measured.perSecond.toFixed(0),
      row.ratio.toFixed(3),
      String(row.queries ?? "?"),
      row.page ? (row.page.html / 1024).toFixed(0) : "",
      row.page ? (row.page.payload / 1024).toFixed(0) : "",
    ];
    if (beside) {
      const other = beside.rows.find((candidate) => candidate.name === row.name);
      cells.push(other ? other.ratio.toFixed(3) : "-", other ? (other.ratio / row.ratio).toFixed(2) : "-", String(other?.queries ?? "?"));
    }
    return cells;
  });
  printColumns([header, ...lines]);
  for (const row of result.rows) if (row.measured.firstError) console.log(`first error of ${row.name}: ${row.measured.firstError}`);
  console.log(
    `HTML kB: a page's HTML as served, uncompressed; RSC kB: React's payload for the browser it carries (decoded). ` +
      `The ${REFERENCE_PAGE} has no target: it reads no database and shows what rendering a page of that size allows.`,
  );

  console.log(
    `\nFirst-load JavaScript per route, gzipped; framework = the chunks every route with scripts loads, ${kB(result.javascript.framework)} ` +
      `(of which Next.js and React's runtime, the build's root main files, ${kB(result.javascript.runtime)})`,
  );
  const js = [["route", "first load", "above framework", ...(beside ? [`first load (${beside.label})`] : [])]];
  for (const route of result.javascript.routes) {
    const other = beside?.javascript.routes.find((candidate) => candidate.name === route.name);
    js.push([`${route.name} ${route.path}`, kB(route.bytes), kB(aboveFramework(route.bytes, result.javascript.framework)), ...(beside ? [other ? kB(other.bytes) : "-"] : [])]);
  }
  printColumns(js);
}

/** Rows as columns: the first left-aligned, the others right-aligned. */
export function printColumns(rows: string[][]) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "));
}

// ---------- targets --------------------------------------------------------------------------

export type Target = { name: string; measured: number; goal: number; atMost?: boolean; unit?: string };

/** The targets of issue 19, from one run. */
export function targets(result: BenchResult, pdfRatio: number): Target[] {
  const ratio = (name: string) => result.rows.find((row) => row.name === name)!.ratio;
  const list: Target[] = [
    { name: "dashboard", measured: ratio("dashboard"), goal: 0.15 },
    { name: "wizard-step", measured: ratio("wizard step (vng)"), goal: 0.15 },
    { name: "comparison", measured: ratio("comparison"), goal: 0.15 },
    { name: "risk-register", measured: ratio("risk register"), goal: 0.15 },
    { name: "summary", measured: ratio("summary (scoring)"), goal: 0.1 },
    { name: "autosave", measured: ratio("autosave (server action)"), goal: 0.5 },
    { name: "public-policy-page", measured: ratio("public policy page"), goal: 0.5 },
    { name: "adopted-pdf", measured: ratio("adopted PDF"), goal: 0.5 },
    { name: "adopted-json", measured: ratio("adopted JSON"), goal: 0.5 },
    { name: "pdf-render-vs-chromium", measured: pdfRatio, goal: 0.6, atMost: true },
  ];
  const framework = result.javascript.framework;
  for (const route of result.javascript.routes.filter((candidate) => candidate.name !== REFERENCE_PAGE)) {
    list.push({ name: `first-load-js-kB-above-framework:${route.name.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "")}`, measured: aboveFramework(route.bytes, framework) / 1024, goal: 40, atMost: true });
  }
  const errors = result.rows.reduce((sum, row) => sum + row.measured.errors, 0);
  list.push({ name: "errors", measured: errors, goal: 0, atMost: true });
  return list;
}

export function printTargets(list: Target[], suffix = "") {
  console.log("");
  for (const target of list) {
    const met = target.atMost ? target.measured <= target.goal : target.measured >= target.goal;
    const digits = Number.isInteger(target.goal) && target.goal >= 1 ? 1 : 3;
    console.log(`TARGET ${target.name}${suffix} ${target.measured.toFixed(digits)} ${target.goal} ${met ? "met" : "missed"}`);
  }
}

/** The PDF render against Chromium (scripts/bench-pdf.ts), in its own process; returns the ratio. */

/** A route's first-load JavaScript beyond the framework's part; a page with no scripts at all has none. */
function aboveFramework(bytes: number, framework: number) {
  return bytes === 0 ? 0 : bytes - framework;
}
