import type { OwnerRole, Role } from "@/lib/frameworks/schema";
import type { Verdict } from "@/lib/reviews/transitions";
import type { EvaluationStatus } from "@/lib/evaluations/schema";

/**
 * The evaluation's workflow, reviewed like an assessment section: the advisor fills it in and
 * submits it; the reviewer of the communication section (by default another advisor) approves it
 * or asks for changes, never the person who filled it in (four eyes). Refusals use the review
 * workflow's reasons, so they read the same (messages reviews.refusals).
 */

const allowed: Verdict = { ok: true };

/** Fill in and submit: the advisor, while the evaluation is open or sent back. */
export function checkSubmitEvaluation(input: { status: EvaluationStatus; roles: readonly Role[] }): Verdict {
  if (!input.roles.includes("advisor")) return { ok: false, reason: "wrong_role" };
  if (input.status === "approved") return { ok: false, reason: "section_approved" };
  if (input.status === "in_review") return { ok: false, reason: "nothing_to_submit" };
  return allowed;
}

/** Approve or ask for changes: the communication section's reviewer, only a submitted evaluation; approval with four eyes. */
export function checkReviewEvaluation(input: {
  action: "approve" | "request_changes";
  status: EvaluationStatus;
  roles: readonly Role[];
  reviewerRole: OwnerRole;
  /** The actor filled in (and submitted) the evaluation. */
  ownEdits: boolean;
}): Verdict {
  if (!input.roles.includes(input.reviewerRole)) return { ok: false, reason: "wrong_role" };
  if (input.status === "approved") return { ok: false, reason: "section_approved" };
  if (input.status !== "in_review") return { ok: false, reason: "not_submitted" };
  if (input.action === "approve" && input.ownEdits) return { ok: false, reason: "own_edits" };
  return allowed;
}

/** Move the due date: the advisor, until the evaluation is approved. */
export function checkSetDueDate(input: { status: EvaluationStatus; roles: readonly Role[] }): Verdict {
  if (!input.roles.includes("advisor")) return { ok: false, reason: "wrong_role" };
  if (input.status === "approved") return { ok: false, reason: "section_approved" };
  return allowed;
}
