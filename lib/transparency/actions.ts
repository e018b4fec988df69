"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { approveTransparency, saveTransparency } from "@/lib/transparency/mutations";
import { approveTransparencyInput, figureKeys, saveTransparencyInput } from "@/lib/transparency/schema";

export async function saveTransparencyAction(input: unknown) {
  return tenantAction({
    schema: saveTransparencyInput,
    input,
    permission: "transparency.edit",
    action: "transparency.save",
    objectType: "assessment",
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, municipality }) => {
      const figures = Object.fromEntries(figureKeys.map((key) => [key, data[key]])) as Record<(typeof figureKeys)[number], number | null>;
      const { report, reopened } = await saveTransparency(tx, {
        municipalityId: municipality.id,
        assessmentId: data.assessmentId,
        userId: user.id,
        expectedVersion: data.expectedVersion,
        figures,
        dilemmas: data.dilemmas,
      });
      revalidatePath(`/m/${municipality.slug}/assessments/${data.assessmentId}/transparency`);
      return { data: { version: report.version }, details: { figures, dilemmas: data.dilemmas.length, reopened } };
    },
  });
}

export async function approveTransparencyAction(input: unknown) {
  return tenantAction({
    schema: approveTransparencyInput,
    input,
    permission: "review.act",
    action: "transparency.approve",
    objectType: "assessment",
    objectId: (data) => data.assessmentId,
    run: async ({ tx, data, user, municipality }) => {
      const approved = await approveTransparency(tx, { municipalityId: municipality.id, assessmentId: data.assessmentId, userId: user.id, expectedVersion: data.expectedVersion, now: new Date() });
      revalidatePath(`/m/${municipality.slug}/assessments/${data.assessmentId}/transparency`);
      return { data: undefined, details: { figures: approved.figures } };
    },
  });
}
