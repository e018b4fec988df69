import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";
import { buildSnapshot } from "@/lib/policy/gather";
import { extractPdfAttachment } from "@/lib/policy/attachment";
import { readImportFile } from "@/lib/policy/export-import";
import { policyTranslator } from "@/lib/policy/i18n";
import { samplePolicySources } from "@/lib/policy/sample";
import { freezeSnapshot } from "@/lib/policy/snapshot";
import { buildPolicyView } from "@/lib/policy/view";
import { renderPolicyPdf } from "./render";

const adoption = { councilDecisionDate: "2026-11-20", councilDecisionRef: "RB-2026-041", adoptedAt: "2026-11-21T10:00:00.000Z", adoptedBy: "Beheerder" };
// Two channels with an approved transparency report, so the PDF carries that chapter's chart and table too.
const sources = samplePolicySources(6, 2026);
const figures = (base: number) => ({ reach: base * 100, posts: base, commentsModerated: base * 4, commentsRemoved: base, accountsBlocked: 2, incidents: 1, requestsFromPlatform: 0, requestsToPlatform: 3, costs: base * 50 });
sources.transparency = {
  [sources.assessments[0].id]: { figures: figures(120), dilemmas: "Een reactie vol scheldwoorden bleef een uur staan: verwijderen of laten staan als bewijs?", approvedAt: "2026-11-01T10:00:00.000Z" },
  [sources.assessments[1].id]: { figures: { ...figures(40), costs: null }, dilemmas: "", approvedAt: "2026-11-01T10:00:00.000Z" },
};
const snapshot = buildSnapshot(sources, {
  year: 2026,
  introduction: "Inleiding met café, ’s-Hertogenbosch en Łódź.",
  summary: "Samenvatting.",
  evaluationDate: "2027-10-01",
  today: "2026-11-21",
  adoption,
  previous: null,
});
const { json, hash } = freezeSnapshot(snapshot);
const view = buildPolicyView({ snapshot, status: "adopted", hash, locale: "nl", t: policyTranslator("nl") });
const envelope = JSON.stringify({
  format: "afwegingskader/policy",
  formatVersion: 1,
  exportedAt: adoption.adoptedAt,
  source: { municipality: "voorbeeldstad", app: "afwegingskader" },
  policy: { year: 2026, status: "adopted", introduction: snapshot.introduction, summary: snapshot.summary, evaluationDate: "2027-10-01", councilDecisionDate: adoption.councilDecisionDate, councilDecisionRef: adoption.councilDecisionRef, adoptedAt: adoption.adoptedAt, snapshot: JSON.parse(json), snapshotHash: hash },
});
const render = () => renderPolicyPdf(view, { fileName: "beleid-snapshot.json", json: envelope, description: view.meta.title }, new Date(adoption.adoptedAt));

// A render starts worker threads and lays out a whole document: seconds when idle, far more on a
// busy 2-core machine. The limits only guard against a hang.
describe("renderPolicyPdf", () => {
  it("writes a PDF/A-3a file with the document's metadata and the snapshot attached for re-import", async () => {
    const bytes = await render();
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe("Beleid sociale media 2026 – Gemeente Voorbeeldstad");
    expect(pdf.getAuthor()).toBe("Gemeente Voorbeeldstad");
    expect(pdf.getPageCount()).toBeGreaterThan(5);
    const text = Buffer.from(bytes).toString("latin1");
    expect(text).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(text).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
    const attached = await extractPdfAttachment(bytes, { marker: "afwegingskader/policy", maxBytes: 1_400_000 });
    expect(attached).toEqual({ ok: true, text: envelope });
    const read = await readImportFile(bytes);
    expect(read.ok && read.kind === "policy" && read.data.policy.snapshotHash).toBe(hash);
  }, 120_000);

  it("gives the same file for the same snapshot", async () => {
    const [first, second] = [await render(), await render()];
    expect(first.length).toBe(second.length);
    expect(first.every((byte, index) => byte === second[index])).toBe(true);
  }, 120_000);
});

/** The bookmarks in order: title and the index of the page they open. */
function bookmarks(pdf: PDFDocument) {
  const pageIndex = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const found: { title: string; page: number }[] = [];
  const outlines = pdf.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  let item = outlines?.lookupMaybe(PDFName.of("First"), PDFDict);
  while (item) {
    const title = item.lookup(PDFName.of("Title"));
    const target = item.lookup(PDFName.of("Dest"), PDFArray).get(0);
    found.push({ title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : "", page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1 });
    item = item.lookupMaybe(PDFName.of("Next"), PDFDict);
  }
  return found;
}

describe("renderPolicyPdf joins the parts it renders side by side", () => {
  it("numbers the pages through, and the bookmarks and the table of contents lead to each chapter's first page", async () => {
    const bytes = await render();
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "policy-pdf-")), "policy.pdf");
    fs.writeFileSync(file, bytes);
    const pageText = (page: number) => execFileSync("pdftotext", ["-f", String(page + 1), "-l", String(page + 1), "-layout", file, "-"], { encoding: "utf8" });
    const pages = pdf.getPageCount();
    const contents = pageText(1);

    const marks = bookmarks(pdf);
    expect(marks.map((mark) => mark.title)).toEqual(view.chapters.map((chapter) => chapter.title));
    for (const mark of marks) {
      const text = pageText(mark.page);
      expect(text).toContain(mark.title);
      expect(text).toContain(`Pagina ${mark.page + 1} van ${pages}`);
      const row = contents.split("\n").find((line) => line.trim().startsWith(mark.title));
      expect(row?.trim().endsWith(` ${mark.page + 1}`), `${mark.title} in the table of contents`).toBe(true);
    }
    // Chapters from the second part are there too, after the first part's pages.
    expect(marks.at(-1)!.page).toBeGreaterThan(marks[0].page);
  }, 120_000);

  it("gives every font subset its own name (a composite font and its descendant share one)", async () => {
    const pdf = await PDFDocument.load(await render(), { updateMetadata: false });
    const subsets = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => (object instanceof PDFDict && object.get(PDFName.of("Subtype")) === PDFName.of("Type0") ? object.get(PDFName.of("BaseFont")) : undefined))
      .filter((name): name is PDFName => name instanceof PDFName && name.decodeText().includes("+"))
      .map((name) => name.decodeText());
    expect(subsets.length).toBeGreaterThan(2);
    expect(new Set(subsets).size).toBe(subsets.length);
  }, 120_000);
});
