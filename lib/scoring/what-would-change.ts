/**
 * "What would change": which single change to the answers or facts would move a channel's
 * advice, findings or score, found by scoring the assessment again once per candidate. Split
 * from score.ts, which passes its own scoring in as `rescore`.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { isEnumeratedFactKey, type FactKey } from "@/lib/catalogue/schema";
import { addMonths } from "@/lib/validation/date";
import { dateAnswer, extremeValue, readAnswer, type ScoredItem } from "./answers";
import { answerParam, round } from "./drivers";
import type { FactOutcome } from "./fact-rules";
import { KNOCKOUT_ITEMS } from "./knockouts";
import type { Change, ChangeEffect, FactRule, Knockout, KnockoutId, RecommendationValue, ScoreResult, ScoringInput, ScoringRules } from "./schema";

/** A score without its "what would change" list: what each candidate is scored to. */
export type ScoreCore = Omit<ScoreResult, "whatWouldChange">;

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
function merit(core: ScoreCore): number[] {
  const blocking = core.knockouts.filter((k) => k.severity === "blocking").length;
  return [RANK[core.recommendation.value], -blocking, -(core.knockouts.length - blocking), core.overall.score ?? -1, core.overall.confidence];
}

function compareMerit(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function effectOf(before: ScoreCore, after: ScoreCore): ChangeEffect {
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

function candidates(input: ScoringInput, items: readonly ScoredItem[], facts: ReadonlyMap<FactKey, FactOutcome>): Candidate[] {
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

/**
 * The few changes that would matter most: each candidate (an answer set to its best or worst
 * value, a knock-out question filled in, an unknown fact found out) is applied to the input and
 * scored again with `rescore`; the ones that move the advice, a finding or the score are kept,
 * best first, up to the limit in the rules. `facts` are the input's facts as scoring classified them.
 */
export function whatWouldChange(
  input: ScoringInput,
  rules: ScoringRules,
  before: ScoreCore,
  rescore: (changed: ScoringInput) => ScoreCore,
  items: readonly ScoredItem[],
  facts: ReadonlyMap<FactKey, FactOutcome>,
): Change[] {
  const scored = candidates(input, items, facts).flatMap((candidate) => {
    const effect = effectOf(before, rescore(candidate.apply(input)));
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
