/**
 * Types of the scoring module's input and results, and the message keys its results carry.
 * Pure. Every sentence the scoring produces travels as a message key in the `scoring` namespace
 * (messages/<locale>/scoring.json) with raw params; `messageParams` in ./explain.ts turns those
 * params into labels in the reader's language.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { ChannelKind, FactKey } from "@/lib/catalogue/schema";
import type { Dimension, Framework } from "@/lib/frameworks/schema";
import type { ScoringRules, Weights } from "./schema";

/* ------------------------------------------------------------------------------------------ */
/* Input                                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** What a fact cites; the catalogue's and an override's sources both fit. */
export type ScoringFactSource = { publisher: string; title: string; date?: string; url?: string };

/** One fact in force for the channel (catalogue value or the municipality's override). */
export type ScoringFact = {
  value: string;
  source?: ScoringFactSource;
  checkedAt?: string;
  origin?: "catalogue" | "override";
};

/**
 * selfHosted: the municipality runs the channel itself (its own server, not a platform of
 * others), so duties such as moderation are its own.
 */
export type ScoringChannel = { id: string; kind: ChannelKind; digital: boolean; selfHosted?: boolean };

export type ScoringAnswer = { value: AnswerValue | null; rationale?: string };

export interface ScoringInput {
  /** The framework versions this assessment uses: one version per framework id. */
  frameworks: readonly Framework[];
  dimensions: readonly Dimension[];
  /** Facts in force (lib/catalogue/facts applyOverrides); a missing fact counts as unknown. */
  facts: Partial<Record<FactKey, ScoringFact>>;
  channel: ScoringChannel;
  /** Keyed "<frameworkId>:<itemId>", values as stored (lib/frameworks/answer-value.ts). */
  answers: Readonly<Record<string, ScoringAnswer | undefined>>;
  /** The municipality's weights (validated with weightsInput); missing dimensions use defaultWeight. */
  weights?: Partial<Record<string, number>>;
  /** YYYY-MM-DD, passed in so the scoring stays pure (exit deadlines, phase-out dates). */
  today: string;
  /**
   * True when the municipality uses the channel now (it has an active account, or last year's
   * decision was use, use with conditions or a phase-out that has not ended). Negative advice
   * then reads "phase out by <date>" instead of "do not use". Default false.
   */
  currentlyUsed?: boolean;
  /**
   * Kind and digital flag of other channels, by id (catalogue ids and "custom:<id>"), so the
   * alternatives and crisis fallbacks can be checked for an offline or non-commercial option.
   * Without it those two checks are skipped.
   */
  knownChannels?: Readonly<Record<string, { kind: ChannelKind; digital: boolean }>>;
}

/* ------------------------------------------------------------------------------------------ */
/* Output                                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** Raw params of a message; `messageParams` (./explain.ts) adds the labels a message needs. */
export type MessageParams = Record<string, string>;

export type AnswerState = "answered" | "unknown" | "unanswered";
export type FactState = "known" | "unknown" | "unclassified" | "not-applicable";

/** One answer that moved a score or triggered a finding. */
export interface AnswerDriver {
  kind: "answer";
  /** "<frameworkId>:<itemId>", so the page can link to the question. */
  itemRef: string;
  value: AnswerValue | null;
  state: AnswerState;
  /** 0 (bad) .. 1 (good), after inversion; null when unknown or not scored. */
  points: number | null;
  /** Weight of the item's feed into this dimension; 0 for evidence of a finding. */
  weight: number;
  inverted: boolean;
  /**
   * Points this answer moves the dimension score up (+) or down (−) from the middle (50):
   * the score is 50 plus the sum of the contributions of its drivers. 0 for evidence.
   */
  contribution: number;
  messageKey: DriverMessageKey;
  params: MessageParams;
}

/** One catalogue fact (or override) that moved a score or triggered a finding. */
export interface FactDriver {
  kind: "fact";
  factKey: FactKey;
  value: string;
  state: FactState;
  /** The outcome the rule in content/scoring.yaml assigned, e.g. "outside-eu". */
  class: string | null;
  points: number | null;
  weight: number;
  contribution: number;
  origin?: "catalogue" | "override";
  checkedAt?: string;
  source?: ScoringFactSource;
  messageKey: DriverMessageKey;
  params: MessageParams;
}

export type Driver = AnswerDriver | FactDriver;

export type DimensionGroup = Dimension["group"];

export interface DimensionScore {
  id: string;
  group: DimensionGroup;
  /** 0..100 (rounded), null when nothing feeding this dimension is known. */
  score: number | null;
  /** 0..1: share of the dimension's inputs (by weight) that is known. */
  confidence: number;
  /** The weight in force (municipality's or default). */
  weight: number;
  /** Scored answers and facts, largest effect first. */
  drivers: Driver[];
  /** Item refs answered "unknown" or not answered: they lower confidence, never the score. */
  unknown: string[];
  /** Of `unknown`, the questions answered "Weet ik niet" (the rest is not answered yet). */
  answeredUnknown: string[];
  /** Facts that are unknown (or could not be classified): they lower confidence too. */
  unknownFacts: FactKey[];
}

export interface OverallContribution {
  dimension: string;
  weight: number;
  score: number | null;
  /** Share of the overall score this dimension supplies (weight × score / total weight). */
  contribution: number;
}

export interface OverallScore {
  score: number | null;
  confidence: number;
  contributions: OverallContribution[];
}

export const knockoutIds = [
  "no-alternative-for-audience",
  "no-offline-alternative",
  "personal-data-outside-eu-without-dpia",
  "dpia-high-risks-unresolved",
  "no-exit-strategy",
  "no-exit-deadline",
  "exit-deadline-passed",
  "no-crisis-fallback",
  "no-moderation",
  "baseline-below-minimum",
] as const;
export type KnockoutId = (typeof knockoutIds)[number];

export interface Knockout {
  id: KnockoutId;
  /** blocking: the channel should not be used as things stand. condition: only use once it is resolved. */
  severity: "blocking" | "condition";
  /** triggered: the answers show the problem. unresolved: the answers needed to tell are missing. */
  status: "triggered" | "unresolved";
  messageKey: KnockoutMessageKey;
  params: MessageParams;
  /** The answers and facts that led to the finding. */
  drivers: Driver[];
}

export const recommendationValues = ["use", "use_with_conditions", "do_not_use", "phase_out"] as const;
export type RecommendationValue = (typeof recommendationValues)[number];

/** True for an advice or decision under which the channel stays in use; feeds `currentlyUsed`. */
export function keepsInUse(value: string | null | undefined): boolean {
  return value === "use" || value === "use_with_conditions";
}

export interface Reason {
  messageKey: ReasonMessageKey | KnockoutMessageKey;
  params: MessageParams;
  knockout?: KnockoutId;
  itemRefs: string[];
  factKeys: FactKey[];
}

export interface Recommendation {
  value: RecommendationValue;
  /** YYYY-MM-DD, with phase_out only. */
  phaseOutBy?: string;
  /** True when the overall confidence is below the minimum: complete the assessment first. */
  provisional: boolean;
  reasons: Reason[];
}

export interface ChangeEffect {
  score: number | null;
  scoreDelta: number | null;
  confidence: number;
  confidenceDelta: number;
  recommendation: RecommendationValue;
  recommendationChanges: boolean;
  /** Findings that disappear or become less severe. */
  resolves: KnockoutId[];
  /** Findings that appear or become more severe. */
  introduces: KnockoutId[];
  direction: "better" | "worse";
}

export type Change =
  | {
      kind: "answer";
      itemRef: string;
      /** set: give this answer. fill: fill in the (text, date or channel list) question. */
      action: "set" | "fill";
      from: AnswerValue | null;
      /** With action "set". */
      to?: AnswerValue;
      effect: ChangeEffect;
      messageKey: ChangeMessageKey;
      params: MessageParams;
    }
  | {
      kind: "fact";
      factKey: FactKey;
      action: "resolve";
      from: string;
      to: string;
      effect: ChangeEffect;
      messageKey: ChangeMessageKey;
      params: MessageParams;
    };

export interface ScoreResult {
  dimensions: DimensionScore[];
  groups: Record<DimensionGroup, { score: number | null; confidence: number }>;
  overall: OverallScore;
  knockouts: Knockout[];
  recommendation: Recommendation;
  whatWouldChange: Change[];
  /** The weights used, per dimension. */
  weights: Weights;
  rulesVersion: string;
}

/* ------------------------------------------------------------------------------------------ */
/* Message keys (namespace "scoring")                                                           */
/* ------------------------------------------------------------------------------------------ */

export const driverMessageKeys = [
  "driver.answer.raises",
  "driver.answer.lowers",
  "driver.answer.neutral",
  "driver.fact.raises",
  "driver.fact.lowers",
  "driver.fact.neutral",
  "driver.evidence.answer",
  "driver.evidence.unanswered",
  "driver.evidence.answeredUnknown",
  "driver.evidence.fact",
  "driver.evidence.factUnknown",
] as const;
export type DriverMessageKey = (typeof driverMessageKeys)[number];

/** Per knock-out, the variants it can produce. */
export const knockoutVariants = {
  "no-alternative-for-audience": ["blocking", "condition", "unresolved", "ownChannel"],
  "no-offline-alternative": ["condition"],
  "personal-data-outside-eu-without-dpia": ["blocking", "condition", "unresolvedLocation"],
  "dpia-high-risks-unresolved": ["blocking", "condition", "unresolved"],
  "no-exit-strategy": ["blocking", "blockingUnknown", "condition"],
  "no-exit-deadline": ["condition"],
  "exit-deadline-passed": ["condition"],
  "no-crisis-fallback": ["condition", "notConsidered", "onlyCommercial"],
  "no-moderation": ["condition", "selfHosted", "selfHostedUnresolved", "vulnerable"],
  "baseline-below-minimum": ["blocking"],
} as const satisfies Record<KnockoutId, readonly string[]>;
export type KnockoutVariant<K extends KnockoutId> = (typeof knockoutVariants)[K][number];
export type KnockoutMessageKey = { [K in KnockoutId]: `knockout.${K}.${KnockoutVariant<K>}` }[KnockoutId];

export const reasonMessageKeys = [
  "reason.scoreUse",
  "reason.scoreConditions",
  "reason.scoreBelow",
  "reason.noScore",
  "reason.lowConfidence",
  "reason.conditions",
  "reason.currentlyUsed",
  "reason.phaseOutByDeadline",
  "reason.phaseOutByDefault",
  "reason.lowReach",
] as const;
export type ReasonMessageKey = (typeof reasonMessageKeys)[number];

export const changeMessageKeys = ["change.answer.set", "change.answer.fill", "change.fact.resolve"] as const;
export type ChangeMessageKey = (typeof changeMessageKeys)[number];

/** Every message key scoring results can carry; a test checks both message files have them. */
export const scoringMessageKeys: readonly string[] = [
  ...driverMessageKeys,
  ...(Object.entries(knockoutVariants) as Array<[KnockoutId, readonly string[]]>).flatMap(([id, variants]) => [
    `knockout.${id}.title`,
    ...variants.map((variant) => `knockout.${id}.${variant}`),
  ]),
  ...reasonMessageKeys,
  ...changeMessageKeys,
  ...recommendationValues.map((value) => `recommendation.${value}`),
];
