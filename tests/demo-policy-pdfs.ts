/**
 * The demo's policy PDFs as a reader downloads them: last year's adopted and published version
 * (from its frozen snapshot) and this year's draft (gathered now), rendered by the app's own
 * pipeline from a freshly seeded demo database. For tests that check the PDF the way a reader
 * or a screen reader meets it. Not part of the app.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { todayInNL } from "@/lib/catalogue/schema";
import { seedDemo } from "@/lib/demo/seed";
import { ATTACHMENT_NAME, policyExportOf } from "@/lib/policy/export-import";
import { gatherPolicy } from "@/lib/policy/gather";
import { policyTranslator } from "@/lib/policy/i18n";
import { previousAdopted } from "@/lib/policy/mutations";
import { renderPolicyPdf } from "@/lib/policy/pdf/render";
import { readSnapshot } from "@/lib/policy/snapshot";
import { buildPolicyView } from "@/lib/policy/view";
import type { PolicyView } from "@/lib/policy/view-model";
import { createTestDb } from "@/tests/test-db";

export type DemoPolicyPdf = {
  name: "published" | "draft";
  file: string;
  bytes: Uint8Array;
  view: PolicyView;
  version: { year: number; councilDecisionDate: string | null; evaluationDate: string | null; adoptedAt: Date | null };
};

/** Seeds the demo in a throwaway database and writes both PDFs to a temporary folder. */
export async function renderDemoPolicyPdfs(): Promise<DemoPolicyPdf[]> {
  const { db, dispose } = await createTestDb();
  try {
    const seeded = await seedDemo(db);
    const municipalityId = seeded.municipalities.get("voorbeeldstad")!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-policy-pdf-"));
    const versions = await db.policyVersion.findMany({ where: { municipalityId }, orderBy: { year: "asc" } });
    const pdfs: DemoPolicyPdf[] = [];
    for (const version of versions) {
      const adopted = version.status === "adopted" && version.snapshotHash && version.snapshotJson;
      const now = new Date();
      const snapshot = adopted
        ? readSnapshot(version.snapshotJson!, version.snapshotHash)
        : await gatherPolicy(db, municipalityId, {
            year: version.year,
            introduction: version.introduction,
            summary: version.summary,
            evaluationDate: version.evaluationDate,
            today: todayInNL(now),
            adoption: null,
            previous: await previousAdopted(db, municipalityId, version.year),
          });
      const hash = adopted ? version.snapshotHash : null;
      const locale = "nl";
      const view = buildPolicyView({ snapshot, status: adopted ? "adopted" : "draft", hash, locale, t: policyTranslator(locale) });
      const envelope = policyExportOf("voorbeeldstad", version, snapshot, hash, version.adoptedAt ?? now);
      const bytes = await renderPolicyPdf(view, { fileName: ATTACHMENT_NAME, json: JSON.stringify(envelope), description: view.meta.title }, version.adoptedAt ?? now);
      const name = adopted ? "published" : "draft";
      const file = path.join(dir, `${name}.pdf`);
      fs.writeFileSync(file, bytes);
      pdfs.push({ name, file, bytes, view, version });
    }
    return pdfs;
  } finally {
    await dispose();
  }
}
