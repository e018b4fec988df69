import type { Tx } from "@/lib/db";
import { findAssessmentTx } from "@/lib/assessments/mutations";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { assessmentProgress } from "@/lib/assessments/progress";
import { lastYearValues } from "@/lib/assessments/last-year";
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { findPinnedItem } from "@/lib/assessments/steps";
import { reviewerOf, sectionOfItem, sectionOfRisk, sections, type Section } from "@/lib/reviews/sections";
import {
  ensureSectionRow,
  itemsOfSection,
  sectionOwnersTx,
  sectionRows,
  sectionStatusOf,
  statusOf,
  syncAssessmentStatus,
  type Actor,
} from "@/lib/reviews/section-state";
import {
  checkComment,
  checkRecordDecision,
  checkReopen,
  checkRiskDecision,
  checkSectionReview,
  checkSubmit,
  sectionStatusAfterSubmit,
  statusFromSections,
  firstRound,
  type Decision,
  type RiskDecision,
  type SectionStatus,
  type Verdict,
} from "@/lib/reviews/transitions";
import { ActionError } from "@/lib/validation/action-error";

/**
 * Writes of the review workflow. Each takes a transaction and explicit parameters (no session),
 * asks the rules in transitions.ts first and throws an ActionError with the refusal reason, so
 * the caller's transaction changes nothing and the refusal can be audited. The state of the
 * sections themselves, and reopening them after a change, lives in section-state.ts.
 */

export type { Actor };

/** Refusals carry their reason in `details`, so the browser can say exactly why. */
function enforce(verdict: Verdict, details: Record<string, unknown> = {}) {
  if (verdict.ok) return;
  throw new ActionError(verdict.reason === "wrong_role" ? "forbidden" : "not_allowed_in_state", verdict.reason, undefined, { reason: verdict.reason, ...details });
}

/* ------------------------------------------------------------------------------------------ */
/* Submit                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** Draft or changes requested → in review. Opens every section that has not been reviewed or whose changes were asked for. */
export async function submitForReview(tx: Tx, params: { municipalityId: string; assessmentId: string; actor: Actor }) {
  const assessment = await findAssessmentTx(tx, params.municipalityId, params.assessmentId);
  const from = statusOf(assessment);
  const answers = await tx.answer.findMany({ where: { assessmentId: assessment.id }, select: { itemId: true, value: true, rationale: true, evidence: true, carriedFrom: true } });
  const stored = new Map(answers.map((answer) => [answer.itemId, { value: answer.value === null ? null : (JSON.parse(answer.value) as AnswerValue), rationale: answer.rationale, evidence: answer.evidence }]));
  const lastYearOf = await lastYearValues(tx, params.municipalityId, answers);
  const { answered } = assessmentProgress(pinnedFrameworks(assessment.frameworkVersions), stored, 0, lastYearOf(answers));
  enforce(checkSubmit({ status: from, roles: params.actor.roles, answered }));
  const rows = await sectionRows(tx, assessment.id);
  const statuses: SectionStatus[] = [];
  const toReview: Section[] = [];
  for (const section of sections) {
    const row = rows.get(section);
    const status = sectionStatusAfterSubmit(row ? sectionStatusOf(row) : undefined);
    statuses.push(status);
    if (status === "open" || status === "needs_reapproval") toReview.push(section);
    if (!row) {
      await tx.sectionReview.create({ data: { assessmentId: assessment.id, section, status, round: assessment.reviewRound } });
    } else if (row.status !== status) {
      await tx.sectionReview.update({ where: { id: row.id }, data: { status } });
    }
  }
  const to = statusFromSections(statuses);
  await tx.assessment.update({ where: { id: assessment.id }, data: { status: to, version: { increment: 1 } } });
  const owners = await sectionOwnersTx(tx, params.municipalityId);
  return { assessment, from, to, toReview, reviewerRoles: [...new Set(toReview.map((section) => reviewerOf(section, owners)))] };
}

/* ------------------------------------------------------------------------------------------ */
/* Approve / request changes                                                                   */
/* ------------------------------------------------------------------------------------------ */

/**
 * Four eyes: did this person change an answer of the section in the section's current round?
 * Every save leaves an AnswerRevision with the round. A section's first round reaches back to
 * the creation of the assessment, so there the last editor of each answer counts as well: that
 * also covers answers carried over from last year or imported without a revision.
 */
export async function editedInRound(tx: Tx, params: { assessmentId: string; userId: string; round: number; itemRefs: string[] }) {
  if (params.itemRefs.length === 0) return false;
  const revised = await tx.answerRevision.count({
    where: { assessmentId: params.assessmentId, changedById: params.userId, reviewRound: { gte: params.round }, itemId: { in: params.itemRefs } },
  });
  if (revised > 0) return true;
  if (params.round > firstRound) return false;
  const placed = await tx.answer.count({ where: { assessmentId: params.assessmentId, updatedById: params.userId, itemId: { in: params.itemRefs } } });
  return placed > 0;
}

async function sectionContext(tx: Tx, params: { municipalityId: string; assessmentId: string; section: Section }) {
  const assessment = await findAssessmentTx(tx, params.municipalityId, params.assessmentId);
  const owners = await sectionOwnersTx(tx, params.municipalityId);
  const row = (await sectionRows(tx, assessment.id)).get(params.section);
  const risks = await tx.risk.findMany({ where: { assessmentId: assessment.id }, select: { id: true, ownerRole: true, decision: true } });
  const sectionRisks = risks.filter((risk) => sectionOfRisk(risk.ownerRole) === params.section);
  return { assessment, owners, row, sectionRisks, reviewerRole: reviewerOf(params.section, owners) };
}

export async function approveSection(tx: Tx, params: { municipalityId: string; assessmentId: string; section: Section; rationale: string; actor: Actor }) {
  const { assessment, owners, row, sectionRisks, reviewerRole } = await sectionContext(tx, params);
  const round = row?.round ?? assessment.reviewRound;
  const itemRefs = itemsOfSection(assessment.frameworkVersions, params.section, owners);
  const edited = await editedInRound(tx, { assessmentId: assessment.id, userId: params.actor.id, round, itemRefs });
  const undecided = sectionRisks.filter((risk) => risk.decision === null).length;
  enforce(
    checkSectionReview({
      action: "approve",
      status: statusOf(assessment),
      sectionStatus: sectionStatusOf(row),
      roles: params.actor.roles,
      reviewerRole,
      editedThisRound: edited,
      undecidedRisks: undecided,
    }),
    { section: params.section, undecidedRisks: undecided },
  );
  await tx.sectionReview.update({
    where: { id: await ensureSectionRow(tx, assessment, params.section, row) },
    data: { status: "approved", reviewerId: params.actor.id, reviewerRole, rationale: params.rationale, decidedAt: new Date() },
  });
  // An approval closes the section's round: later edits count for a new round (see docs/review-workflow.md).
  const change = await syncAssessmentStatus(tx, assessment, { reviewRound: assessment.reviewRound + 1 });
  return { ...change, section: params.section, previous: sectionStatusOf(row), round };
}

export async function requestChanges(
  tx: Tx,
  params: { municipalityId: string; assessmentId: string; section: Section; message: string; itemRef: string; actor: Actor },
) {
  const { assessment, owners, row, reviewerRole } = await sectionContext(tx, params);
  enforce(
    checkSectionReview({
      action: "request_changes",
      status: statusOf(assessment),
      sectionStatus: sectionStatusOf(row),
      roles: params.actor.roles,
      reviewerRole,
      editedThisRound: false,
      undecidedRisks: 0,
    }),
    { section: params.section },
  );
  if (params.itemRef && !itemsOfSection(assessment.frameworkVersions, params.section, owners).includes(params.itemRef)) {
    throw new ActionError("invalid", "item_not_in_section", { itemRef: "invalid_value" });
  }
  await tx.sectionReview.update({
    where: { id: await ensureSectionRow(tx, assessment, params.section, row) },
    data: { status: "changes_requested", reviewerId: params.actor.id, reviewerRole, rationale: params.message, decidedAt: new Date() },
  });
  const comment = await tx.comment.create({
    data: { assessmentId: assessment.id, section: params.section, itemId: params.itemRef || null, authorId: params.actor.id, body: params.message },
  });
  const change = await syncAssessmentStatus(tx, assessment);
  return { ...change, section: params.section, previous: sectionStatusOf(row), commentId: comment.id, advisorId: assessment.createdById };
}

/* ------------------------------------------------------------------------------------------ */
/* Risks                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export type RiskDecisionParams = {
  municipalityId: string;
  assessmentId: string;
  riskId: string;
  decision: RiskDecision;
  rationale: string;
  riskOwner: string;
  reviewDate: string;
  measures: string;
  mitigationBy: string;
  actor: Actor;
};

export async function decideRisk(tx: Tx, params: RiskDecisionParams) {
  const assessment = await findAssessmentTx(tx, params.municipalityId, params.assessmentId);
  const risk = await tx.risk.findFirst({ where: { id: params.riskId, assessmentId: assessment.id } });
  if (!risk) throw new ActionError("not_found", "unknown_risk");
  const owners = await sectionOwnersTx(tx, params.municipalityId);
  const section = sectionOfRisk(risk.ownerRole);
  const row = (await sectionRows(tx, assessment.id)).get(section);
  const authored =
    risk.createdById === params.actor.id ||
    (await editedInRound(tx, {
      assessmentId: assessment.id,
      userId: params.actor.id,
      round: row?.round ?? assessment.reviewRound,
      itemRefs: itemsOfSection(assessment.frameworkVersions, section, owners),
    }));
  enforce(
    checkRiskDecision({
      status: statusOf(assessment),
      sectionStatus: sectionStatusOf(row),
      roles: params.actor.roles,
      reviewerRole: reviewerOf(section, owners),
      authoredThisRound: authored,
    }),
    { section, riskId: risk.id },
  );
  const accepted = params.decision === "accepted";
  const mitigated = params.decision === "mitigated";
  const updated = await tx.risk.update({
    where: { id: risk.id },
    data: {
      decision: params.decision,
      decisionRationale: params.rationale || null,
      riskOwner: accepted ? params.riskOwner : null,
      reviewDate: accepted ? params.reviewDate : null,
      measures: mitigated ? params.measures : risk.measures,
      mitigationBy: mitigated ? params.mitigationBy : null,
      decidedById: params.actor.id,
      decidedAt: new Date(),
      // A decision is a change the advisor's risk form must not silently overwrite.
      version: { increment: 1 },
    },
  });
  return { risk: updated, previous: risk.decision, section };
}

/* ------------------------------------------------------------------------------------------ */
/* Decision on the channel                                                                     */
/* ------------------------------------------------------------------------------------------ */

export async function recordDecision(
  tx: Tx,
  params: { municipalityId: string; assessmentId: string; decision: Decision; conditions: string; phaseOutDate: string; rationale: string; actor: Actor },
) {
  const assessment = await findAssessmentTx(tx, params.municipalityId, params.assessmentId);
  const risks = await tx.risk.findMany({ where: { assessmentId: assessment.id }, select: { id: true, title: true, decision: true } });
  const riskDecisions = risks.map((risk) => (risk.decision as RiskDecision | null) ?? null);
  enforce(checkRecordDecision({ status: statusOf(assessment), roles: params.actor.roles, decision: params.decision, riskDecisions }), {
    notAccepted: risks.filter((risk) => risk.decision === "not_accepted").map((risk) => risk.title),
  });
  await tx.assessment.update({
    where: { id: assessment.id },
    data: {
      status: "decided",
      decision: params.decision,
      decisionConditions: params.decision === "use_with_conditions" ? params.conditions : null,
      phaseOutDate: params.decision === "phase_out" ? params.phaseOutDate : null,
      decisionRationale: params.rationale,
      decidedById: params.actor.id,
      decidedAt: new Date(),
      version: { increment: 1 },
    },
  });
  return { from: statusOf(assessment), to: "decided" as const };
}

/**
 * Takes a decision back: the assessment returns to review with every section to approve again
 * (from a new round, so four eyes counts the changes made from now on) and the decision is
 * cleared, to be recorded anew. Risk decisions stay; their reviewers may change them. The
 * previous decision is returned for the audit trail.
 */
export async function reopenDecision(tx: Tx, params: { municipalityId: string; assessmentId: string; reason: string; actor: Actor }) {
  const assessment = await findAssessmentTx(tx, params.municipalityId, params.assessmentId);
  const adopted = await tx.policyVersion.count({ where: { municipalityId: params.municipalityId, year: assessment.year, status: "adopted" } });
  enforce(checkReopen({ status: statusOf(assessment), roles: params.actor.roles, policyAdopted: adopted > 0 }));
  const rows = await sectionRows(tx, assessment.id);
  for (const section of sections) {
    const row = rows.get(section);
    const data = { status: "needs_reapproval" satisfies SectionStatus, round: assessment.reviewRound };
    if (row) await tx.sectionReview.update({ where: { id: row.id }, data });
    else await tx.sectionReview.create({ data: { assessmentId: assessment.id, section, ...data } });
  }
  await tx.assessment.update({
    where: { id: assessment.id },
    data: {
      status: "in_review",
      decision: null,
      decisionConditions: null,
      phaseOutDate: null,
      decisionRationale: null,
      decidedById: null,
      decidedAt: null,
      version: { increment: 1 },
    },
  });
  const owners = await sectionOwnersTx(tx, params.municipalityId);
  return {
    assessment,
    from: "decided" as const,
    to: "in_review" as const,
    previous: {
      decision: assessment.decision,
      conditions: assessment.decisionConditions,
      phaseOutDate: assessment.phaseOutDate,
      rationale: assessment.decisionRationale,
      decidedById: assessment.decidedById,
      decidedAt: assessment.decidedAt?.toISOString() ?? null,
    },
    reviewerRoles: [...new Set(sections.map((section) => reviewerOf(section, owners)))],
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Comments                                                                                    */
/* ------------------------------------------------------------------------------------------ */

export async function addComment(
  tx: Tx,
  params: { municipalityId: string; assessmentId: string; section: Section | ""; itemRef: string; parentId: string; body: string; actor: Actor },
) {
  const assessment = await findAssessmentTx(tx, params.municipalityId, params.assessmentId);
  enforce(checkComment({ status: statusOf(assessment), roles: params.actor.roles }));
  if (params.parentId) {
    const parent = await tx.comment.findFirst({ where: { id: params.parentId, assessmentId: assessment.id } });
    if (!parent) throw new ActionError("not_found", "unknown_comment");
    // Threads are one level deep: a reply to a reply joins the thread it belongs to.
    const rootId = parent.parentId ?? parent.id;
    const comment = await tx.comment.create({
      data: { assessmentId: assessment.id, section: parent.section, itemId: parent.itemId, parentId: rootId, authorId: params.actor.id, body: params.body },
    });
    // A reply to a resolved thread reopens it: there is something to discuss again.
    await tx.comment.updateMany({ where: { id: rootId, resolved: true }, data: { resolved: false } });
    return comment;
  }
  let section: Section | null = params.section || null;
  if (params.itemRef) {
    const pinned = findPinnedItem(pinnedFrameworks(assessment.frameworkVersions), params.itemRef);
    if (!pinned) throw new ActionError("not_found", "unknown_item");
    section = sectionOfItem(params.itemRef, pinned.item.owner, await sectionOwnersTx(tx, params.municipalityId));
  }
  return tx.comment.create({
    data: { assessmentId: assessment.id, section, itemId: params.itemRef || null, authorId: params.actor.id, body: params.body },
  });
}

export async function setCommentResolved(tx: Tx, params: { municipalityId: string; assessmentId: string; commentId: string; resolved: boolean; actor: Actor }) {
  const assessment = await findAssessmentTx(tx, params.municipalityId, params.assessmentId);
  enforce(checkComment({ status: statusOf(assessment), roles: params.actor.roles }));
  const comment = await tx.comment.findFirst({ where: { id: params.commentId, assessmentId: assessment.id } });
  if (!comment) throw new ActionError("not_found", "unknown_comment");
  const rootId = comment.parentId ?? comment.id;
  await tx.comment.update({ where: { id: rootId }, data: { resolved: params.resolved } });
  return { rootId };
}
