/**
 * Explainable scoring of one channel assessment. Pure: everything it needs comes in as
 * arguments (content, facts, answers, weights, today, rules), so the same input always gives
 * the same result and every figure can be traced back to the answers and facts behind it.
 * The method is described for readers in docs/scoring.md.
 */
import type { FactKey } from "@/lib/catalogue/schema";
import { addMonths } from "@/lib/validation/date";
import { dateAnswer, readAnswer, scoredItems, type ScoredItem } from "./answers";
import { resolveWeights } from "./defaults";
import { round, scoredAnswerDriver, scoredFactDriver } from "./drivers";
import { classifyFacts, type FactOutcome } from "./fact-rules";
import { evaluateKnockouts, KNOCKOUT_ITEMS } from "./knockouts";
import { whatWouldChange, type ScoreCore } from "./what-would-change";
import type {
  DimensionGroup,
  DimensionScore,
  Driver,
  Knockout,
  OverallScore,
  Reason,
  Recommendation,
  RecommendationValue,
  ScoreResult,
  ScoringInput,
  ScoringRules,
  Weights,
} from "./schema";

export interface ScoreOptions {
  /** Compute `whatWouldChange` (re-scores the assessment once per candidate change). Default true. */
  whatWouldChange?: boolean;
}

/* ------------------------------------------------------------------------------------------ */
/* Dimensions                                                                                  */
/* ------------------------------------------------------------------------------------------ */

interface Entry {
  weight: number;
  points: number;
  make: (contribution: number) => Driver;
}

/** The questions that feed each dimension, with their feed, in question order: looked up once per scoring, not per dimension and candidate. */
type Fed = { ref: string; item: ScoredItem["item"]; feed: ScoredItem["item"]["feeds"][number] };
function fedByDimension(items: readonly ScoredItem[]): Map<string, Fed[]> {
  const fed = new Map<string, Fed[]>();
  for (const { ref, item } of items) {
    const seen = new Set<string>();
    for (const feed of item.feeds) {
      // The first feed of a question into a dimension counts, as it always has.
      if (seen.has(feed.dimension)) continue;
      seen.add(feed.dimension);
      fed.set(feed.dimension, [...(fed.get(feed.dimension) ?? []), { ref, item, feed }]);
    }
  }
  return fed;
}

function scoreDimensions(
  input: ScoringInput,
  fed: ReadonlyMap<string, readonly Fed[]>,
  facts: Map<FactKey, FactOutcome>,
  weights: Weights,
): DimensionScore[] {
  return input.dimensions.map((dimension) => {
    const entries: Entry[] = [];
    const unknown: string[] = [];
    const answeredUnknown: string[] = [];
    const unknownFacts: FactKey[] = [];
    let unknownWeight = 0;

    for (const { ref, item, feed } of fed.get(dimension.id) ?? []) {
      const answer = readAnswer(item, input.answers[ref]);
      if (answer.points === null) {
        unknown.push(ref);
        if (input.answers[ref]?.value === "unknown") answeredUnknown.push(ref);
        unknownWeight += feed.weight;
        continue;
      }
      const points = feed.inverted ? 1 - answer.points : answer.points;
      entries.push({
        weight: feed.weight,
        points,
        make: (c) => scoredAnswerDriver(ref, answer.value, points, feed.weight, feed.inverted, c),
      });
    }

    for (const outcome of facts.values()) {
      const feed = outcome.rule.feeds.find((f) => f.dimension === dimension.id);
      if (!feed || outcome.state === "not-applicable") continue;
      if (outcome.points === null) {
        unknownFacts.push(outcome.factKey);
        unknownWeight += feed.weight;
        continue;
      }
      const points = outcome.points;
      entries.push({ weight: feed.weight, points, make: (c) => scoredFactDriver(outcome, feed.weight, c) });
    }

    const knownWeight = entries.reduce((sum, e) => sum + e.weight, 0);
    const totalWeight = knownWeight + unknownWeight;
    const raw = knownWeight > 0 ? (100 * entries.reduce((sum, e) => sum + e.weight * e.points, 0)) / knownWeight : null;
    const drivers = entries
      .map((e) => e.make((100 * e.weight * (e.points - 0.5)) / knownWeight))
      .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || driverId(x).localeCompare(driverId(y)));

    return {
      id: dimension.id,
      group: dimension.group,
      score: raw === null ? null : round(raw),
      confidence: totalWeight > 0 ? round(knownWeight / totalWeight, 2) : 0,
      weight: weights[dimension.id] ?? dimension.defaultWeight,
      drivers,
      unknown,
      answeredUnknown,
      unknownFacts,
    };
  });
}

const driverId = (d: Driver) => (d.kind === "answer" ? d.itemRef : `fact:${d.factKey}`);

/** Weighted over dimensions with weight > 0: score over those with a score, confidence over all. */
function combine(dimensions: readonly DimensionScore[]): OverallScore {
  const weighted = dimensions.filter((d) => d.weight > 0);
  const scored = weighted.filter((d) => d.score !== null);
  const scoredWeight = scored.reduce((sum, d) => sum + d.weight, 0);
  const allWeight = weighted.reduce((sum, d) => sum + d.weight, 0);
  const score = scoredWeight > 0 ? scored.reduce((sum, d) => sum + d.weight * d.score!, 0) / scoredWeight : null;
  return {
    score: score === null ? null : round(score),
    confidence: allWeight > 0 ? round(weighted.reduce((sum, d) => sum + d.weight * d.confidence, 0) / allWeight, 2) : 0,
    contributions: dimensions.map((d) => ({
      dimension: d.id,
      weight: d.weight,
      score: d.score,
      contribution: d.score !== null && d.weight > 0 && scoredWeight > 0 ? round((d.weight * d.score) / scoredWeight, 1) : 0,
    })),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Recommendation                                                                              */
/* ------------------------------------------------------------------------------------------ */

const pct = (value: number) => String(Math.round(value * 100));

function knockoutReason(k: Knockout): Reason {
  return {
    messageKey: k.messageKey,
    params: k.params,
    knockout: k.id,
    itemRefs: [...new Set(k.drivers.flatMap((d) => (d.kind === "answer" ? [d.itemRef] : [])))],
    factKeys: [...new Set(k.drivers.flatMap((d) => (d.kind === "fact" ? [d.factKey] : [])))],
  };
}

const plainReason = (messageKey: Reason["messageKey"], params: Reason["params"] = {}, itemRefs: string[] = []): Reason => ({
  messageKey,
  params,
  itemRefs,
  factKeys: [],
});

function recommend(input: ScoringInput, rules: ScoringRules, overall: OverallScore, knockouts: readonly Knockout[]): Recommendation {
  const { useFrom, conditionsFrom, minConfidence } = rules.recommendation;
  const blocking = knockouts.filter((k) => k.severity === "blocking");
  const conditions = knockouts.filter((k) => k.severity === "condition");
  const provisional = overall.confidence < minConfidence;
  const score = overall.score;
  const reasons: Reason[] = [];
  const lowConfidence = plainReason("reason.lowConfidence", { confidence: pct(overall.confidence), threshold: pct(minConfidence) });
  // Reach below what the goals need is stated whatever the advice; it does not change it.
  const reach = input.answers[KNOCKOUT_ITEMS.audienceReach]?.value;
  const lowReach =
    typeof reach === "string" && /^[1-5]$/.test(reach) && Number(reach) <= rules.warnings.lowReachAtMost
      ? [plainReason("reason.lowReach", { itemRef: KNOCKOUT_ITEMS.audienceReach, answer: reach }, [KNOCKOUT_ITEMS.audienceReach])]
      : [];

  let negative = false;
  if (blocking.length) {
    negative = true;
    reasons.push(...blocking.map(knockoutReason));
  } else if (score === null) {
    negative = true;
    reasons.push(plainReason("reason.noScore"));
  } else if (score < conditionsFrom) {
    negative = true;
    reasons.push(plainReason("reason.scoreBelow", { score: String(score), threshold: String(conditionsFrom) }));
  }

  if (negative) {
    reasons.push(...lowReach);
    if (provisional) reasons.push(lowConfidence);
    if (!input.currentlyUsed) return { value: "do_not_use", provisional, reasons };
    const deadline = dateAnswer(input, KNOCKOUT_ITEMS.exitDeadline);
    reasons.push(plainReason("reason.currentlyUsed"));
    if (deadline !== null && deadline >= input.today) {
      reasons.push(plainReason("reason.phaseOutByDeadline", { date: deadline }, [KNOCKOUT_ITEMS.exitDeadline]));
      return { value: "phase_out", phaseOutBy: deadline, provisional, reasons };
    }
    const months = rules.knockouts.defaultPhaseOutMonths;
    const phaseOutBy = addMonths(input.today, months);
    reasons.push(plainReason("reason.phaseOutByDefault", { date: phaseOutBy, months: String(months) }, [KNOCKOUT_ITEMS.exitDeadline]));
    return { value: "phase_out", phaseOutBy, provisional, reasons };
  }

  const s = score!;
  if (s >= useFrom) reasons.push(plainReason("reason.scoreUse", { score: String(s), threshold: String(useFrom) }));
  else reasons.push(plainReason("reason.scoreConditions", { score: String(s), low: String(conditionsFrom), high: String(useFrom) }));
  if (conditions.length) {
    reasons.push(plainReason("reason.conditions", { count: String(conditions.length) }));
    reasons.push(...conditions.map(knockoutReason));
  }
  reasons.push(...lowReach);
  if (provisional) reasons.push(lowConfidence);
  const value: RecommendationValue = s >= useFrom && !conditions.length && !provisional ? "use" : "use_with_conditions";
  return { value, provisional, reasons };
}

/* ------------------------------------------------------------------------------------------ */
/* Scoring                                                                                      */
/* ------------------------------------------------------------------------------------------ */

function scoreCore(input: ScoringInput, rules: ScoringRules, fed: ReadonlyMap<string, readonly Fed[]>, facts: Map<FactKey, FactOutcome>): ScoreCore {
  const weights = resolveWeights(input.dimensions, input.weights);
  const dimensions = scoreDimensions(input, fed, facts, weights);
  const overall = combine(dimensions);
  const groups = {} as Record<DimensionGroup, { score: number | null; confidence: number }>;
  for (const group of ["baseline", "public-value"] as const) {
    const { score, confidence } = combine(dimensions.filter((d) => d.group === group));
    groups[group] = { score, confidence };
  }
  const knockouts = evaluateKnockouts(input, rules, facts, dimensions);
  const recommendation = recommend(input, rules, overall, knockouts);
  return { dimensions, groups, overall, knockouts, recommendation, weights, rulesVersion: rules.version };
}

/**
 * The overall score and the advice of a scored assessment under other weights. Weights only weigh
 * the dimensions' scores against each other: what each dimension scores, and the knock-outs, do
 * not depend on them. So trying weights needs no re-scoring of the answers (the sensitivity
 * analysis tries each weight twice, which took about a tenth of the summary page's time); the overall
 * score and the advice are those `scoreAssessment` gives with those weights.
 */
export function reweigh(
  input: ScoringInput,
  rules: ScoringRules,
  scored: Pick<ScoreCore, "dimensions" | "knockouts">,
  weights: Partial<Record<string, number>>,
): { overall: OverallScore; recommendation: Recommendation } {
  const resolved = resolveWeights(input.dimensions, weights);
  const dimensions = scored.dimensions.map((dimension) => ({ ...dimension, weight: resolved[dimension.id] }));
  const overall = combine(dimensions);
  return { overall, recommendation: recommend(input, rules, overall, scored.knockouts) };
}

/**
 * Scores one assessment: a score and confidence per dimension (democratic baseline principles
 * and public values), an overall score weighted by the municipality's weights, knock-out
 * findings, a recommendation with its reasons, and the few changes that would matter most.
 * `rules` come from content/scoring.yaml (see loadScoringRules in ./rules.ts).
 */
export function scoreAssessment(input: ScoringInput, rules: ScoringRules, options: ScoreOptions = {}): ScoreResult {
  const items = scoredItems(input.frameworks);
  const fed = fedByDimension(items);
  const facts = classifyFacts(rules, input.facts, input.channel);
  const core = scoreCore(input, rules, fed, facts);
  // A candidate that changes an answer leaves the facts as they are: their classification is reused.
  const factsOf = (changed: ScoringInput) => (changed.facts === input.facts && changed.channel === input.channel ? facts : classifyFacts(rules, changed.facts, changed.channel));
  const changes =
    options.whatWouldChange === false || rules.whatWouldChange.limit === 0
      ? []
      : whatWouldChange(input, rules, core, (changed) => scoreCore(changed, rules, fed, factsOf(changed)), items, facts);
  return { ...core, whatWouldChange: changes };
}
