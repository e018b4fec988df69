import "server-only";
import { db } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/load";
import { todayInNL } from "@/lib/catalogue/schema";
import { loadDimensions } from "@/lib/frameworks/load";
import { listCustomChannels } from "@/lib/catalogue/queries";
import { getMunicipalitySettings } from "@/lib/municipalities/queries";
import { parseSettings } from "@/lib/municipalities/settings";
import { keepsInUse, scoreAssessment, type ScoreResult, type ScoringInput } from "@/lib/scoring";
import { customPrefix } from "@/lib/assessments/channel";
import type { AssessmentDetail } from "@/lib/assessments/queries";

/** Decisions that mean the channel is in use now, so negative advice becomes "phase out". */

export type ScoringContext = {
  weights: Record<string, number>;
  knownChannels: NonNullable<ScoringInput["knownChannels"]>;
  previousDecisions: Map<string, string | null>;
  today: string;
};

/** What scoring needs beyond the assessment itself, read once for any number of assessments. */
export async function scoringContext(municipalityId: string, details: readonly AssessmentDetail[]): Promise<ScoringContext> {
  const previousIds = details.flatMap((detail) => (detail.assessment.previousAssessmentId ? [detail.assessment.previousAssessmentId] : []));
  const [settings, custom, previous] = await Promise.all([
    getMunicipalitySettings(municipalityId),
    listCustomChannels(municipalityId),
    previousIds.length
      ? db.assessment.findMany({ where: { municipalityId, id: { in: previousIds } }, select: { id: true, decision: true } })
      : Promise.resolve([]),
  ]);
  return {
    weights: parseSettings(settings).weights ?? {},
    knownChannels: Object.fromEntries([
      ...getCatalogue().channels.map((channel) => [channel.id, { kind: channel.kind, digital: channel.digital }] as const),
      ...custom.map((channel) => [`${customPrefix}${channel.id}`, { kind: channel.kind as "commercial", digital: channel.digital }] as const),
    ]),
    previousDecisions: new Map(previous.map((row) => [row.id, row.decision])),
    today: todayInNL(),
  };
}

/**
 * The scoring input of one assessment: its pinned frameworks, the facts it relies on, its answers,
 * the municipality's weights and whether the channel is in use (last year's decision).
 */
export function scoringInput(detail: AssessmentDetail, context: ScoringContext, weights = context.weights): ScoringInput {
  const { assessment, frameworks, answers, factsUsed, channel } = detail;
  const previousDecision = assessment.previousAssessmentId ? context.previousDecisions.get(assessment.previousAssessmentId) : null;
  return {
    frameworks,
    dimensions: loadDimensions(),
    facts: factsUsed ?? {},
    channel: {
      id: assessment.channelId,
      kind: channel?.kind ?? "commercial",
      digital: channel?.digital ?? true,
      selfHosted: channel?.selfHosted ?? false,
    },
    answers: Object.fromEntries([...answers].map(([ref, answer]) => [ref, { value: answer.value, rationale: answer.rationale }])),
    weights,
    today: context.today,
    currentlyUsed: keepsInUse(previousDecision),
    knownChannels: context.knownChannels,
  };
}

export async function scoreAssessments(municipalityId: string, details: readonly AssessmentDetail[]): Promise<{ detail: AssessmentDetail; input: ScoringInput; result: ScoreResult }[]> {
  const context = await scoringContext(municipalityId, details);
  return details.map((detail) => {
    const input = scoringInput(detail, context);
    return { detail, input, result: scoreAssessment(input, undefined, { whatWouldChange: details.length === 1 }) };
  });
}

/** The municipality's own weights (only those it changed); missing ones use the documented defaults. */
export async function municipalityWeights(municipalityId: string) {
  return parseSettings(await getMunicipalitySettings(municipalityId)).weights ?? {};
}
