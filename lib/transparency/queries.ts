import "server-only";
import { db } from "@/lib/db";
import { readFigures } from "@/lib/transparency/schema";

/** The transparency report of an assessment of this municipality, or null when none was entered yet. */
export async function getTransparency(municipalityId: string, assessmentId: string) {
  const report = await db.transparencyReport.findFirst({ where: { municipalityId, assessmentId } });
  if (!report) return null;
  const people = await db.user.findMany({ where: { id: { in: [report.updatedById, report.approvedById ?? ""] } }, select: { id: true, name: true } });
  const name = (id: string | null) => people.find((person) => person.id === id)?.name ?? null;
  return {
    figures: readFigures(report.figures),
    dilemmas: report.dilemmas,
    status: report.status === "approved" ? ("approved" as const) : ("draft" as const),
    version: report.version,
    updatedById: report.updatedById,
    updatedBy: name(report.updatedById),
    updatedAt: report.updatedAt,
    approvedBy: name(report.approvedById),
    approvedAt: report.approvedAt,
  };
}
