import type { Tx } from "@/lib/db";
import { ActionError } from "@/lib/validation/action-error";
import { figureKeys, readFigures, type TransparencyFigures } from "@/lib/transparency/schema";

/**
 * The transparency report of one assessment (a channel in a year): entered by the advisor,
 * approved by a second person (four eyes: not the one who last changed it). Saving an approved
 * report opens it again, so what is published is always what someone else approved.
 */

async function findAssessment(tx: Tx, municipalityId: string, assessmentId: string) {
  const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, municipalityId }, select: { id: true, channelId: true, year: true } });
  if (!assessment) throw new ActionError("not_found", "assessment_not_found");
  return assessment;
}

export async function saveTransparency(
  tx: Tx,
  params: { municipalityId: string; assessmentId: string; userId: string; expectedVersion: number; figures: TransparencyFigures; dilemmas: string },
) {
  const assessment = await findAssessment(tx, params.municipalityId, params.assessmentId);
  const existing = await tx.transparencyReport.findUnique({ where: { assessmentId: assessment.id } });
  const figures = JSON.stringify(Object.fromEntries(figureKeys.map((key) => [key, params.figures[key]])));
  if (!existing) {
    if (params.expectedVersion !== 0) throw new ActionError("conflict", "stale_version");
    const created = await tx.transparencyReport.create({
      data: { municipalityId: params.municipalityId, assessmentId: assessment.id, figures, dilemmas: params.dilemmas, updatedById: params.userId },
    });
    return { report: created, reopened: false };
  }
  const updated = await tx.transparencyReport.updateMany({
    where: { id: existing.id, version: params.expectedVersion },
    data: { figures, dilemmas: params.dilemmas, status: "draft", updatedById: params.userId, approvedById: null, approvedAt: null, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ActionError("conflict", "stale_version");
  return { report: await tx.transparencyReport.findUniqueOrThrow({ where: { id: existing.id } }), reopened: existing.status === "approved" };
}

export async function approveTransparency(tx: Tx, params: { municipalityId: string; assessmentId: string; userId: string; expectedVersion: number; now: Date }) {
  const report = await tx.transparencyReport.findFirst({ where: { assessmentId: params.assessmentId, municipalityId: params.municipalityId } });
  if (!report) throw new ActionError("not_found", "transparency_not_found");
  if (report.status === "approved") throw new ActionError("not_allowed_in_state", "already_approved");
  if (report.updatedById === params.userId) throw new ActionError("forbidden", "four_eyes", undefined, { reason: "four_eyes" });
  const updated = await tx.transparencyReport.updateMany({
    where: { id: report.id, version: params.expectedVersion, status: "draft" },
    data: { status: "approved", approvedById: params.userId, approvedAt: params.now, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ActionError("conflict", "stale_version");
  return { id: report.id, figures: readFigures(report.figures) };
}
