import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { todayInNL } from "@/lib/catalogue/schema";
import { sectionOwnersFromSettings } from "@/lib/reviews/sections";
import type { Verdict } from "@/lib/reviews/transitions";
import { ActionError } from "@/lib/validation/action-error";
import { DPIA_ITEM, EXIT_DEADLINE_ITEM, evaluationDueDate } from "@/lib/evaluations/due-date";
import { figureValue, isEvaluationStatus, type EvaluationData, type EvaluationStatus } from "@/lib/evaluations/schema";
import { checkReviewEvaluation, checkSetDueDate, checkSubmitEvaluation } from "@/lib/evaluations/transitions";

/**
 * Writes of the evaluation. Each takes a transaction and explicit parameters (no session), asks
 * the rules in transitions.ts first and throws an ActionError with the refusal reason, so the
 * caller's transaction changes nothing and the refusal can be audited.
 */

function enforce(verdict: Verdict) {
  if (verdict.ok) return;
  throw new ActionError(verdict.reason === "wrong_role" ? "forbidden" : "not_allowed_in_state", verdict.reason, undefined, { reason: verdict.reason });
}

function answerText(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" && parsed !== "" ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Gives every channel decision of the municipality's latest adopted policy its evaluation, with
 * the due date its assessment implies (due-date.ts). Decisions that already have one keep it, so
 * this runs at adoption, from the scheduled job and from the demo seed alike.
 */
export async function ensureEvaluations(tx: Tx, params: { municipalityId: string }) {
  const policy = await tx.policyVersion.findFirst({
    where: { municipalityId: params.municipalityId, status: "adopted" },
    orderBy: { year: "desc" },
    select: { id: true, year: true, adoptedAt: true },
  });
  if (!policy?.adoptedAt) return [];
  const decided = await tx.assessment.findMany({
    where: { municipalityId: params.municipalityId, year: policy.year, status: "decided", decision: { not: null }, evaluation: null },
    select: {
      id: true,
      channelId: true,
      phaseOutDate: true,
      answers: { where: { itemId: { in: [EXIT_DEADLINE_ITEM, DPIA_ITEM] } }, select: { itemId: true, value: true } },
      risks: { where: { decision: "accepted", reviewDate: { not: null } }, select: { reviewDate: true } },
    },
  });
  const adoptedOn = todayInNL(policy.adoptedAt);
  const created = [];
  for (const assessment of decided) {
    const answer = (itemId: string) => answerText(assessment.answers.find((row) => row.itemId === itemId)?.value);
    const due = evaluationDueDate({
      adoptedOn,
      exitDeadline: answer(EXIT_DEADLINE_ITEM),
      phaseOutDate: assessment.phaseOutDate,
      riskReviewDates: assessment.risks.map((risk) => risk.reviewDate!),
      dpia: answer(DPIA_ITEM),
    });
    created.push(
      await tx.evaluation.create({
        data: { municipalityId: params.municipalityId, policyVersionId: policy.id, assessmentId: assessment.id, channelId: assessment.channelId, year: policy.year, ...due },
      }),
    );
  }
  return created;
}

export async function findEvaluationTx(tx: Tx, municipalityId: string, evaluationId: string) {
  const evaluation = await tx.evaluation.findFirst({ where: { id: evaluationId, municipalityId } });
  if (!evaluation) throw new ActionError("not_found", "unknown_evaluation");
  return { ...evaluation, status: (isEvaluationStatus(evaluation.status) ? evaluation.status : "open") as EvaluationStatus };
}

/** The advisor fills in the evaluation and submits it for review in one step. */
export async function submitEvaluation(tx: Tx, params: { municipalityId: string; data: EvaluationData; user: { id: string }; roles: readonly Role[]; now: Date }) {
  const { data } = params;
  const evaluation = await findEvaluationTx(tx, params.municipalityId, data.evaluationId);
  enforce(checkSubmitEvaluation({ status: evaluation.status, roles: params.roles }));
  const measurements = {
    reach: Object.fromEntries(Object.entries(data.reach).map(([audience, typed]) => [audience, figureValue(typed)])),
    engagement: figureValue(data.engagement),
    incidents: figureValue(data.incidents),
    complaints: figureValue(data.complaints),
    hours: figureValue(data.hours),
    costs: figureValue(data.costs),
  };
  const updated = await tx.evaluation.updateMany({
    where: { id: evaluation.id, version: data.expectedVersion },
    data: {
      measurements: JSON.stringify(measurements),
      exitTriggers: data.exitTriggers,
      outcome: data.outcome,
      rationale: data.rationale,
      status: "in_review",
      editedById: params.user.id,
      submittedAt: params.now,
      reviewerId: null,
      reviewerRole: null,
      reviewNote: null,
      reviewedAt: null,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new ActionError("conflict", "stale_version");
  return { id: evaluation.id, channelId: evaluation.channelId, year: evaluation.year, outcome: data.outcome, version: evaluation.version + 1 };
}

/** IBD consideration 5, "evaluate regularly": the question of next year's assessment an approved evaluation answers. */
export const EVALUATE_ITEM = "ibd-overwegingen:ibd.consideration.evaluate";

/**
 * Carries an approved evaluation into next year's assessment of the channel, while that is a draft:
 * "evaluate regularly" is answered yes, with the evaluation's rationale. An answer carried from last
 * year that nobody confirmed yet is replaced and still awaits confirmation; one given or confirmed
 * this year stays as it is.
 */
async function carryIntoNextYear(tx: Tx, evaluation: { municipalityId: string; assessmentId: string; rationale: string; editedById: string | null }) {
  const next = await tx.assessment.findFirst({
    where: { municipalityId: evaluation.municipalityId, previousAssessmentId: evaluation.assessmentId, status: "draft" },
    select: { id: true, frameworkVersions: true, answers: { where: { itemId: EVALUATE_ITEM } } },
  });
  if (!next || !evaluation.editedById || !(JSON.parse(next.frameworkVersions) as Record<string, string>)[EVALUATE_ITEM.split(":")[0]]) return null;
  const existing = next.answers[0];
  const value = JSON.stringify("yes");
  if (!existing) {
    await tx.answer.create({ data: { assessmentId: next.id, itemId: EVALUATE_ITEM, value, rationale: evaluation.rationale, updatedById: evaluation.editedById } });
  } else if (existing.carriedFrom && existing.version === 1) {
    await tx.answer.update({ where: { id: existing.id }, data: { value, rationale: evaluation.rationale } });
  } else {
    return null;
  }
  return next.id;
}

/** The reviewer approves or sends it back with a note; four eyes as for an assessment section. */
export async function reviewEvaluation(
  tx: Tx,
  params: { municipalityId: string; evaluationId: string; action: "approve" | "request_changes"; note: string; user: { id: string }; roles: readonly Role[]; now: Date },
) {
  const evaluation = await findEvaluationTx(tx, params.municipalityId, params.evaluationId);
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: params.municipalityId }, select: { settings: true } });
  const reviewerRole = sectionOwnersFromSettings(municipality.settings).reviewers.communication;
  enforce(checkReviewEvaluation({ action: params.action, status: evaluation.status, roles: params.roles, reviewerRole, ownEdits: evaluation.editedById === params.user.id }));
  const status = params.action === "approve" ? "approved" : "changes_requested";
  await tx.evaluation.update({
    where: { id: evaluation.id },
    data: { status, reviewerId: params.user.id, reviewerRole, reviewNote: params.note || null, reviewedAt: params.now, version: { increment: 1 } },
  });
  const carriedInto = status === "approved" ? await carryIntoNextYear(tx, evaluation) : null;
  return { id: evaluation.id, status, channelId: evaluation.channelId, year: evaluation.year, carriedInto };
}

/** The advisor moves the due date; the reminders follow the new date. */
export async function setEvaluationDueDate(tx: Tx, params: { municipalityId: string; evaluationId: string; dueDate: string; roles: readonly Role[] }) {
  const evaluation = await findEvaluationTx(tx, params.municipalityId, params.evaluationId);
  enforce(checkSetDueDate({ status: evaluation.status, roles: params.roles }));
  await tx.evaluation.update({ where: { id: evaluation.id }, data: { dueDate: params.dueDate, dueReason: "advisor", version: { increment: 1 } } });
  return { id: evaluation.id, before: evaluation.dueDate, after: params.dueDate };
}
