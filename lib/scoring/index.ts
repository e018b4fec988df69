/**
 * Server-side entry of the scoring module: the pure functions with the rules of
 * content/scoring.yaml as default. Client components import types from "./schema" (or
 * "@/lib/scoring/schema") instead, because this file reads the file system.
 */
import { loadDimensions } from "@/lib/frameworks/load";
import { loadScoringRules } from "./rules";
import { scoreAssessment as scorePure, type ScoreOptions } from "./score";
import { sensitivity as sensitivityPure, type SensitivityResult } from "./sensitivity";
import type { ScoreResult, ScoringInput, ScoringRules } from "./schema";

export * from "./schema";
export { defaultWeights, resolveWeights } from "./defaults";
export { messageParams, type ExplainContext } from "./explain";
export { KNOCKOUT_ITEMS } from "./knockouts";
export type { ScoreOptions } from "./score";
export type { SensitivityDimension, SensitivityResult, SensitivityVariant } from "./sensitivity";
export { loadScoringRules, parseScoringRules, ScoringRulesError } from "./rules";

/** The rules in content/scoring.yaml, checked against content/dimensions.yaml. */
export const defaultScoringRules = (): ScoringRules => loadScoringRules(undefined, loadDimensions());

/** scoreAssessment from ./score with the rules of content/scoring.yaml as default. */
export function scoreAssessment(input: ScoringInput, rules: ScoringRules = defaultScoringRules(), options?: ScoreOptions): ScoreResult {
  return scorePure(input, rules, options);
}

/** sensitivity from ./sensitivity with the rules of content/scoring.yaml as default. */
export function sensitivity(
  input: ScoringInput,
  deltas: readonly number[] = [-0.2, 0.2],
  rules: ScoringRules = defaultScoringRules(),
): SensitivityResult {
  return sensitivityPure(input, rules, deltas);
}
