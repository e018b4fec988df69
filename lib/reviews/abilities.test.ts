import { describe, expect, it } from "vitest";
import { riskDecisionAbility, sectionAbilities } from "./abilities";

describe("sectionAbilities", () => {
  it("lets the section's reviewing role approve or request changes while the assessment is in review", () => {
    expect(sectionAbilities({ roles: ["privacy"], status: "in_review", sectionStatus: "open", reviewerRole: "privacy", ownEdits: false })).toEqual({
      canEdit: true,
      reviews: true,
      approvalOpen: true,
      canApprove: true,
      canRequestChanges: true,
      canComment: true,
    });
  });

  it("four eyes: the author of the section's answers may not approve it, but may request changes", () => {
    const abilities = sectionAbilities({ roles: ["privacy"], status: "in_review", sectionStatus: "open", reviewerRole: "privacy", ownEdits: true });
    expect(abilities).toMatchObject({ approvalOpen: true, canApprove: false, canRequestChanges: true });
  });

  it("gives another role no review forms for the section, but lets it comment", () => {
    const abilities = sectionAbilities({ roles: ["ciso"], status: "in_review", sectionStatus: "open", reviewerRole: "privacy", ownEdits: false });
    expect(abilities).toMatchObject({ reviews: false, approvalOpen: false, canApprove: false, canRequestChanges: false, canComment: true });
  });

  it("offers no review before the section is submitted", () => {
    const abilities = sectionAbilities({ roles: ["privacy"], status: "draft", sectionStatus: null, reviewerRole: "privacy", ownEdits: false });
    expect(abilities).toMatchObject({ reviews: true, canApprove: false, canRequestChanges: false, canEdit: true });
  });

  it("after approval still allows a request for changes, not a second approval", () => {
    const abilities = sectionAbilities({ roles: ["ciso"], status: "in_review", sectionStatus: "approved", reviewerRole: "ciso", ownEdits: false });
    expect(abilities).toMatchObject({ canApprove: false, canRequestChanges: true });
  });

  it("freezes everything once the assessment is decided", () => {
    const abilities = sectionAbilities({ roles: ["advisor", "privacy"], status: "decided", sectionStatus: "approved", reviewerRole: "privacy", ownEdits: false });
    expect(abilities).toMatchObject({ canEdit: false, canApprove: false, canRequestChanges: false });
  });

  it("lets council members read only", () => {
    expect(sectionAbilities({ roles: ["council"], status: "in_review", sectionStatus: "open", reviewerRole: "advisor", ownEdits: false })).toEqual({
      canEdit: false,
      reviews: false,
      approvalOpen: false,
      canApprove: false,
      canRequestChanges: false,
      canComment: false,
    });
  });
});

describe("riskDecisionAbility", () => {
  const state = { roles: ["privacy"] as const, status: "in_review" as const, sectionStatus: "open" as const, reviewerRole: "privacy" as const };

  it("shows the decision form to the section's reviewer", () => {
    expect(riskDecisionAbility({ ...state, authoredThisRound: false })).toBe("form");
  });

  it("explains four eyes to the reviewer who authored the risk or the section's answers", () => {
    expect(riskDecisionAbility({ ...state, authoredThisRound: true })).toBe("four_eyes");
  });

  it("shows nothing to another role or once the assessment is decided", () => {
    expect(riskDecisionAbility({ ...state, roles: ["ciso"], authoredThisRound: false })).toBe("none");
    expect(riskDecisionAbility({ ...state, status: "decided", authoredThisRound: false })).toBe("none");
  });
});
