/**
 * Last year's evaluation of a channel decision as the policy snapshot publishes it (issue 16: per
 * channel `evaluation`, next to `transparency`). Pure zod, no I/O: the snapshot schema, the
 * evaluation forms (lib/evaluations/schema.ts takes its outcomes and measurements from here) and the tests share it.
 */
import { z } from "zod";

/** What an evaluation concludes for next year: keep the channel, change how it is used, or start leaving it. */
export const outcomes = ["continue", "adjust", "phase_out"] as const;
export type Outcome = (typeof outcomes)[number];

/** What was measured, as stored (Evaluation.measurements); every figure may be unknown. */
export const measurements = z.object({
  /** Reach per audience the assessment named (plan.goals.audiences), people per month. */
  reach: z.record(z.string().max(100), z.number().int().min(0).nullable()).default({}),
  engagement: z.number().int().min(0).nullable().default(null),
  incidents: z.number().int().min(0).nullable().default(null),
  complaints: z.number().int().min(0).nullable().default(null),
  hours: z.number().int().min(0).nullable().default(null),
  costs: z.number().int().min(0).nullable().default(null),
});
export type Measurements = z.infer<typeof measurements>;

export function parseMeasurements(json: string): Measurements {
  try {
    const parsed = measurements.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // A broken value reads as nothing measured yet.
  }
  return measurements.parse({});
}

const figure = z.number().int().min(0).nullable();
const label = z.object({ nl: z.string(), en: z.string() });

export const snapshotEvaluation = z.object({
  /** The policy year of the decision that was evaluated. */
  year: z.number().int(),
  outcome: z.enum(outcomes),
  measurements: z.object({
    /** Reach per month per audience the assessment named; label null for the one general figure. */
    reach: z.array(z.object({ audience: z.string().max(100), label: label.nullable(), value: figure })).max(50),
    engagement: figure,
    incidents: figure,
    complaints: figure,
    hours: figure,
    costs: figure,
  }),
  /** What happened with the exit triggers, in the advisor's words. */
  exitTriggers: z.string().max(5000),
  rationale: z.string().max(5000),
  /** ISO timestamps: when the advisor offered it for review, and when a colleague approved it. */
  evaluatedAt: z.string(),
  approvedAt: z.string(),
  approvedBy: z.string().max(200),
});
export type SnapshotEvaluation = z.infer<typeof snapshotEvaluation>;
