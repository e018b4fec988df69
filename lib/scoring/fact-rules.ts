import { UNKNOWN, type FactKey } from "@/lib/catalogue/schema";
import type { FactRule, FactState, ScoringChannel, ScoringFact, ScoringRules } from "./schema";

export interface FactOutcome {
  factKey: FactKey;
  value: string;
  state: FactState;
  class: string | null;
  /** 0..1 when known; null otherwise. */
  points: number | null;
  fact?: ScoringFact;
  rule: FactRule;
}

const patterns = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, "i");
    patterns.set(pattern, compiled);
  }
  return compiled;
}

/** What a rule in content/scoring.yaml makes of one fact for this channel. */
export function classifyFact(rule: FactRule, fact: ScoringFact | undefined, channel: ScoringChannel): FactOutcome {
  const value = fact?.value?.trim() || UNKNOWN;
  const base = { factKey: rule.fact, value, fact, rule };
  if (rule.digitalOnly && !channel.digital) return { ...base, state: "not-applicable", class: null, points: null };
  if (value === UNKNOWN) return { ...base, state: "unknown", class: null, points: null };
  for (const candidate of rule.values) {
    const matches = candidate.value !== undefined ? candidate.value === value : regex(candidate.pattern!).test(value);
    if (!matches) continue;
    return candidate.points === null
      ? { ...base, state: "not-applicable", class: candidate.class, points: null }
      : { ...base, state: "known", class: candidate.class, points: candidate.points };
  }
  return { ...base, state: "unclassified", class: null, points: null };
}

/** Every fact with a rule, classified for this channel. */
export function classifyFacts(
  rules: ScoringRules,
  facts: Partial<Record<FactKey, ScoringFact>>,
  channel: ScoringChannel,
): Map<FactKey, FactOutcome> {
  return new Map(rules.facts.map((rule) => [rule.fact, classifyFact(rule, facts[rule.fact], channel)]));
}
