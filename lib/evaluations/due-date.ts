import { addMonths } from "@/lib/validation/date";
import type { DueReason } from "@/lib/evaluations/schema";

/** The answers of an assessment that name an earlier moment to look again. */
export const EXIT_DEADLINE_ITEM = "assessment-plan:plan.exit.deadline";
export const DPIA_ITEM = "vng-afwegingskader:vng.law.dpia";

/** A year after adoption, the IBD's yearly evaluation (consideration 5). */
export const DEFAULT_MONTHS = 12;
/** Without a DPIA that applies, the channel is looked at again once one could have been made. */
export const DPIA_MONTHS = 6;
/** Reminders start this many days before the due date. */
export const UPCOMING_DAYS = 30;

export type DueDateInput = {
  /** The day the policy was adopted, YYYY-MM-DD. */
  adoptedOn: string;
  /** plan.exit.deadline: the day until which the channel is used unless a new assessment extends it. */
  exitDeadline: string | null;
  /** The decision's phase-out date. */
  phaseOutDate: string | null;
  /** Review dates of the risks the decision accepted. */
  riskReviewDates: readonly string[];
  /** vng.law.dpia: "yes" when a DPIA applies. */
  dpia: string | null;
};

/**
 * When a channel decision is evaluated: a year after adoption, or earlier when the assessment
 * named a moment that comes first: its exit deadline, its phase-out date, the review date of an
 * accepted risk, or, without a DPIA that applies, six months on. Moments on or before the
 * adoption day had passed when the council decided, so they do not count.
 */
export function evaluationDueDate(input: DueDateInput): { dueDate: string; dueReason: DueReason } {
  const candidates: { dueDate: string; dueReason: DueReason }[] = [{ dueDate: addMonths(input.adoptedOn, DEFAULT_MONTHS), dueReason: "default" }];
  if (input.exitDeadline) candidates.push({ dueDate: input.exitDeadline, dueReason: "exit_deadline" });
  if (input.phaseOutDate) candidates.push({ dueDate: input.phaseOutDate, dueReason: "phase_out" });
  for (const date of input.riskReviewDates) candidates.push({ dueDate: date, dueReason: "risk_review" });
  if (input.dpia && input.dpia !== "yes") candidates.push({ dueDate: addMonths(input.adoptedOn, DPIA_MONTHS), dueReason: "dpia" });
  const ahead = candidates.filter((candidate) => candidate.dueDate > input.adoptedOn);
  // The default always lies ahead; on a tie it wins, so the reason shown is the plainest one.
  return ahead.reduce((earliest, candidate) => (candidate.dueDate < earliest.dueDate ? candidate : earliest));
}

/** A date minus n days (YYYY-MM-DD, UTC arithmetic). */
export function daysBefore(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/**
 * The date reminder due today for an evaluation not yet approved: "due" from the due date on,
 * "upcoming" in the UPCOMING_DAYS before it, none earlier or once approved.
 */
export function dateReminderDue(input: { dueDate: string; status: string; today: string }): "upcoming" | "due" | null {
  if (input.status === "approved") return null;
  if (input.today >= input.dueDate) return "due";
  if (input.today >= daysBefore(input.dueDate, UPCOMING_DAYS)) return "upcoming";
  return null;
}

/**
 * The key that makes a reminder once-only: per evaluation, kind and due date (a new due date gets
 * its own reminders), or per set of changed facts (another change later is a new reminder).
 */
export function reminderKey(evaluationId: string, kind: "upcoming" | "due" | "facts_changed", detail: string) {
  return `${evaluationId}:${kind}:${detail}`;
}
