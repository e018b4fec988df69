import { KNOCKOUT_ITEMS } from "@/lib/scoring/knockouts";
import { isCalendarDate } from "@/lib/validation/date";

/** The answer that holds the exit strategy's end date; the advice's "phase out by" follows it. */
export const exitDeadlineRef = KNOCKOUT_ITEMS.exitDeadline;

/** The exit deadline from the answer's (parsed) value, or null when there is none. */
export function exitDeadlineOf(value: unknown): string | null {
  return typeof value === "string" && isCalendarDate(value) ? value : null;
}

/**
 * A decision to phase out by one date while the exit strategy (and with it the advice) names
 * another: one of the two is wrong, and nobody would notice. Null when they agree or when there
 * is nothing to compare.
 */
export function endDateMismatch(assessment: { decision: string | null; phaseOutDate: string | null }, exitDeadline: string | null) {
  if (assessment.decision !== "phase_out" || !assessment.phaseOutDate || !exitDeadline) return null;
  return assessment.phaseOutDate === exitDeadline ? null : { decided: assessment.phaseOutDate, exitDeadline };
}
