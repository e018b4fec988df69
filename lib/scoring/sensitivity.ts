/**
 * Sensitivity of the advice to the weights: for each dimension, the overall score and the
 * recommendation when that one weight moves by each delta (default 20% down and up), all other
 * weights unchanged. Knock-outs do not depend on weights, so only score-based advice can move.
 */
import { round } from "./drivers";
import { reweigh, scoreAssessment } from "./score";
import { WEIGHT_MAX, type DimensionGroup, type RecommendationValue, type ScoringInput, type ScoringRules } from "./schema";

export interface SensitivityVariant {
  /** Relative change, e.g. -0.2 for 20% down. */
  delta: number;
  /** The weight tried (capped at the maximum of 10). */
  weight: number;
  score: number | null;
  recommendation: RecommendationValue;
  /** True when the recommendation differs from the base recommendation. */
  changes: boolean;
}

export interface SensitivityDimension {
  id: string;
  group: DimensionGroup;
  weight: number;
  variants: SensitivityVariant[];
  /** True when any variant changes the recommendation. */
  changes: boolean;
}

export interface SensitivityResult {
  base: { score: number | null; recommendation: RecommendationValue };
  deltas: number[];
  dimensions: SensitivityDimension[];
  /** True when no single weight change alters the recommendation. */
  stable: boolean;
}

export function sensitivity(
  input: ScoringInput,
  rules: ScoringRules,
  deltas: readonly number[] = [-0.2, 0.2],
): SensitivityResult {
  const base = scoreAssessment(input, rules, { whatWouldChange: false });
  const weights = base.weights;
  const dimensions = input.dimensions.map((dimension): SensitivityDimension => {
    const weight = weights[dimension.id];
    const variants = deltas.map((delta): SensitivityVariant => {
      const tried = round(Math.min(WEIGHT_MAX, Math.max(0, weight * (1 + delta))), 4);
      const result = reweigh(input, rules, base, { ...weights, [dimension.id]: tried });
      return {
        delta,
        weight: tried,
        score: result.overall.score,
        recommendation: result.recommendation.value,
        changes: result.recommendation.value !== base.recommendation.value,
      };
    });
    return { id: dimension.id, group: dimension.group, weight, variants, changes: variants.some((v) => v.changes) };
  });
  return {
    base: { score: base.overall.score, recommendation: base.recommendation.value },
    deltas: [...deltas],
    dimensions,
    stable: dimensions.every((d) => !d.changes),
  };
}
