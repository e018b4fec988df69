"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { deliverOutboxInBackground } from "@/lib/notifications/deliver";
import { assessmentLock, findAssessmentTx } from "@/lib/assessments/mutations";
import {
  approveSectionInput,
  commentInput,
  recordDecisionInput,
  reopenInput,
  requestChangesInput,
  resolveCommentInput,
  riskDecisionInput,
  sectionOwnersInput,
  submitInput,
} from "@/lib/reviews/schema";
import {
  addComment,
  approveSection,
  decideRisk,
  recordDecision,
  reopenDecision,
  requestChanges,
  setCommentResolved,
  submitForReview,
} from "@/lib/reviews/mutations";
import { membersWithRoles, saveSectionOwners } from "@/lib/reviews/section-state";
import { queueReviewMail } from "@/lib/reviews/mail";

function refreshReviewPages() {
  revalidatePath("/m/[slug]/assessments/[id]", "layout");
  revalidatePath("/m/[slug]", "page");
  revalidatePath("/m/[slug]/risks", "page");
}

export async function submitForReviewAction(input: unknown) {
  const result = await tenantAction({
    schema: submitInput,
    input,
    permission: "assessment.edit",
    action: "review.submit",
    objectType: "assessment",
    lock: assessmentLock,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const outcome = await submitForReview(tx, { municipalityId: municipality.id, assessmentId: data.assessmentId, actor: { id: user.id, roles } });
      const recipients = await membersWithRoles(tx, municipality.id, outcome.reviewerRoles, user.id);
      const mailed = await queueReviewMail(tx, { kind: "submitted", municipality, assessment: outcome.assessment, actorName: user.name, recipients });
      return { data: { status: outcome.to }, details: { from: outcome.from, to: outcome.to, sections: outcome.toReview, mailed } };
    },
  });
  if (result.ok) {
    refreshReviewPages();
    deliverOutboxInBackground();
  }
  return result;
}

export async function approveSectionAction(input: unknown) {
  const result = await tenantAction({
    schema: approveSectionInput,
    input,
    permission: "review.act",
    action: "review.section.approve",
    objectType: "assessment",
    lock: assessmentLock,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const outcome = await approveSection(tx, { municipalityId: municipality.id, assessmentId: data.assessmentId, section: data.section, rationale: data.rationale, actor: { id: user.id, roles } });
      return {
        data: { status: outcome.to },
        details: { section: data.section, sectionFrom: outcome.previous, sectionTo: "approved", from: outcome.from, to: outcome.to, round: outcome.round, rationale: data.rationale },
      };
    },
  });
  if (result.ok) refreshReviewPages();
  return result;
}

export async function requestChangesAction(input: unknown) {
  const result = await tenantAction({
    schema: requestChangesInput,
    input,
    permission: "review.act",
    action: "review.section.request_changes",
    objectType: "assessment",
    lock: assessmentLock,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const outcome = await requestChanges(tx, {
        municipalityId: municipality.id,
        assessmentId: data.assessmentId,
        section: data.section,
        message: data.message,
        itemRef: data.itemRef,
        actor: { id: user.id, roles },
      });
      // The advisor who started the assessment hears of it; when they left, every advisor does.
      const creator = await membersWithRoles(tx, municipality.id, ["advisor"]).then((advisors) => {
        const own = advisors.filter((advisor) => advisor.id === outcome.advisorId);
        return own.length ? own : advisors;
      });
      const assessment = await findAssessmentTx(tx, municipality.id, data.assessmentId);
      const mailed = await queueReviewMail(tx, {
        kind: "changesRequested",
        municipality,
        assessment,
        actorName: user.name,
        recipients: creator.filter((advisor) => advisor.id !== user.id),
        section: data.section,
        message: data.message,
      });
      return {
        data: { status: outcome.to },
        details: { section: data.section, sectionFrom: outcome.previous, sectionTo: "changes_requested", from: outcome.from, to: outcome.to, item: data.itemRef || null, message: data.message, commentId: outcome.commentId, mailed },
      };
    },
  });
  if (result.ok) {
    refreshReviewPages();
    deliverOutboxInBackground();
  }
  return result;
}

export async function decideRiskAction(input: unknown) {
  const result = await tenantAction({
    schema: riskDecisionInput,
    input,
    permission: "risk.decide",
    action: "review.risk.decide",
    objectType: "risk",
    lock: assessmentLock,
    objectId: (data) => data.riskId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const outcome = await decideRisk(tx, { ...data, municipalityId: municipality.id, actor: { id: user.id, roles } });
      return {
        data: { riskId: outcome.risk.id },
        details: {
          assessmentId: data.assessmentId,
          title: outcome.risk.title,
          section: outcome.section,
          from: outcome.previous,
          to: data.decision,
          rationale: data.rationale || null,
          ...(data.decision === "accepted" ? { riskOwner: data.riskOwner, reviewDate: data.reviewDate } : {}),
          ...(data.decision === "mitigated" ? { measures: data.measures, mitigationBy: data.mitigationBy } : {}),
        },
      };
    },
  });
  if (result.ok) refreshReviewPages();
  return result;
}

export async function recordDecisionAction(input: unknown) {
  const result = await tenantAction({
    schema: recordDecisionInput,
    input,
    permission: "decision.record",
    action: "review.decision.record",
    objectType: "assessment",
    lock: assessmentLock,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const outcome = await recordDecision(tx, { ...data, municipalityId: municipality.id, actor: { id: user.id, roles } });
      return {
        data: undefined,
        details: { from: outcome.from, to: outcome.to, decision: data.decision, conditions: data.conditions || null, phaseOutDate: data.phaseOutDate || null, rationale: data.rationale },
      };
    },
  });
  if (result.ok) refreshReviewPages();
  return result;
}

export async function reopenDecisionAction(input: unknown) {
  const result = await tenantAction({
    schema: reopenInput,
    input,
    permission: "decision.record",
    action: "review.reopen",
    objectType: "assessment",
    // No assessment lock: whether the decision may be reopened depends on the year's policy, which
    // an adoption changes without that lock. Serializable, the two cannot both go through.
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const outcome = await reopenDecision(tx, { municipalityId: municipality.id, assessmentId: data.assessmentId, reason: data.reason, actor: { id: user.id, roles } });
      const recipients = await membersWithRoles(tx, municipality.id, outcome.reviewerRoles, user.id);
      const mailed = await queueReviewMail(tx, { kind: "reopened", municipality, assessment: outcome.assessment, actorName: user.name, recipients, reason: data.reason });
      return { data: undefined, details: { from: outcome.from, to: outcome.to, reason: data.reason, previous: outcome.previous, mailed } };
    },
  });
  if (result.ok) {
    refreshReviewPages();
    revalidatePath("/m/[slug]/policy/[year]", "page");
    deliverOutboxInBackground();
  }
  return result;
}

export async function addCommentAction(input: unknown) {
  const result = await tenantAction({
    schema: commentInput,
    input,
    permission: "comment.write",
    action: "review.comment.add",
    objectType: "comment",
    lock: assessmentLock,
    run: async ({ tx, data, user, roles, municipality }) => {
      const comment = await addComment(tx, { ...data, municipalityId: municipality.id, actor: { id: user.id, roles } });
      return {
        data: { commentId: comment.id },
        objectId: comment.id,
        details: { assessmentId: data.assessmentId, section: comment.section, item: comment.itemId, parentId: comment.parentId, body: data.body },
      };
    },
  });
  if (result.ok) refreshReviewPages();
  return result;
}

export async function resolveCommentAction(input: unknown) {
  const result = await tenantAction({
    schema: resolveCommentInput,
    input,
    permission: "comment.write",
    action: "review.comment.resolve",
    objectType: "comment",
    lock: assessmentLock,
    objectId: (data) => data.commentId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const outcome = await setCommentResolved(tx, { ...data, municipalityId: municipality.id, actor: { id: user.id, roles } });
      return { data: undefined, objectId: outcome.rootId, details: { assessmentId: data.assessmentId, resolved: data.resolved } };
    },
  });
  if (result.ok) refreshReviewPages();
  return result;
}

export async function saveSectionOwnersAction(input: unknown) {
  const result = await tenantAction({
    schema: sectionOwnersInput,
    input,
    permission: "settings.edit",
    action: "review.settings.section_owners",
    objectType: "municipality",
    run: async ({ tx, data, municipality }) => {
      const outcome = await saveSectionOwners(tx, { municipalityId: municipality.id, reviewers: data.reviewers, items: data.items });
      return { data: undefined, objectId: municipality.id, details: outcome };
    },
  });
  if (result.ok) refreshReviewPages();
  return result;
}
