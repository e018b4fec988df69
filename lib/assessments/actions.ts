"use server";

import { revalidatePath } from "next/cache";
import { ActionError, tenantAction } from "@/lib/auth/action";
import type { Tx } from "@/lib/db";
import { acknowledgeFactsInput, createAssessmentInput, deleteRiskInput, riskInput, saveAnswerInput } from "@/lib/assessments/schema";
import { createAssessment, deleteRisk, saveAnswer, upsertRisk } from "@/lib/assessments/mutations";
import { customPrefix, resolveChannel } from "@/lib/assessments/channel";
import { listFactOverridesTx } from "@/lib/catalogue/mutations";
import { latestCatalogueVersion } from "@/lib/catalogue/load";

async function findAssessment(tx: Tx, municipalityId: string, assessmentId: string) {
  const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, municipalityId } });
  if (!assessment) throw new ActionError("not_found", "unknown_assessment");
  return assessment;
}

export async function createAssessmentAction(input: unknown) {
  return tenantAction({
    schema: createAssessmentInput,
    input,
    permission: "assessment.create",
    action: "assessment.create",
    objectType: "assessment",
    municipalitySlug: (data) => data.municipalitySlug,
    run: async ({ tx, data, user, municipality }) => {
      let channelId = data.channelId ?? "";
      if (data.customName) {
        const custom = await tx.customChannel.create({
          data: { municipalityId: municipality.id, name: data.customName, kind: data.customKind!, digital: data.customKind !== "own-channel" },
        });
        channelId = `${customPrefix}${custom.id}`;
      }
      const customChannels = await tx.customChannel.findMany({ where: { municipalityId: municipality.id } });
      const channel = resolveChannel(channelId, undefined, customChannels, await listFactOverridesTx(tx, municipality.id, channelId));
      if (!channel) throw new ActionError("invalid", "unknown_channel", { channelId: "invalid_value" });
      const result = await createAssessment(tx, {
        municipalityId: municipality.id,
        channelId,
        year: data.year,
        userId: user.id,
        facts: channel.facts,
        carryForward: data.carryForward,
      });
      return {
        data: { assessmentId: result.assessment.id },
        objectId: result.assessment.id,
        details: { channelId, year: data.year, carriedAnswers: result.carriedCount, from: result.previousId },
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
    municipalitySlug: (data) => data.municipalitySlug,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, municipality }) => {
      const assessment = await findAssessment(tx, municipality.id, data.assessmentId);
      const result = await saveAnswer(tx, assessment, {
        assessmentId: assessment.id,
        itemRef: data.itemRef,
        value: data.value,
        rationale: data.rationale,
        evidence: data.evidence,
        expectedVersion: data.expectedVersion,
        userId: user.id,
      });
      return {
        data: { version: result.answer.version, changed: result.changed },
        details: { item: data.itemRef, changed: result.changed },
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
    municipalitySlug: (data) => data.municipalitySlug,
    objectId: (data) => data.riskId,
    run: async ({ tx, data, user, municipality }) => {
      const assessment = await findAssessment(tx, municipality.id, data.assessmentId);
      const risk = await upsertRisk(tx, assessment, { ...data, userId: user.id });
      return { data: { riskId: risk.id }, objectId: risk.id, details: { assessmentId: assessment.id, title: risk.title } };
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
    municipalitySlug: (data) => data.municipalitySlug,
    objectId: (data) => data.riskId,
    run: async ({ tx, data, municipality }) => {
      const assessment = await findAssessment(tx, municipality.id, data.assessmentId);
      await deleteRisk(tx, assessment, data.riskId);
      return { data: undefined, details: { assessmentId: assessment.id } };
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
    municipalitySlug: (data) => data.municipalitySlug,
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, municipality }) => {
      const assessment = await findAssessment(tx, municipality.id, data.assessmentId);
      const customChannels = await tx.customChannel.findMany({ where: { municipalityId: municipality.id } });
      const channel = resolveChannel(assessment.channelId, undefined, customChannels, await listFactOverridesTx(tx, municipality.id, assessment.channelId));
      if (!channel) throw new ActionError("not_found", "unknown_channel");
      await tx.assessment.update({
        where: { id: assessment.id },
        data: { factsUsed: JSON.stringify(channel.facts), catalogueVersion: latestCatalogueVersion(), version: { increment: 1 } },
      });
      return { data: undefined, details: { previous: JSON.parse(assessment.factsUsed), current: channel.facts } };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/assessments/[id]", "layout");
  return result;
}
