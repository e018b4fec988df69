import type { Tx } from "@/lib/db";
import { coverageItems } from "@/lib/assessments/coverage";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { findPinnedItem } from "@/lib/assessments/steps";
import { parseAnswerValue } from "@/lib/frameworks/answer-value";
import { parseMeasurements, outcomes, type Outcome, type SnapshotEvaluation } from "@/lib/policy/evaluation-schema";

type CurrentAssessment = { id: string; channelId: string; previousAssessmentId: string | null };

/**
 * Per assessment id of the year, the approved evaluation of its channel's previous decision: the
 * evaluation of the assessment it started from, else the channel's most recent approved evaluation
 * of an earlier year. An evaluation that is not approved is never published.
 */
export async function approvedEvaluations(client: Tx, municipalityId: string, year: number, assessments: CurrentAssessment[]): Promise<Record<string, SnapshotEvaluation>> {
  if (assessments.length === 0) return {};
  const rows = await client.evaluation.findMany({
    where: { municipalityId, status: "approved", year: { lt: year }, channelId: { in: assessments.map((assessment) => assessment.channelId) } },
    include: { assessment: { select: { frameworkVersions: true, answers: { where: { itemId: coverageItems.audiences }, select: { value: true } } } } },
    orderBy: [{ year: "desc" }, { reviewedAt: "desc" }],
  });
  const reviewers = await client.user.findMany({ where: { id: { in: rows.map((row) => row.reviewerId ?? "") } }, select: { id: true, name: true } });
  const result: Record<string, SnapshotEvaluation> = {};
  for (const assessment of assessments) {
    const row =
      rows.find((candidate) => candidate.assessmentId === assessment.previousAssessmentId) ?? rows.find((candidate) => candidate.channelId === assessment.channelId);
    if (!row || !(outcomes as readonly string[]).includes(row.outcome ?? "")) continue;
    const measured = parseMeasurements(row.measurements);
    result[assessment.id] = {
      year: row.year,
      outcome: row.outcome as Outcome,
      measurements: { ...measured, reach: reachRows(row.assessment, measured.reach) },
      exitTriggers: row.exitTriggers,
      rationale: row.rationale,
      evaluatedAt: (row.submittedAt ?? row.updatedAt).toISOString(),
      approvedAt: (row.reviewedAt ?? row.updatedAt).toISOString(),
      approvedBy: reviewers.find((person) => person.id === row.reviewerId)?.name ?? "",
    };
  }
  return result;
}

/** The reach figures with the audience labels of the evaluated assessment's framework version, so the snapshot names them itself. */
function reachRows(assessment: { frameworkVersions: string; answers: { value: string | null }[] }, reach: Record<string, number | null>): SnapshotEvaluation["measurements"]["reach"] {
  const options = findPinnedItem(pinnedFrameworks(assessment.frameworkVersions), coverageItems.audiences)?.item.options ?? [];
  const chosen = parseAnswerValue(assessment.answers[0]?.value ?? null);
  // The assessment's order of audiences first, then any figure the form kept for an audience no longer chosen.
  const order = [...(Array.isArray(chosen) ? chosen : []), ...Object.keys(reach)].filter((audience, index, all) => all.indexOf(audience) === index && audience in reach);
  return order.map((audience) => {
    const option = options.find((candidate) => candidate.value === audience);
    return { audience, label: option && Array.isArray(chosen) && chosen.length ? option.label : null, value: reach[audience] };
  });
}
