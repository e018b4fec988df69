/**
 * The zod schemas of the scoring module: the weights and the scoring rules. Pure: no file system,
 * no React, no Prisma, so the weights form can use `weightsInput` in the browser too. The types of
 * input and results are in ./types.ts, re-exported here so a caller imports from one place.
 */
import { z } from "zod";
import { factKey, isAllowedFactValue, isEnumeratedFactKey, UNKNOWN } from "@/lib/catalogue/schema";

/* ------------------------------------------------------------------------------------------ */
/* Weights                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;

/**
 * The dimension ids of content/dimensions.yaml, so `weightsInput` works without reading content
 * (e.g. in the browser). A unit test fails when this list and the content drift apart.
 */
export const DIMENSION_IDS = [
  "baseline.equal-safe",
  "baseline.equal-voice",
  "baseline.core-values",
  "value.autonomy",
  "value.openness",
  "value.transparency",
  "value.sovereignty",
  "value.people-first",
  "value.sustainability",
] as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Form libraries turn a field named "baseline.equal-safe" into { baseline: { "equal-safe": … } },
 * and FormData sends numbers as text. Both shapes are accepted; an empty field means "use the
 * default weight" and is dropped.
 */
function normaliseWeights(input: unknown): unknown {
  if (!isPlainObject(input)) return input;
  const flat: Record<string, unknown> = {};
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const id = prefix ? `${prefix}.${key}` : key;
      if (isPlainObject(value)) walk(value, id);
      else if (typeof value === "string") {
        const text = value.trim().replace(",", ".");
        if (text === "") continue;
        flat[id] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : value;
      } else flat[id] = value;
    }
  };
  walk(input, "");
  return flat;
}

/**
 * Weights per dimension, each 0..10 (0 leaves the dimension out of the overall score). Error
 * messages are codes from lib/validation/errors.ts: "too_small" below 0, "too_large" above 10,
 * "invalid" for anything that is not a number, "invalid_value" for an unknown dimension id,
 * "all_weights_zero" when every dimension weighs 0 (there would be no score at all).
 * Missing dimensions keep their default weight.
 */
export function weightsInputFor(dimensionIds: readonly string[]) {
  const known = new Set(dimensionIds);
  return z.preprocess(
    normaliseWeights,
    z
      .record(
        z.string(),
        z.number({ error: "invalid" }).min(WEIGHT_MIN, "too_small").max(WEIGHT_MAX, "too_large"),
        { error: "invalid" },
      )
      .superRefine((weights, ctx) => {
        for (const id of Object.keys(weights)) {
          if (!known.has(id)) ctx.addIssue({ code: "custom", path: [id], message: "invalid_value" });
        }
        // Every default weight is above zero (schema.test.ts), so only a set naming every dimension can weigh nothing.
        if (dimensionIds.length && dimensionIds.every((id) => weights[id] === 0)) {
          ctx.addIssue({ code: "custom", path: [dimensionIds[0]], message: "all_weights_zero" });
        }
      }),
  );
}

/** The weights form and server action schema for the dimensions in content/dimensions.yaml. */
export const weightsInput = weightsInputFor(DIMENSION_IDS);
export type WeightsInput = z.input<typeof weightsInput>;
export type Weights = Record<string, number>;

/* ------------------------------------------------------------------------------------------ */
/* Rules as data (content/scoring.yaml)                                                         */
/* ------------------------------------------------------------------------------------------ */

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected lower-case words joined by dashes");
const bilingual = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

const factValueRule = z
  .strictObject({
    /** Exact value, for facts with a closed list of values (jurisdiction, reach, ...). */
    value: z.string().min(1).optional(),
    /** Case-insensitive regular expression, for free-text facts (revenueModel, dataLocation, dpia). */
    pattern: z.string().min(1).optional(),
    /** Name of the outcome; knock-outs use the classes "outside-eu", "eu" and "high-risk". */
    class: kebab,
    /** 0 (bad) .. 1 (good); null means "does not apply" (no effect on score or confidence). */
    points: z.number().min(0).max(1).nullable(),
  })
  .superRefine((rule, ctx) => {
    if ((rule.value === undefined) === (rule.pattern === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "give either value or pattern" });
    }
    if (rule.pattern !== undefined) {
      try {
        new RegExp(rule.pattern, "i");
      } catch {
        ctx.addIssue({ code: "custom", path: ["pattern"], message: "invalid regular expression" });
      }
    }
  });

const factRule = z
  .strictObject({
    fact: factKey,
    /** Skipped for physical channels (counter, mail, radio), where the fact does not apply. */
    digitalOnly: z.boolean().default(false),
    feeds: z
      .array(z.strictObject({ dimension: z.string().min(1), weight: z.number().positive().max(10) }))
      .min(1),
    /** First match wins; a known value that matches nothing counts as unknown. */
    values: z.array(factValueRule).min(1),
    /** Why the fact counts this way; shown in the method documentation. */
    rationale: bilingual,
  })
  .superRefine((rule, ctx) => {
    rule.values.forEach((v, i) => {
      if (v.value === undefined) return;
      if (v.value === UNKNOWN) {
        ctx.addIssue({ code: "custom", path: ["values", i, "value"], message: '"unknown" is never scored' });
      } else if (!isAllowedFactValue(rule.fact, v.value)) {
        ctx.addIssue({ code: "custom", path: ["values", i, "value"], message: `not a possible value of ${rule.fact}` });
      }
    });
    if (isEnumeratedFactKey(rule.fact) && rule.values.some((v) => v.pattern !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["values"], message: `${rule.fact} has a closed list of values; use value, not pattern` });
    }
  });

export const scoringRulesSchema = z.strictObject({
  version: z.string().min(1),
  recommendation: z
    .strictObject({
      /** Overall score (0..100) from which the advice is "use". */
      useFrom: z.number().min(0).max(100),
      /** Overall score from which the advice is "use with conditions"; below it "do not use". */
      conditionsFrom: z.number().min(0).max(100),
      /** Below this overall confidence (0..1) the advice is provisional and never plain "use". */
      minConfidence: z.number().min(0).max(1),
    })
    .refine((r) => r.conditionsFrom <= r.useFrom, { message: "conditionsFrom must not exceed useFrom", path: ["conditionsFrom"] }),
  knockouts: z.strictObject({
    /** A baseline principle scoring below this (0..100) blocks use. */
    baselineMinimum: z.number().min(0).max(100),
    /** ...but only once that principle's confidence reaches this level. */
    baselineMinConfidence: z.number().min(0).max(1),
    /** Audiences (plan.goals.audiences option values) that need an offline alternative. */
    offlineAudiences: z.array(z.string().min(1)),
    /** Phase-out date when no usable exit deadline is recorded: today plus this many months. */
    defaultPhaseOutMonths: z.number().int().min(1).max(60),
  }),
  whatWouldChange: z.strictObject({ limit: z.number().int().min(0).max(20) }),
  warnings: z.strictObject({
    /** An answer on reaching the intended audiences (scale 1..5) at or below this is stated as low reach. */
    lowReachAtMost: z.number().int().min(1).max(5),
  }),
  facts: z.array(factRule).superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.fact)) ctx.addIssue({ code: "custom", path: [i, "fact"], message: `duplicate rule for ${rule.fact}` });
      seen.add(rule.fact);
    });
  }),
});
export type ScoringRules = z.output<typeof scoringRulesSchema>;
export type FactRule = ScoringRules["facts"][number];

export * from "./types";
