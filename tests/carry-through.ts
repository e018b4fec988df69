/**
 * What the people of a municipality do with an assessment until it is decided, through the same
 * review mutations as the app: the advisor submits (again), each section's reviewer decides its
 * open risks and approves it, the advisor records the decision. For tests that carry the yearly
 * cycle through (vitest over the demo seed, and the e2e spec); not part of the app.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { approveSection, decideRisk, recordDecision, submitForReview, type Actor } from "@/lib/reviews/mutations";
import { sectionOfRisk, sections, type Section } from "@/lib/reviews/sections";

export type CycleActors = { advisor: Actor; reviewers: Record<Section, Actor> };

export async function carryThrough(db: PrismaClient, params: { municipalityId: string; assessmentId: string; actors: CycleActors }) {
  const { municipalityId, assessmentId, actors } = params;
  const base = { municipalityId, assessmentId };
  const tx = <T>(work: (client: Tx) => Promise<T>) => db.$transaction((client) => work(client as unknown as Tx));
  const assessment = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
  if (assessment.status === "decided") return;
  if (assessment.status === "draft" || assessment.status === "changes_requested") {
    await tx((client) => submitForReview(client, { ...base, actor: actors.advisor }));
  }
  const reviews = await db.sectionReview.findMany({ where: { assessmentId } });
  for (const section of sections) {
    if (reviews.find((review) => review.section === section)?.status === "approved") continue;
    const reviewer = actors.reviewers[section];
    const risks = await db.risk.findMany({ where: { assessmentId, decision: null } });
    for (const risk of risks.filter((candidate) => sectionOfRisk(candidate.ownerRole) === section)) {
      await tx((client) =>
        decideRisk(client, {
          ...base,
          riskId: risk.id,
          decision: "mitigated",
          rationale: "",
          riskOwner: "",
          reviewDate: "",
          measures: "Alleen informatie die ook op de website staat.",
          mitigationBy: "Team online communicatie",
          actor: reviewer,
        }),
      );
    }
    await tx((client) => approveSection(client, { ...base, section, rationale: "Beoordeeld.", actor: reviewer }));
  }
  await tx((client) =>
    recordDecision(client, {
      ...base,
      decision: "use_with_conditions",
      conditions: "Alleen informeren; elk bericht ook op de eigen website.",
      phaseOutDate: "",
      rationale: "Bereikt doelgroepen die de gemeente anders mist.",
      actor: actors.advisor,
    }),
  );
}
