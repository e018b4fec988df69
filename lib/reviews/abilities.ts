import { can } from "@/lib/auth/permissions";
import { editableStatuses } from "@/lib/assessments/schema";
import type { OwnerRole, Role } from "@/lib/frameworks/schema";
import { checkComment, checkRiskDecision, checkSectionReview, type AssessmentStatus, type SectionStatus } from "@/lib/reviews/transitions";

type SectionState = {
  roles: readonly Role[];
  status: AssessmentStatus;
  /** null while the section was never submitted. */
  sectionStatus: SectionStatus | null;
  reviewerRole: OwnerRole;
};

export type SectionAbilities = {
  /** Change answers and risks (the wizard). */
  canEdit: boolean;
  /** Holds the role that reviews this section. */
  reviews: boolean;
  /** The state allows approval; whether this person may approve also depends on four eyes. */
  approvalOpen: boolean;
  canApprove: boolean;
  canRequestChanges: boolean;
  canComment: boolean;
};

/**
 * What a person may do on the review page of one section, from the same rules the server
 * mutations check. Four eyes: the author of the section (answers changed this round) sees why
 * they cannot approve instead of the approve form. Undecided risks are explained beside the form
 * and enforced by the server.
 */
export function sectionAbilities(input: SectionState & { ownEdits: boolean }): SectionAbilities {
  const { roles, status, reviewerRole } = input;
  const sectionStatus = input.sectionStatus ?? "open";
  const reviews = can(roles, "review.act") && roles.includes(reviewerRole);
  const reviewCheck = (action: "approve" | "request_changes") =>
    reviews && input.sectionStatus !== null && checkSectionReview({ action, status, sectionStatus, roles, reviewerRole, editedThisRound: false, undecidedRisks: 0 }).ok;
  const approvalOpen = reviewCheck("approve");
  return {
    canEdit: can(roles, "assessment.edit") && (editableStatuses as readonly string[]).includes(status),
    reviews,
    approvalOpen,
    canApprove: approvalOpen && !input.ownEdits,
    canRequestChanges: reviewCheck("request_changes"),
    canComment: can(roles, "comment.write") && checkComment({ status, roles }).ok,
  };
}

/**
 * What a person sees of one risk's decision: the form, the four-eyes explanation (they authored
 * the risk or the section's answers this round), or nothing (wrong role or state).
 */
export function riskDecisionAbility(input: SectionState & { authoredThisRound: boolean }): "form" | "four_eyes" | "none" {
  const { roles, status, reviewerRole } = input;
  const sectionStatus = input.sectionStatus ?? "open";
  const check = (authoredThisRound: boolean) => can(roles, "risk.decide") && checkRiskDecision({ status, sectionStatus, roles, reviewerRole, authoredThisRound }).ok;
  if (check(input.authoredThisRound)) return "form";
  return check(false) ? "four_eyes" : "none";
}
