import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AFRelationship, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { currentVersions } from "@/lib/assessments/pinned";
import { latestCatalogueVersion } from "@/lib/catalogue/load";
import { buildSnapshot } from "./gather";
import { policyExportOf, readImportFile } from "./export-import";
import { MAX_ATTACHMENT_BYTES, readPdfAttachment } from "./read-attachment";
import { samplePolicySources } from "./sample";
import { ASSESSMENT_EXPORT_FORMAT, MAX_IMPORT_BYTES, POLICY_EXPORT_FORMAT, type AssessmentExport } from "./schema";
import { freezeSnapshot } from "./snapshot";

const meta = { year: 2025, introduction: "Inleiding", summary: "Samenvatting", evaluationDate: "2026-10-01", today: "2025-12-12", previous: null };
const adoption = { councilDecisionDate: "2025-12-11", councilDecisionRef: "RB-2025-087", adoptedAt: "2025-12-12T09:00:00.000Z", adoptedBy: "Beheerder" };

function adoptedExport() {
  const snapshot = buildSnapshot(samplePolicySources(2, 2025), { ...meta, adoption });
  const { hash } = freezeSnapshot(snapshot);
  const version = {
    year: 2025,
    status: "adopted",
    introduction: "Inleiding",
    summary: "Samenvatting",
    evaluationDate: "2026-10-01",
    councilDecisionDate: "2025-12-11",
    councilDecisionRef: "RB-2025-087",
    adoptedAt: new Date("2025-12-12T09:00:00.000Z"),
  };
  return policyExportOf("voorbeeldstad", version, snapshot, hash, new Date());
}

function assessmentFile(): AssessmentExport {
  return {
    format: ASSESSMENT_EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: "2026-11-23T10:00:00.000Z",
    source: { municipality: "voorbeeldstad", app: "afwegingskader" },
    assessment: {
      channel: { id: "mastodon", name: "Mastodon", kind: "open-alternative", digital: true, custom: false, description: "" },
      year: 2026,
      status: "draft",
      frameworkVersions: currentVersions(),
      catalogueVersion: latestCatalogueVersion(),
      factsUsed: {},
      reviewRound: 1,
      decision: { value: null, conditions: null, rationale: null, phaseOutDate: null, decidedAt: null },
      answers: [{ itemRef: "elsa:elsa.why-see", value: "yes", rationale: "Chronologische tijdlijn.", evidence: "" }],
      risks: [],
      sectionReviews: [],
    },
  };
}

describe("readImportFile", () => {
  it("accepts an adopted policy version as exported, with its snapshot and hash", { timeout: 30_000 }, async () => {
    const file = JSON.stringify(adoptedExport());
    const read = await readImportFile(file);
    expect(read.ok && read.kind).toBe("policy");
    if (read.ok && read.kind === "policy") expect(freezeSnapshot(read.data.policy.snapshot!).hash).toBe(read.data.policy.snapshotHash);
  });

  it("refuses what is not JSON, with the parser's reason", async () => {
    const read = await readImportFile("{ this is not json");
    expect(read).toMatchObject({ ok: false, problems: [{ code: "notJson" }] });
  });

  it("refuses a file larger than the limit before reading it", async () => {
    const read = await readImportFile("x".repeat(MAX_IMPORT_BYTES + 1));
    expect(read).toMatchObject({ ok: false, problems: [{ code: "tooLarge", params: { max: MAX_IMPORT_BYTES } }] });
  });

  it("refuses a foreign file and an unknown format version by name", async () => {
    expect(await readImportFile(JSON.stringify({ format: "other-app/export", formatVersion: 1 }))).toMatchObject({
      ok: false,
      problems: [{ code: "unknownFormat", params: { format: "other-app/export" } }],
    });
    expect(await readImportFile(JSON.stringify({ ...adoptedExport(), formatVersion: 2 }))).toMatchObject({
      ok: false,
      problems: [{ code: "unknownFormatVersion", params: { version: "2", supported: 1 } }],
    });
  });

  it("lists every field that fails validation with its path", async () => {
    const file = adoptedExport() as unknown as { policy: Record<string, unknown> };
    file.policy.year = "twee";
    file.policy.status = "frozen";
    const read = await readImportFile(JSON.stringify(file));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      const paths = read.problems.map((problem) => problem.params?.path);
      expect(paths).toContain("policy.year");
      expect(paths).toContain("policy.status");
    }
  });

  it("refuses an adopted version whose data no longer matches its hash", async () => {
    const file = adoptedExport();
    file.policy.snapshot!.summary = "Achteraf gewijzigd";
    expect(await readImportFile(JSON.stringify(file))).toMatchObject({ ok: false, problems: [{ code: "hashMismatch" }] });
  });

  it("checks an assessment's answers against the questions of its framework versions", async () => {
    expect((await readImportFile(JSON.stringify(assessmentFile()))).ok).toBe(true);
    const file = assessmentFile();
    file.assessment.answers.push({ itemRef: "elsa:elsa.does-not-exist", value: "yes", rationale: "", evidence: "" });
    file.assessment.answers.push({ itemRef: "elsa:elsa.platform-explainable", value: "misschien", rationale: "", evidence: "" });
    const read = await readImportFile(JSON.stringify(file));
    expect(read).toMatchObject({ ok: false, problems: [{ code: "unknownItem" }, { code: "invalidAnswer" }] });
  });

  it("keeps what a municipality's own channel says about its hosting, and checks the server name", async () => {
    const file = assessmentFile();
    const own = { id: "custom:own", name: "Mastodon-server Voorbeeldstad", kind: "open-alternative" as const, digital: true, custom: true, description: "", baseChannelId: "mastodon", selfHosted: true };
    file.assessment.channel = { ...own, host: "social.voorbeeldstad.nl" };
    file.assessment.frameworkVersions = currentVersions({ selfHosted: true });
    const read = await readImportFile(JSON.stringify(file));
    expect(read.ok && read.kind === "assessment" && read.data.assessment.channel).toMatchObject({ baseChannelId: "mastodon", selfHosted: true, host: "social.voorbeeldstad.nl" });
    file.assessment.channel = { ...own, host: "https://social.voorbeeldstad.nl" };
    expect(await readImportFile(JSON.stringify(file))).toMatchObject({ ok: false, problems: [{ params: { path: "assessment.channel.host" } }] });
  });

  it("refuses an assessment made with a framework version this installation does not know", async () => {
    const file = assessmentFile();
    file.assessment.frameworkVersions = { ...file.assessment.frameworkVersions, elsa: "1999.1" };
    expect(await readImportFile(JSON.stringify(file))).toMatchObject({ ok: false, problems: [{ code: "unknownFramework", params: { framework: "elsa", version: "1999.1" } }] });
  });

  it("reads the snapshot attached to a policy PDF, and refuses a PDF without one", { timeout: 60_000 }, async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const bare = await pdf.save();
    expect(await readImportFile(bare)).toMatchObject({ ok: false, problems: [{ code: "pdfWithoutSnapshot" }] });
    await pdf.attach(new TextEncoder().encode(JSON.stringify(adoptedExport())), "beleid-snapshot.json", { mimeType: "application/json", afRelationship: AFRelationship.Data });
    const read = await readImportFile(await pdf.save());
    expect(read.ok && read.kind).toBe("policy");
  });
});

/** A PDF whose attachment is `contents`, stored with the given filters, as a hostile file would be. */
async function pdfWithAttachment(contents: Uint8Array, filters: string[]) {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  const { context } = pdf;
  const raw = context.stream(contents, { Type: "EmbeddedFile", Filter: filters.length === 1 ? filters[0] : filters });
  const spec = context.obj({ Type: "Filespec", F: PDFString.of("beleid-snapshot.json"), EF: { F: context.register(raw) } });
  const names = context.obj({ EmbeddedFiles: { Names: [PDFString.of("beleid-snapshot.json"), context.register(spec)] } });
  pdf.catalog.set(PDFName.of("Names"), names);
  return pdf.save();
}

describe("reading a hostile file", () => {
  it("refuses a PDF whose attachment is compressed twice, without inflating it", async () => {
    // 1.5 kB that would expand to 64 MB.
    const bomb = new Uint8Array(deflateSync(new Uint8Array(deflateSync(new Uint8Array(64 * 1024 * 1024).fill(0x20)))));
    const pdf = await pdfWithAttachment(bomb, ["FlateDecode", "FlateDecode"]);
    expect(pdf.length).toBeLessThan(4_000);
    expect(await readImportFile(pdf)).toMatchObject({ ok: false, problems: [{ code: "attachmentEncoding" }] });
  }, 60_000);

  it("stops inflating an attachment at the limit", async () => {
    const envelope = `{"format":"${POLICY_EXPORT_FORMAT}","formatVersion":1,"padding":"${" ".repeat(MAX_ATTACHMENT_BYTES)}"}`;
    const pdf = await pdfWithAttachment(new Uint8Array(deflateSync(envelope)), ["FlateDecode"]);
    expect(await readImportFile(pdf)).toMatchObject({ ok: false, problems: [{ code: "attachmentTooLarge", params: { max: MAX_ATTACHMENT_BYTES } }] });
  }, 60_000);

  it("refuses JSON nested deeper than the limit before parsing it", async () => {
    const deep = `{"format":"${POLICY_EXPORT_FORMAT}","formatVersion":1,"policy":${"[".repeat(600_000)}${"]".repeat(600_000)}}`;
    expect(deep.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(await readImportFile(deep)).toMatchObject({ ok: false, problems: [{ code: "tooDeep" }] });
  });

  it("gives up on a PDF that takes longer to read than allowed, and reads the next one", async () => {
    // Two thousand pages take the worker hundreds of milliseconds to load, far beyond the limit of
    // 1 ms given here; a one-page file could be read within it on a fast machine (a clean CI run did).
    const pdf = await PDFDocument.create();
    for (let page = 1; page <= 2000; page++) pdf.addPage().drawText(`Pagina ${page}`);
    await pdf.attach(new TextEncoder().encode(JSON.stringify(adoptedExport())), "beleid-snapshot.json", { mimeType: "application/json" });
    const bytes = await pdf.save();
    expect(await readPdfAttachment(bytes, 1)).toEqual({ ok: false, problem: "pdfTooComplex" });
    expect(await readPdfAttachment(bytes)).toMatchObject({ ok: true });
  }, 60_000);
});
