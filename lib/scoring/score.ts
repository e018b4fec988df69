/**
 * Explainable scoring of one channel assessment. Pure: everything it needs comes in as
 * arguments (content, facts, answers, weights, today, rules), so the same input always gives
 * the same result and every figure can be traced back to the answers and facts behind it.
 * The method is described for readers in docs/scoring.md.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { isEnumeratedFactKey, type FactKey } from "@/lib/catalogue/schema";
import { extremeValue, readAnswer, scoredItems, type ScoredItem } from "./answers";
import { resolveWeights } from "./defaults";
import { answerParam, round, scoredAnswerDriver, scoredFactDriver } from "./drivers";
import { classifyFacts, type FactOutcome } from "./fact-rules";
import { evaluateKnockouts, KNOCKOUT_ITEMS } from "./knockouts";
import type {
  Change,
  ChangeEffect,
  DimensionGroup,
  DimensionScore,
  Driver,
  FactRule,
  Knockout,
  KnockoutId,
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

function scoreDimensions(
  input: ScoringInput,
  items: readonly ScoredItem[],
  facts: Map<FactKey, FactOutcome>,
  weights: Weights,
): DimensionScore[] {
  return input.dimensions.map((dimension) => {
    const entries: Entry[] = [];
    const unknown: string[] = [];
    const answeredUnknown: string[] = [];
    const unknownFacts: FactKey[] = [];
    let unknownWeight = 0;

    for (const { ref, item } of items) {
      const feed = item.feeds.find((f) => f.dimension === dimension.id);
      if (!feed) continue;
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

/** today + n months, clamped to the end of a shorter month (YYYY-MM-DD, UTC arithmetic). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

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

function dateAnswer(input: ScoringInput, ref: string): string | null {
  const value = input.answers[ref]?.value;
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/* ------------------------------------------------------------------------------------------ */
/* Scoring                                                                                      */
/* ------------------------------------------------------------------------------------------ */

type Core = Omit<ScoreResult, "whatWouldChange">;

function scoreCore(input: ScoringInput, rules: ScoringRules, items: readonly ScoredItem[]): Core {
  const weights = resolveWeights(input.dimensions, input.weights);
  const facts = classifyFacts(rules, input.facts, input.channel);
  const dimensions = scoreDimensions(input, items, facts, weights);
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
 * Scores one assessment: a score and confidence per dimension (democratic baseline principles
 * and public values), an overall score weighted by the municipality's weights, knock-out
 * findings, a recommendation with its reasons, and the few changes that would matter most.
 * `rules` come from content/scoring.yaml (see loadScoringRules in ./rules.ts).
 */
export function scoreAssessment(input: ScoringInput, rules: ScoringRules, options: ScoreOptions = {}): ScoreResult {
  const items = scoredItems(input.frameworks);
  const core = scoreCore(input, rules, items);
  const whatWouldChange =
    options.whatWouldChange === false || rules.whatWouldChange.limit === 0 ? [] : changes(input, rules, items, core);
  return { ...core, whatWouldChange };
}

/* ------------------------------------------------------------------------------------------ */
/* What would change                                                                           */
/* ------------------------------------------------------------------------------------------ */

const RANK: Record<RecommendationValue, number> = { use: 3, use_with_conditions: 2, do_not_use: 1, phase_out: 1 };

const findingKey = (k: Knockout) => `${k.id}|${k.params.dimension ?? ""}`;
const severityRank = (k: Knockout | undefined) => (k === undefined ? 0 : k.severity === "blocking" ? 2 : 1);

function compareFindings(before: readonly Knockout[], after: readonly Knockout[]) {
  const b = new Map(before.map((k) => [findingKey(k), k]));
  const a = new Map(after.map((k) => [findingKey(k), k]));
  const resolves = new Set<KnockoutId>();
  const introduces = new Set<KnockoutId>();
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const was = severityRank(b.get(key));
    const now = severityRank(a.get(key));
    const id = (b.get(key) ?? a.get(key))!.id;
    if (now < was) resolves.add(id);
    if (now > was) introduces.add(id);
  }
  return { resolves: [...resolves], introduces: [...introduces] };
}

/** Lexicographic merit: advice, then blocking findings, then conditions, then score, then confidence. */
function merit(core: Core): number[] {
  const blocking = core.knockouts.filter((k) => k.severity === "blocking").length;
  return [RANK[core.recommendation.value], -blocking, -(core.knockouts.length - blocking), core.overall.score ?? -1, core.overall.confidence];
}

function compareMerit(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function effectOf(before: Core, after: Core): ChangeEffect {
  const { resolves, introduces } = compareFindings(before.knockouts, after.knockouts);
  const b = before.overall;
  const a = after.overall;
  return {
    score: a.score,
    scoreDelta: a.score === null || b.score === null ? null : a.score - b.score,
    confidence: a.confidence,
    confidenceDelta: round(a.confidence - b.confidence, 2),
    recommendation: after.recommendation.value,
    recommendationChanges: after.recommendation.value !== before.recommendation.value,
    resolves,
    introduces,
    direction: compareMerit(merit(after), merit(before)) >= 0 ? "better" : "worse",
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type ChangeDraft = DistributiveOmit<Change, "effect" | "messageKey" | "params">;

interface Candidate {
  change: ChangeDraft;
  /** Unknown resolved the bad way: only worth showing when it changes the advice. */
  downside: boolean;
  apply: (input: ScoringInput) => ScoringInput;
}

const withAnswer = (ref: string, value: AnswerValue) => (input: ScoringInput): ScoringInput => ({
  ...input,
  answers: { ...input.answers, [ref]: { ...input.answers[ref], value } },
});

function factRuleExtreme(rule: FactRule, which: "best" | "worst"): string | null {
  const values = rule.values.filter((v) => v.value !== undefined && v.points !== null);
  if (!values.length) return null;
  const sorted = [...values].sort((x, y) => (which === "best" ? y.points! - x.points! : x.points! - y.points!));
  return sorted[0].value!;
}

function candidates(input: ScoringInput, rules: ScoringRules, items: readonly ScoredItem[]): Candidate[] {
  const list: Candidate[] = [];
  for (const { ref, item } of items) {
    const answer = readAnswer(item, input.answers[ref]);
    const best = extremeValue(item, "best");
    const from = answer.value;
    if (answer.state === "answered") {
      if (from !== best) list.push({ change: { kind: "answer", itemRef: ref, action: "set", from, to: best }, downside: false, apply: withAnswer(ref, best) });
      continue;
    }
    const worst = extremeValue(item, "worst");
    list.push({ change: { kind: "answer", itemRef: ref, action: "set", from, to: best }, downside: false, apply: withAnswer(ref, best) });
    list.push({ change: { kind: "answer", itemRef: ref, action: "set", from, to: worst }, downside: true, apply: withAnswer(ref, worst) });
  }

  // Unscored questions the knock-outs read: filling them in can lift a finding.
  const fill = (ref: string, value: AnswerValue, needed: boolean) => {
    if (!needed) return;
    const from = input.answers[ref]?.value ?? null;
    list.push({ change: { kind: "answer", itemRef: ref, action: "fill", from }, downside: false, apply: withAnswer(ref, value) });
  };
  const text = (ref: string) => {
    const v = input.answers[ref]?.value;
    return typeof v === "string" ? v.trim() : Array.isArray(v) ? v.join("") : "";
  };
  const deadline = dateAnswer(input, KNOCKOUT_ITEMS.exitDeadline);
  fill(KNOCKOUT_ITEMS.exitSteps, "(filled in)", text(KNOCKOUT_ITEMS.exitSteps) === "");
  fill(KNOCKOUT_ITEMS.exitDeadline, addMonths(input.today, 12), deadline === null || deadline < input.today);
  fill(KNOCKOUT_ITEMS.alternatives, ["custom:alternative"], text(KNOCKOUT_ITEMS.alternatives) === "");
  fill(KNOCKOUT_ITEMS.crisisFallback, ["custom:fallback"], text(KNOCKOUT_ITEMS.crisisFallback) === "");

  // Unknown facts with a closed list of values: what if finding out gives the best or worst value?
  const facts = classifyFacts(rules, input.facts, input.channel);
  for (const outcome of facts.values()) {
    if (!isEnumeratedFactKey(outcome.factKey) || (outcome.state !== "unknown" && outcome.state !== "unclassified")) continue;
    for (const which of ["best", "worst"] as const) {
      const to = factRuleExtreme(outcome.rule, which);
      if (to === null) continue;
      list.push({
        change: { kind: "fact", factKey: outcome.factKey, action: "resolve", from: outcome.value, to },
        downside: which === "worst",
        apply: (i) => ({ ...i, facts: { ...i.facts, [outcome.factKey]: { ...i.facts[outcome.factKey], value: to } } }),
      });
    }
  }
  return list;
}

function changes(input: ScoringInput, rules: ScoringRules, items: readonly ScoredItem[], before: Core): Change[] {
  const scored = candidates(input, rules, items).flatMap((candidate) => {
    const effect = effectOf(before, scoreCore(candidate.apply(input), rules, items));
    const findings = effect.resolves.length + effect.introduces.length;
    const matters = effect.recommendationChanges || findings > 0 || Math.abs(effect.scoreDelta ?? 0) >= 1;
    if (!matters || (candidate.downside && !effect.recommendationChanges)) return [];
    if (!candidate.downside && effect.direction === "worse") return [];
    return [{ ...candidate.change, effect, ...describe(candidate.change, effect) } as Change];
  });
  // Actions that improve the advice first, then those that lift findings, then unknowns that
  // would turn the advice against the channel if they resolve badly, then score gains.
  const tier = (c: Change) => {
    if (c.effect.direction === "worse") return 2;
    if (c.effect.recommendationChanges) return 4;
    return c.effect.resolves.length ? 3 : 1;
  };
  const weight = (c: Change) => [
    tier(c),
    c.effect.resolves.length + c.effect.introduces.length,
    Math.abs(c.effect.scoreDelta ?? 0),
    Math.abs(c.effect.confidenceDelta),
  ];
  return scored.sort((x, y) => compareMerit(weight(y), weight(x))).slice(0, rules.whatWouldChange.limit);
}

function describe(change: ChangeDraft, effect: ChangeEffect): Pick<Change, "messageKey" | "params"> {
  const outcome = {
    recommendation: effect.recommendation,
    score: effect.score === null ? "–" : String(effect.score),
    scoreDelta: effect.scoreDelta === null ? "–" : `${effect.scoreDelta > 0 ? "+" : ""}${effect.scoreDelta}`,
  };
  if (change.kind === "fact") {
    return { messageKey: "change.fact.resolve", params: { factKey: change.factKey, factValue: change.to, ...outcome } };
  }
  if (change.action === "fill") return { messageKey: "change.answer.fill", params: { itemRef: change.itemRef, ...outcome } };
  return { messageKey: "change.answer.set", params: { itemRef: change.itemRef, answer: answerParam(change.to ?? null), ...outcome } };
}
