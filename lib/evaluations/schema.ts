/**
 * The evaluation of a channel decision: its vocabulary and the inputs of its forms. Pure zod, no
 * I/O, so the browser form, the server actions, the job and the unit tests share it.
 */
import { z } from "zod";
import { calendarDate } from "@/lib/validation/date-schema";
// The outcomes and measurements are published in the policy snapshot, so its schema holds their one definition.
import { outcomes, type Outcome } from "@/lib/policy/evaluation-schema";
export { outcomes, type Outcome };
export { measurements, parseMeasurements, type Measurements } from "@/lib/policy/evaluation-schema";

export const evaluationStatuses = ["open", "in_review", "changes_requested", "approved"] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

/** Why the evaluation is due on its date (lib/evaluations/due-date.ts). */
export const dueReasons = ["default", "exit_deadline", "phase_out", "risk_review", "dpia", "advisor"] as const;
export type DueReason = (typeof dueReasons)[number];

export const reminderKinds = ["upcoming", "due", "facts_changed"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export function isEvaluationStatus(value: string): value is EvaluationStatus {
  return (evaluationStatuses as readonly string[]).includes(value);
}

export function isOutcome(value: string | null): value is Outcome {
  return value !== null && (outcomes as readonly string[]).includes(value);
}

export function isReminderKind(value: string): value is ReminderKind {
  return (reminderKinds as readonly string[]).includes(value);
}

/**
 * A whole number as a person types it; empty means "not measured". It stays text in the form's
 * schema, so the browser sends the server what it validated (figureValue turns it into a number).
 */
const figure = z.string().trim().max(12, "too_large").regex(/^\d*$/, "invalid");

export function figureValue(typed: string): number | null {
  return typed.trim() === "" ? null : Number(typed);
}

const ref = { municipalitySlug: z.string().min(1).max(100), evaluationId: z.string().min(1).max(100) };

/** The advisor's form: the figures as typed, what happened with the exit triggers, and the outcome. */
export const evaluationInput = z.object({
  ...ref,
  expectedVersion: z.number().int().min(1),
  reach: z.record(z.string().max(100), figure),
  engagement: figure,
  incidents: figure,
  complaints: figure,
  hours: figure,
  costs: figure,
  exitTriggers: z.string().trim().min(1, "required").max(5000),
  outcome: z.enum(outcomes, "invalid_value"),
  rationale: z.string().trim().min(1, "rationale_required").max(5000),
});
export type EvaluationFormValues = z.input<typeof evaluationInput>;
export type EvaluationData = z.output<typeof evaluationInput>;

export const dueDateInput = z.object({ ...ref, dueDate: calendarDate });
export type DueDateInput = z.input<typeof dueDateInput>;

export const evaluationReviewInput = z
  .object({ ...ref, action: z.enum(["approve", "request_changes"]), note: z.string().trim().max(2000) })
  .refine((input) => input.action === "approve" || input.note.length > 0, { path: ["note"], message: "rationale_required" });
export type EvaluationReviewInput = z.input<typeof evaluationReviewInput>;
