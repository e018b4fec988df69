import type { OwnerRole, Role } from "@/lib/frameworks/schema";
import { recommendationValues } from "@/lib/scoring/schema";

/**
 * The review workflow as pure rules: which role may do what in which state, and what a step
 * changes. The server mutations ask these functions before they write anything, so a step the
 * interface does not offer is refused just the same when it is posted to the server directly.
 * The same rules, as a table, are in docs/review-workflow.md.
 */

export const assessmentStatuses = ["draft", "in_review", "changes_requested", "approved", "decided"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

export const sectionStatuses = ["open", "approved", "changes_requested", "needs_reapproval"] as const;
export type SectionStatus = (typeof sectionStatuses)[number];

export const riskDecisions = ["accepted", "mitigated", "not_accepted"] as const;
export type RiskDecision = (typeof riskDecisions)[number];

/** The decision on a channel takes one of the values the advice can take. */
export const decisions = recommendationValues;
export type Decision = (typeof decisions)[number];

/** Why a step is refused; each has a translated explanation (messages reviews.refusals). */
export const refusalReasons = [
  "wrong_role",
  "not_submitted",
  "decided",
  "nothing_to_submit",
  "not_all_approved",
  "section_approved",
  "section_awaits_resubmission",
  "own_edits",
  "risks_undecided",
  "risk_not_accepted",
  "not_decided",
  "policy_adopted",
  "nothing_answered",
] as const;
export type Refusal = (typeof refusalReasons)[number];

export type Verdict = { ok: true } | { ok: false; reason: Refusal };

/** Assessment.reviewRound starts at 1 and only grows with approvals, so a section opened at submission has round 1. */
export const firstRound = 1;

const allowed: Verdict = { ok: true };
const refuse = (reason: Refusal): Verdict => ({ ok: false, reason });

/** Who proposes and records the decision: the communication advisor; an administrator may record it too. */
const submitters: readonly Role[] = ["advisor"];
const deciders: readonly Role[] = ["advisor", "admin"];
const commenters: readonly Role[] = ["advisor", "privacy", "ciso", "admin"];

const holds = (roles: readonly Role[], wanted: readonly Role[]) => roles.some((role) => wanted.includes(role));

export function isAssessmentStatus(value: string): value is AssessmentStatus {
  return (assessmentStatuses as readonly string[]).includes(value);
}

export function isDecision(value: string): value is Decision {
  return (decisions as readonly string[]).includes(value);
}

export function isRiskDecision(value: string): value is RiskDecision {
  return (riskDecisions as readonly string[]).includes(value);
}

export function isSectionStatus(value: string): value is SectionStatus {
  return (sectionStatuses as readonly string[]).includes(value);
}

/**
 * draft or changes requested → submitted for review; only the advisor submits, and only when at
 * least one question is answered ("Weet ik niet" counts): an empty assessment gives the
 * reviewers nothing to judge.
 */
export function checkSubmit(input: { status: AssessmentStatus; roles: readonly Role[]; answered: number }): Verdict {
  if (!holds(input.roles, submitters)) return refuse("wrong_role");
  if (input.status === "decided") return refuse("decided");
  if (input.status !== "draft" && input.status !== "changes_requested") return refuse("nothing_to_submit");
  if (input.answered === 0) return refuse("nothing_answered");
  return allowed;
}

export type SectionReviewInput = {
  action: "approve" | "request_changes";
  status: AssessmentStatus;
  sectionStatus: SectionStatus;
  roles: readonly Role[];
  /** The role that reviews this section (from the municipality's section mapping). */
  reviewerRole: OwnerRole;
  /** Four eyes: the actor changed an answer of this section in its current round. */
  editedThisRound: boolean;
  /** Risks of this section that have no decision yet. */
  undecidedRisks: number;
};

/**
 * Approve a section or request changes on it. Only the section's reviewing role, only while the
 * assessment is under review. Approval needs four eyes and a decision on every risk of the
 * section. A section whose changes were requested waits until the advisor submits again.
 */
export function checkSectionReview(input: SectionReviewInput): Verdict {
  if (!input.roles.includes(input.reviewerRole)) return refuse("wrong_role");
  if (input.status === "draft") return refuse("not_submitted");
  if (input.status === "decided") return refuse("decided");
  if (input.sectionStatus === "changes_requested") return refuse("section_awaits_resubmission");
  if (input.action === "request_changes") return allowed;
  if (input.sectionStatus === "approved") return refuse("section_approved");
  if (input.editedThisRound) return refuse("own_edits");
  if (input.undecidedRisks > 0) return refuse("risks_undecided");
  return allowed;
}

/**
 * Accept, mitigate or refuse a risk: the reviewing role of the risk's section, before it approves
 * the section. Four eyes as for approval: not the person who added the risk or changed an answer
 * of the section in its current round.
 */
export function checkRiskDecision(input: {
  status: AssessmentStatus;
  sectionStatus: SectionStatus;
  roles: readonly Role[];
  reviewerRole: OwnerRole;
  authoredThisRound: boolean;
}): Verdict {
  if (!input.roles.includes(input.reviewerRole)) return refuse("wrong_role");
  if (input.status === "draft") return refuse("not_submitted");
  if (input.status === "decided") return refuse("decided");
  if (input.sectionStatus === "approved") return refuse("section_approved");
  if (input.authoredThisRound) return refuse("own_edits");
  return allowed;
}

/**
 * Whether the risk decisions allow a decision on the channel. A risk that was not accepted rules
 * out "use" only: using the channel under conditions that keep the risk out, not using it and
 * phasing it out are all consistent with refusing the risk. Recording a decision and adopting
 * the policy both ask this one rule, so a decision the app accepted never blocks adoption later.
 */
export function riskConflict(decision: Decision, riskDecisions: readonly (RiskDecision | null)[]): Refusal | null {
  if (riskDecisions.some((riskDecision) => riskDecision === null)) return "risks_undecided";
  if (decision === "use" && riskDecisions.includes("not_accepted")) return "risk_not_accepted";
  return null;
}

/** Record the decision on the channel: once every section is approved and the risks allow it. */
export function checkRecordDecision(input: {
  status: AssessmentStatus;
  roles: readonly Role[];
  decision: Decision;
  riskDecisions: readonly (RiskDecision | null)[];
}): Verdict {
  if (!holds(input.roles, deciders)) return refuse("wrong_role");
  if (input.status === "decided") return refuse("decided");
  if (input.status !== "approved") return refuse("not_all_approved");
  const conflict = riskConflict(input.decision, input.riskDecisions);
  return conflict ? refuse(conflict) : allowed;
}

/**
 * Reopen a decided assessment: whoever may record the decision may take it back, with a reason,
 * as long as the year's policy is not adopted (an adopted document is frozen, and so is what it
 * rests on). Every section then goes through review again.
 */
export function checkReopen(input: { status: AssessmentStatus; roles: readonly Role[]; policyAdopted: boolean }): Verdict {
  if (!holds(input.roles, deciders)) return refuse("wrong_role");
  if (input.status !== "decided") return refuse("not_decided");
  if (input.policyAdopted) return refuse("policy_adopted");
  return allowed;
}

/** Comments and their resolved state: everyone who works on assessments, until the decision freezes it. */
export function checkComment(input: { status: AssessmentStatus; roles: readonly Role[] }): Verdict {
  if (!holds(input.roles, commenters)) return refuse("wrong_role");
  if (input.status === "decided") return refuse("decided");
  return allowed;
}

/* ------------------------------------------------------------------------------------------ */
/* What a step changes                                                                         */
/* ------------------------------------------------------------------------------------------ */

/** The assessment's status follows from its sections once it has been submitted. */
export function statusFromSections(statuses: readonly SectionStatus[]): "in_review" | "changes_requested" | "approved" {
  if (statuses.includes("changes_requested")) return "changes_requested";
  if (statuses.length > 0 && statuses.every((status) => status === "approved")) return "approved";
  return "in_review";
}

/** Submitting (again) opens every section that has no review yet or whose changes were requested. */
export function sectionStatusAfterSubmit(status: SectionStatus | undefined): SectionStatus {
  if (status === undefined || status === "changes_requested") return "open";
  return status;
}

/** A change to an approved section (an answer, a risk, a catalogue fact) asks its reviewer to look again. */
export function sectionStatusAfterChange(status: SectionStatus): SectionStatus {
  return status === "approved" ? "needs_reapproval" : status;
}
