import type { Dimension } from "@/lib/frameworks/schema";
import { WEIGHT_MAX, WEIGHT_MIN, type Weights } from "./schema";

/** The default weight of each dimension, from content/dimensions.yaml (defaultWeight). */
export function defaultWeights(dimensions: readonly Dimension[]): Weights {
  return Object.fromEntries(dimensions.map((d) => [d.id, d.defaultWeight]));
}

/**
 * The weights in force: the municipality's weight where it set one, the default elsewhere.
 * Weights for unknown dimensions are ignored. Validate user input with `weightsInput` first; a
 * weight outside 0..10 here is a programming error and throws.
 */
export function resolveWeights(dimensions: readonly Dimension[], weights?: Partial<Record<string, number>>): Weights {
  const resolved = defaultWeights(dimensions);
  for (const d of dimensions) {
    const weight = weights?.[d.id];
    if (weight === undefined) continue;
    if (!Number.isFinite(weight) || weight < WEIGHT_MIN || weight > WEIGHT_MAX) {
      throw new RangeError(`weight of ${d.id} must be between ${WEIGHT_MIN} and ${WEIGHT_MAX}, got ${weight}`);
    }
    resolved[d.id] = weight;
  }
  return resolved;
}
