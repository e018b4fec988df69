/**
 * PDF benchmark: renders the policy document of a synthetic municipality with 15 assessed
 * channels (every question answered, three risks each, last year's version to compare with),
 * warm, several times, and prints the median: as the app does it (tagged, two parts side by side
 * in worker threads, joined, numbered, snapshot attached) and, for comparison, the whole document
 * drawn in one go on this thread.
 * Then Chromium prints the web version of the same
 * document (static HTML of components/policy with the app's CSS and the same fonts) and the
 * ratio of the two. Also how long a cached PDF of an adopted version takes to serve.
 *   npx tsx scripts/bench-pdf.ts   (npm run bench runs it after the HTTP part)
 *   BENCH_PDF_RUNS (default 7)
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// The server runs React's production build; measure that one (React picks its build when first loaded).
(process.env as Record<string, string>).NODE_ENV = "production";
const [{ createElement }, { renderToStaticMarkup }, { chromium }, { PDFDocument }] = await Promise.all([
  import("react"),
  import("react-dom/server"),
  import("playwright-core"),
  import("pdf-lib"),
]);
const [{ PolicyDocument }, { chapterGroups }, { PDF_FONTS }, { drawPolicyPdf }, { ATTACHMENT_NAME, policyExportOf }, { buildSnapshot }, { policyTranslator }, { cacheKey, cachedPdf, forgetCachedPdf }, { renderPolicyPdf }, { samplePolicySources }, { freezeSnapshot }, { buildPolicyView }] =
  await Promise.all([
    import("@/components/policy/policy-document"),
    import("@/lib/policy/pdf/document"),
    import("@/lib/policy/pdf/styles"),
    import("@/lib/policy/pdf/draw"),
    import("@/lib/policy/export-import"),
    import("@/lib/policy/gather"),
    import("@/lib/policy/i18n"),
    import("@/lib/policy/pdf/cache"),
    import("@/lib/policy/pdf/render"),
    import("@/lib/policy/sample"),
    import("@/lib/policy/snapshot"),
    import("@/lib/policy/view"),
  ]);
type PolicyView = ReturnType<typeof buildPolicyView>;

const CHANNELS = 15;
const runs = Number(process.env.BENCH_PDF_RUNS ?? 7);
/**
 * A server's PDF workers live as long as it does. Each has its own JIT, which takes about six
 * documents to settle (the first runs took 2.6, 1.3, 0.8, 0.8, 0.7 s, then about 0.6 s); the other
 * two warm up as long, to compare like with like.
 */
const WARM_UP_RUNS = 8;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function timed<T>(count: number, run: () => Promise<T>): Promise<{ times: number[]; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    last = await run();
    times.push(performance.now() - started);
  }
  return { times, last: last as T };
}

const pageCount = async (bytes: Uint8Array | Buffer) => (await PDFDocument.load(new Uint8Array(bytes), { updateMetadata: false })).getPageCount();

/** The web version as one static HTML page, with the app's component CSS and the PDF's fonts inlined. */
function webVersionHtml(view: PolicyView) {
  const css = (file: string) => fs.readFileSync(path.join(process.cwd(), file), "utf8");
  const font = (file: string, weight: number) =>
    `@font-face{font-family:"Noto Sans";font-weight:${weight};src:url(data:font/ttf;base64,${fs.readFileSync(path.join(process.cwd(), "assets/fonts", file)).toString("base64")}) format("truetype")}`;
  const globals = css("app/globals.css").replace(/@import[^;]+;/g, "");
  const styles = [
    font("noto-sans-latin-400-normal.ttf", 400),
    font("noto-sans-latin-700-normal.ttf", 700),
    css("node_modules/@utrecht/component-library-css/dist/index.css"),
    css("node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"),
    globals,
  ].join("\n");
  const body = renderToStaticMarkup(createElement(PolicyDocument, { view }));
  return `<!doctype html><html lang="${view.locale}" class="voorbeeld-theme"><head><meta charset="utf-8"><title>${view.meta.title}</title><style>${styles}</style></head><body class="utrecht-document">${body}</body></html>`;
}

export async function benchPdf() {
  const year = new Date().getFullYear();
  const previous = buildSnapshot(samplePolicySources(CHANNELS - 3, year - 1), {
    year: year - 1,
    introduction: "",
    summary: "",
    evaluationDate: null,
    today: `${year - 1}-11-20`,
    adoption: null,
    previous: null,
  });
  const snapshot = buildSnapshot(samplePolicySources(CHANNELS, year), {
    year,
    introduction: "Dit beleid beschrijft welke kanalen de gemeente gebruikt, waarom, en onder welke voorwaarden.\n\nHet volgt het VNG-afwegingskader en de IBD-overwegingen.",
    summary: "De gemeente zet alle belangrijke informatie op de website. Sociale media zijn een extra kanaal.",
    evaluationDate: `${year + 1}-10-01`,
    today: `${year}-11-20`,
    adoption: { councilDecisionDate: `${year}-11-19`, councilDecisionRef: "RB-BENCH-1", adoptedAt: `${year}-11-20T10:00:00.000Z`, adoptedBy: "Bench" },
    previous: { year: year - 1, hash: null, snapshot: previous },
  });
  const { hash } = freezeSnapshot(snapshot);
  const view = buildPolicyView({ snapshot, status: "adopted", hash, locale: "nl", t: policyTranslator("nl") });
  const adoptedAt = new Date(snapshot.adoption!.adoptedAt);
  const envelope = JSON.stringify(
    policyExportOf("bench", { year, status: "adopted", introduction: snapshot.introduction, summary: snapshot.summary, evaluationDate: snapshot.evaluationDate, councilDecisionDate: snapshot.adoption!.councilDecisionDate, councilDecisionRef: snapshot.adoption!.councilDecisionRef, adoptedAt }, snapshot, hash, adoptedAt),
  );
  const render = () => renderPolicyPdf(view, { fileName: ATTACHMENT_NAME, json: envelope, description: view.meta.title }, adoptedAt);

  console.log(`\nPDF: policy document with ${CHANNELS} channels, ${runs} warm runs each (median)`);
  await timed(WARM_UP_RUNS, render);
  const reactPdf = await timed(runs, render);
  const reactMedian = median(reactPdf.times);
  // For comparison: the whole document drawn in one go on this thread (no parts, no joining).
  const whole = { front: true, groups: chapterGroups(view.chapters).map((_, index) => index) };
  const renderWhole = () => drawPolicyPdf({ view, date: adoptedAt, fontFamily: PDF_FONTS.plain, part: whole });
  await timed(WARM_UP_RUNS, renderWhole);
  const oneThread = await timed(runs, renderWhole);

  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  let chromeMedian = Number.NaN;
  let chromePages = 0;
  try {
    const html = webVersionHtml(view);
    const page = await browser.newPage();
    const print = async () => {
      await page.setContent(html, { waitUntil: "load" });
      return page.pdf({
        format: "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font-size:7pt;width:100%;margin:0 2cm;display:flex;justify-content:space-between"><span>${view.footer}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
        margin: { top: "2cm", bottom: "2.2cm", left: "2cm", right: "2cm" },
        // Like the policy PDF: tagged (a structure tree) and with bookmarks.
        tagged: true,
        outline: true,
      });
    };
    await timed(WARM_UP_RUNS, print);
    const chrome = await timed(runs, print);
    chromeMedian = median(chrome.times);
    chromePages = await pageCount(chrome.last);
  } finally {
    await browser.close();
  }

  // An adopted version is rendered once per snapshot hash; afterwards requests are served from the cache.
  // The bench has no database: a map stands in for the RenderedDocument table.
  const rows = new Map<string, Uint8Array>();
  const store = {
    renderedDocument: {
      findUnique: async ({ where }: { where: { key: string } }) => (rows.has(where.key) ? { bytes: rows.get(where.key)! } : null),
      create: async ({ data }: { data: { key: string; bytes: Uint8Array } }) => rows.set(data.key, data.bytes),
      deleteMany: async ({ where }: { where: { key: string } }) => rows.delete(where.key),
    },
  };
  const key = `bench-${cacheKey(hash, "nl")}`;
  await cachedPdf(store, key, render);
  const cached = await timed(runs, () => cachedPdf(store, key, render));
  await forgetCachedPdf(store, key);

  const row = (name: string, ms: number, extra: string) => console.log(`${name.padEnd(34)} median ${ms.toFixed(0).padStart(6)} ms  ${extra}`);
  row("react-pdf tagged, 2 parts, workers", reactMedian, `${await pageCount(reactPdf.last)} pages, ${(reactPdf.last.length / 1024).toFixed(0)} kB, runs ${reactPdf.times.map((t) => t.toFixed(0)).join(" ")}`);
  row("react-pdf, whole on this thread", median(oneThread.times), "(drawing only: no joining, numbers or attachment)");
  row("Chromium page.pdf, tagged, of web", chromeMedian, `${chromePages} pages`);
  row("adopted version from cache", median(cached.times), "(by snapshot hash)");
  console.log(`ratio react-pdf / Chromium: ${(reactMedian / chromeMedian).toFixed(2)} (below 1: react-pdf is faster); target: at most 0.6 (issue 15)`);
  return { reactMedian, chromeMedian };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchPdf();
