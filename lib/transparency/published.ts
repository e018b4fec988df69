import type { Tx } from "@/lib/db";
import { readFigures, type SnapshotTransparency } from "@/lib/transparency/schema";

/** The approved reports of a year's assessments, by assessment id: what the policy document publishes (a draft report never). */
export async function approvedTransparency(client: Tx, municipalityId: string, assessmentIds: string[]): Promise<Record<string, SnapshotTransparency>> {
  const reports = await client.transparencyReport.findMany({ where: { municipalityId, assessmentId: { in: assessmentIds }, status: "approved" } });
  return Object.fromEntries(
    reports.map((report) => [report.assessmentId, { figures: readFigures(report.figures), dilemmas: report.dilemmas, approvedAt: (report.approvedAt ?? report.updatedAt).toISOString() }]),
  );
}
