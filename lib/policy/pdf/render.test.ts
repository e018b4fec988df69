import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { buildSnapshot } from "@/lib/policy/gather";
import { extractPdfAttachment, readImportFile } from "@/lib/policy/export-import";
import { policyTranslator } from "@/lib/policy/i18n";
import { samplePolicySources } from "@/lib/policy/sample";
import { freezeSnapshot } from "@/lib/policy/snapshot";
import { buildPolicyView } from "@/lib/policy/view";
import { renderPolicyPdf } from "./render";

const adoption = { councilDecisionDate: "2026-11-20", councilDecisionRef: "RB-2026-041", adoptedAt: "2026-11-21T10:00:00.000Z", adoptedBy: "Beheerder" };
const snapshot = buildSnapshot(samplePolicySources(2, 2026), {
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

describe("renderPolicyPdf", () => {
  it("writes a PDF/A-3b file with the document's metadata and the snapshot attached for re-import", async () => {
    const bytes = await render();
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe("Beleid sociale media 2026 – Gemeente Voorbeeldstad");
    expect(pdf.getAuthor()).toBe("Gemeente Voorbeeldstad");
    expect(pdf.getPageCount()).toBeGreaterThan(5);
    const text = Buffer.from(bytes).toString("latin1");
    expect(text).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(text).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    const attached = await extractPdfAttachment(bytes);
    expect(attached).toBe(envelope);
    const read = await readImportFile(bytes);
    expect(read.ok && read.kind === "policy" && read.data.policy.snapshotHash).toBe(hash);
  }, 30_000);

  it("gives the same file for the same snapshot", async () => {
    const [first, second] = [await render(), await render()];
    expect(first.length).toBe(second.length);
    expect(first.every((byte, index) => byte === second[index])).toBe(true);
  }, 30_000);
});
