import { describe, expect, it } from "vitest";
import { riskDecisionDefaults } from "./schema";

const decided = {
  decision: "accepted",
  decisionRationale: "Aanvaardbaar tot de evaluatie.",
  riskOwner: "CISO",
  reviewDate: "2099-01-01",
  measures: "Geen persoonsgegevens in berichten.",
  mitigationBy: null,
  decidedById: "samira",
};

describe("the risk decision form's starting values", () => {
  it("starts from the person's own earlier decision, to change it", () => {
    expect(riskDecisionDefaults(decided, "samira")).toEqual({
      decision: "accepted",
      rationale: "Aanvaardbaar tot de evaluatie.",
      riskOwner: "CISO",
      reviewDate: "2099-01-01",
      measures: "Geen persoonsgegevens in berichten.",
      mitigationBy: "",
    });
  });

  it("never puts another person's decision and reasons in the form, so nobody saves them under their own name", () => {
    expect(riskDecisionDefaults(decided, "pieter")).toEqual({
      decision: null,
      rationale: "",
      riskOwner: "",
      reviewDate: "",
      measures: "Geen persoonsgegevens in berichten.",
      mitigationBy: "",
    });
  });
});
