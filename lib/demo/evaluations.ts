import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureEvaluations } from "@/lib/evaluations/mutations";

/**
 * Demo evaluations of the latest adopted policy: every channel decision gets its evaluation;
 * Mastodon's is filled in and, when a colleague is named, approved by them (so this year's Mastodon
 * assessment shows its outcome), the newsletter's waits for a review, the rest are still to be done.
 *
 * Runs after the demo policies (lib/demo/policies.ts). Safe to run again: an evaluation that was
 * filled in is left as it is.
 */
export async function seedDemoEvaluations(db: PrismaClient, params: { municipalityId: string; advisorId: string; colleagueId?: string }) {
  await db.$transaction((tx) => ensureEvaluations(tx, { municipalityId: params.municipalityId }));
  const evaluations = await db.evaluation.findMany({ where: { municipalityId: params.municipalityId, status: "open", channelId: { in: ["mastodon", "newsletter"] } } });
  for (const evaluation of evaluations) {
    const submittedAt = new Date(`${evaluation.dueDate}T09:00:00Z`);
    const approved = evaluation.channelId === "mastodon" && params.colleagueId !== undefined;
    await db.evaluation.update({
      where: { id: evaluation.id },
      data: {
        measurements: JSON.stringify(
          approved
            ? { reach: { "general-public": 1800, "young-people": 350 }, engagement: 420, incidents: 1, complaints: 0, hours: 150, costs: 600 }
            : { reach: { "general-public": 5200, elderly: 1400 }, engagement: null, incidents: 0, complaints: 2, hours: 90, costs: 1200 },
        ),
        exitTriggers: approved
          ? "Geen van de aanleidingen uit de exitstrategie deed zich voor. De beheerder van de server bleef modereren en de voorwaarden veranderden niet."
          : "Geen aanleiding opgetreden; de verzendsoftware blijft binnen de EU.",
        outcome: approved ? "continue" : "adjust",
        rationale: approved
          ? "Het bereik groeit en er was één incident, snel opgelost. Voortzetten en jongeren blijven uitnodigen via de website."
          : "Ouderen lezen de nieuwsbrief goed; de verschijning verschuift naar twee keer per maand.",
        status: approved ? "approved" : "in_review",
        editedById: params.advisorId,
        submittedAt,
        ...(approved ? { reviewerId: params.colleagueId, reviewerRole: "advisor", reviewedAt: new Date(submittedAt.getTime() + 86_400_000) } : {}),
        version: { increment: 1 },
      },
    });
  }
}
