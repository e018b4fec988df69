"use server";

import { revalidatePath } from "next/cache";
import { ActionError, tenantAction } from "@/lib/auth/action";
import { acknowledgeFactsInput, confirmStepInput, createAssessmentInput, deleteRiskInput, editableStatuses, riskInput, saveAnswerInput } from "@/lib/assessments/schema";
import {
  acknowledgeFacts,
  assessmentLock,
  channelInForceTx,
  confirmStepUnchanged,
  createAssessment,
  createCustomChannel,
  deleteRisk,
  findAssessmentTx,
  findRiskTx,
  proposeRisks,
  saveAnswer,
  upsertRisk,
} from "@/lib/assessments/mutations";
import { newlyProposedRisks, proposedRisks } from "@/lib/assessments/proposals";
import { reopenSectionForItem, reopenSectionsForFacts, reopenSectionsForRisk } from "@/lib/reviews/section-state";

export async function createAssessmentAction(input: unknown) {
  return tenantAction({
    schema: createAssessmentInput,
    input,
    permission: "assessment.create",
    action: "assessment.create",
    objectType: "assessment",
    run: async ({ tx, data, user, municipality }) => {
      const channelId = data.customName
        ? await createCustomChannel(tx, municipality.id, {
            name: data.customName,
            kind: data.customKind!,
            baseChannelId: data.customBase || null,
            selfHosted: data.customSelfHosted,
            host: data.customHost || null,
          })
        : (data.channelId ?? "");
      const channel = await channelInForceTx(tx, municipality.id, channelId);
      if (!channel) throw new ActionError("invalid", "unknown_channel", { channelId: "invalid_value" });
      const result = await createAssessment(tx, {
        municipalityId: municipality.id,
        channelId,
        year: data.year,
        userId: user.id,
        facts: channel.facts,
        carryForward: data.carryForward,
        selfHosted: channel.selfHosted,
      });
      // What the facts already show is proposed at once, so the advisor need not add it by hand.
      const proposed = await proposeRisks(tx, result.assessment, proposedRisks(channel), user.id);
      return {
        data: { assessmentId: result.assessment.id },
        objectId: result.assessment.id,
        details: {
          channelId,
          ...(channel.custom ? { customChannel: { name: channel.name, kind: channel.kind, baseChannelId: channel.baseChannelId, selfHosted: channel.selfHosted, host: channel.host } } : {}),
          year: data.year,
          carriedAnswers: result.carriedCount,
          from: result.previousId,
          ...(proposed.length ? { proposedRisks: proposed } : {}),
        },
      };
    },
  });
}

export async function saveAnswerAction(input: unknown) {
  return tenantAction({
    schema: saveAnswerInput,
    input,
    permission: "assessment.edit",
    action: "assessment.answer.save",
    objectType: "assessment",
    lock: assessmentLock,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, municipality }) => {
      const assessment = await findAssessmentTx(tx, municipality.id, data.assessmentId);
      const result = await saveAnswer(tx, assessment, {
        assessmentId: assessment.id,
        itemRef: data.itemRef,
        value: data.value,
        rationale: data.rationale,
        evidence: data.evidence,
        expectedVersion: data.expectedVersion,
        userId: user.id,
      });
      // Re-approval on change: an edited answer reopens its section if that section was approved.
      // The questions that share the answer are changed too, so their sections reopen as well.
      const shared = result.changed ? (result.shared ?? []) : [];
      const reopened = [];
      if (result.changed) for (const ref of [data.itemRef, ...shared]) reopened.push(...(await reopenSectionForItem(tx, assessment, ref)));
      return {
        data: { version: result.answer.version, changed: result.changed },
        details: { item: data.itemRef, changed: result.changed, ...(shared.length ? { shared } : {}), ...(reopened.length ? { reopened } : {}) },
      };
    },
  });
}

export async function saveRiskAction(input: unknown) {
  const result = await tenantAction({
    schema: riskInput,
    input,
    permission: "assessment.edit",
    action: "assessment.risk.save",
    objectType: "risk",
    lock: assessmentLock,
    objectId: (data) => data.riskId,
    run: async ({ tx, data, user, municipality }) => {
      const assessment = await findAssessmentTx(tx, municipality.id, data.assessmentId);
      const before = data.riskId ? await findRiskTx(tx, assessment.id, data.riskId) : null;
      const risk = await upsertRisk(tx, assessment, { ...data, userId: user.id });
      // A new or changed risk needs a decision again: reopen the approved sections it touches.
      const reopened = await reopenSectionsForRisk(tx, assessment, [risk.ownerRole, ...(before ? [before.ownerRole] : [])]);
      return {
        data: { riskId: risk.id },
        objectId: risk.id,
        details: { assessmentId: assessment.id, title: risk.title, ...(reopened.length ? { reopened } : {}) },
      };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/assessments/[id]/[step]", "page");
  return result;
}

export async function deleteRiskAction(input: unknown) {
  const result = await tenantAction({
    schema: deleteRiskInput,
    input,
    permission: "assessment.edit",
    action: "assessment.risk.delete",
    objectType: "risk",
    lock: assessmentLock,
    objectId: (data) => data.riskId,
    run: async ({ tx, data, municipality }) => {
      const assessment = await findAssessmentTx(tx, municipality.id, data.assessmentId);
      const before = await findRiskTx(tx, assessment.id, data.riskId);
      await deleteRisk(tx, assessment, data.riskId);
      const reopened = before ? await reopenSectionsForRisk(tx, assessment, [before.ownerRole]) : [];
      return { data: undefined, details: { assessmentId: assessment.id, title: before?.title, ...(reopened.length ? { reopened } : {}) } };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/assessments/[id]/[step]", "page");
  return result;
}

export async function acknowledgeFactsAction(input: unknown) {
  const result = await tenantAction({
    schema: acknowledgeFactsInput,
    input,
    permission: "assessment.edit",
    action: "assessment.facts.acknowledge",
    objectType: "assessment",
    lock: assessmentLock,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, municipality }) => {
      const assessment = await findAssessmentTx(tx, municipality.id, data.assessmentId);
      const { previous, current, changedKeys, channel } = await acknowledgeFacts(tx, assessment);
      // A risk the new facts show, and the old did not, is proposed like at the start.
      const proposed = (editableStatuses as readonly string[]).includes(assessment.status)
        ? await proposeRisks(tx, assessment, newlyProposedRisks(previous, channel), user.id)
        : [];
      // Catalogue facts changed: the approved sections that rely on a changed fact need re-approval,
      // and so do the sections that now have an undecided proposed risk.
      const reopened = [
        ...new Set([
          ...(await reopenSectionsForFacts(tx, assessment, changedKeys)),
          ...(proposed.length ? await reopenSectionsForRisk(tx, assessment, proposed.map((risk) => risk.ownerRole)) : []),
        ]),
      ];
      return {
        data: undefined,
        details: { previous, current, ...(proposed.length ? { proposedRisks: proposed } : {}), ...(reopened.length ? { reopened } : {}) },
      };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/assessments/[id]", "layout");
  return result;
}

/** Next year's assessment: the advisor confirms a step's carried-over answers as unchanged, in one audited action. */
export async function confirmStepUnchangedAction(input: unknown) {
  const result = await tenantAction({
    schema: confirmStepInput,
    input,
    permission: "assessment.edit",
    action: "assessment.answers.confirm_step",
    objectType: "assessment",
    lock: assessmentLock,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, municipality }) => {
      const assessment = await findAssessmentTx(tx, municipality.id, data.assessmentId);
      const { confirmed } = await confirmStepUnchanged(tx, assessment, { stepId: data.stepId, userId: user.id });
      // Values stay as they were, so no approved section needs re-approval.
      return { data: { confirmed: confirmed.length }, details: { step: data.stepId, items: confirmed } };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/assessments/[id]", "layout");
  return result;
}
