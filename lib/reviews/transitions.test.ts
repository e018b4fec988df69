import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/frameworks/schema";
import {
  assessmentStatuses,
  checkComment,
  checkRecordDecision,
  checkReopen,
  checkRiskDecision,
  checkSectionReview,
  checkSubmit,
  decisions,
  sectionStatusAfterChange,
  sectionStatusAfterSubmit,
  sectionStatuses,
  statusFromSections,
  type AssessmentStatus,
  type SectionStatus,
  type Verdict,
} from "./transitions";

const cell = (verdict: Verdict) => (verdict.ok ? "✓" : verdict.reason);

/** The marked tables of docs/review-workflow.md (both languages), as rows of cells without backticks. */
function docTables(marker: string) {
  const text = fs.readFileSync(path.join(process.cwd(), "docs/review-workflow.md"), "utf8");
  const tables: string[][][] = [];
  const pattern = new RegExp(`<!-- table:${marker} -->\\n([\\s\\S]*?)<!-- /table -->`, "g");
  for (const match of text.matchAll(pattern)) {
    const rows = match[1]
      .trim()
      .split("\n")
      .map((line) =>
        line
          .trim()
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((value) => value.trim().replace(/`/g, "")),
      );
    tables.push(rows.slice(2));
  }
  return tables;
}

describe("the role × status table in docs/review-workflow.md", () => {
  const assessmentTables = docTables("assessment-actions");
  const sectionTables = docTables("section-actions");

  it("is there in English and Dutch", () => {
    expect(assessmentTables).toHaveLength(2);
    expect(sectionTables).toHaveLength(2);
  });

  it("matches the rules for every role and assessment status", () => {
    for (const table of assessmentTables) {
      const covered = new Set<string>();
      for (const [action, role, ...cells] of table) {
        covered.add(`${action}:${role}`);
        assessmentStatuses.forEach((status, index) => {
          const roles = [role as Role];
          const verdict =
            action === "submit"
              ? checkSubmit({ status, roles, answered: 1 })
              : action === "record_decision"
                ? checkRecordDecision({ status, roles, decision: "use_with_conditions", riskDecisions: ["accepted", "mitigated"] })
                : action === "reopen"
                  ? checkReopen({ status, roles, policyAdopted: false })
                  : checkComment({ status, roles });
          expect(cell(verdict), `${action} by ${role} in ${status}`).toBe(cells[index]);
        });
      }
      // Every role appears for submit and comment; record_decision lists every role too.
      for (const action of ["submit", "record_decision", "reopen", "comment"]) {
        for (const role of roles) expect(covered.has(`${action}:${role}`), `${action}:${role} in the table`).toBe(true);
      }
    }
  });

  it("matches the rules for every section status, for the reviewing role", () => {
    const order: SectionStatus[] = ["open", "needs_reapproval", "changes_requested", "approved"];
    for (const table of sectionTables) {
      expect(table.map(([action]) => action).sort()).toEqual(["approve", "decide_risk", "request_changes"]);
      for (const [action, ...cells] of table) {
        for (const status of ["in_review", "changes_requested"] as const) {
          order.forEach((sectionStatus, index) => {
            const verdict =
              action === "decide_risk"
                ? checkRiskDecision({ status, sectionStatus, roles: ["privacy"], reviewerRole: "privacy", authoredThisRound: false })
                : checkSectionReview({
                    action: action as "approve" | "request_changes",
                    status,
                    sectionStatus,
                    roles: ["privacy"],
                    reviewerRole: "privacy",
                    editedThisRound: false,
                    undecidedRisks: 0,
                  });
            expect(cell(verdict), `${action} on a ${sectionStatus} section in ${status}`).toBe(cells[index]);
          });
        }
      }
    }
  });
});

describe("section reviews", () => {
  const base = {
    action: "approve" as const,
    status: "in_review" as AssessmentStatus,
    sectionStatus: "open" as SectionStatus,
    roles: ["privacy"] as Role[],
    reviewerRole: "privacy" as const,
    editedThisRound: false,
    undecidedRisks: 0,
  };

  it("lets only the section's reviewing role act", () => {
    for (const role of roles) {
      for (const action of ["approve", "request_changes"] as const) {
        const verdict = checkSectionReview({ ...base, action, roles: [role] });
        expect(cell(verdict), `${role} ${action}`).toBe(role === "privacy" ? "✓" : "wrong_role");
      }
    }
    expect(cell(checkSectionReview({ ...base, reviewerRole: "ciso", roles: ["privacy"] }))).toBe("wrong_role");
    expect(cell(checkSectionReview({ ...base, reviewerRole: "ciso", roles: ["privacy", "ciso"] }))).toBe("✓");
  });

  it("refuses in a draft and in a decided assessment, whatever the section status", () => {
    for (const sectionStatus of sectionStatuses) {
      for (const action of ["approve", "request_changes"] as const) {
        expect(cell(checkSectionReview({ ...base, action, sectionStatus, status: "draft" }))).toBe("not_submitted");
        expect(cell(checkSectionReview({ ...base, action, sectionStatus, status: "decided" }))).toBe("decided");
      }
      expect(cell(checkRiskDecision({ ...base, sectionStatus, status: "draft", authoredThisRound: false }))).toBe("not_submitted");
      expect(cell(checkRiskDecision({ ...base, sectionStatus, status: "decided", authoredThisRound: false }))).toBe("decided");
    }
  });

  it("allows reviewing one section while another awaits changes", () => {
    expect(cell(checkSectionReview({ ...base, status: "changes_requested" }))).toBe("✓");
  });

  it("applies four eyes to approval, not to asking for changes", () => {
    expect(cell(checkSectionReview({ ...base, editedThisRound: true }))).toBe("own_edits");
    expect(cell(checkSectionReview({ ...base, sectionStatus: "needs_reapproval", editedThisRound: true }))).toBe("own_edits");
    expect(cell(checkSectionReview({ ...base, action: "request_changes", editedThisRound: true }))).toBe("✓");
    // The advisor who filled in the communication section cannot approve it.
    expect(cell(checkSectionReview({ ...base, roles: ["advisor"], reviewerRole: "advisor", editedThisRound: true }))).toBe("own_edits");
    expect(cell(checkSectionReview({ ...base, roles: ["advisor"], reviewerRole: "advisor" }))).toBe("✓");
  });

  it("needs a decision on every risk of the section before approval", () => {
    expect(cell(checkSectionReview({ ...base, undecidedRisks: 2 }))).toBe("risks_undecided");
    expect(cell(checkSectionReview({ ...base, action: "request_changes", undecidedRisks: 2 }))).toBe("✓");
  });

  it("lets only the reviewing role decide a risk", () => {
    for (const role of roles) {
      expect(cell(checkRiskDecision({ status: "in_review", sectionStatus: "open", roles: [role], reviewerRole: "ciso", authoredThisRound: false })), role).toBe(
        role === "ciso" ? "✓" : "wrong_role",
      );
    }
  });
});

describe("the decision on the channel", () => {
  it("refuses 'use' while a risk is not accepted, and allows the other decisions", () => {
    const riskDecisions = ["accepted", "not_accepted"] as const;
    for (const decision of decisions) {
      const verdict = checkRecordDecision({ status: "approved", roles: ["advisor"], decision, riskDecisions: [...riskDecisions] });
      expect(cell(verdict), decision).toBe(decision === "use" ? "risk_not_accepted" : "✓");
    }
    expect(cell(checkRecordDecision({ status: "approved", roles: ["advisor"], decision: "use", riskDecisions: ["accepted", "mitigated"] }))).toBe("✓");
    expect(cell(checkRecordDecision({ status: "approved", roles: ["advisor"], decision: "use", riskDecisions: [] }))).toBe("✓");
  });

  it("refuses while a risk has no decision", () => {
    expect(cell(checkRecordDecision({ status: "approved", roles: ["admin"], decision: "do_not_use", riskDecisions: ["accepted", null] }))).toBe("risks_undecided");
  });
});

describe("status changes", () => {
  it("derives the assessment status from its sections", () => {
    expect(statusFromSections(["open", "open", "open"])).toBe("in_review");
    expect(statusFromSections(["approved", "open", "approved"])).toBe("in_review");
    expect(statusFromSections(["approved", "needs_reapproval", "approved"])).toBe("in_review");
    expect(statusFromSections(["approved", "changes_requested", "open"])).toBe("changes_requested");
    expect(statusFromSections(["approved", "approved", "approved"])).toBe("approved");
    expect(statusFromSections([])).toBe("in_review");
  });

  it("opens new and sent-back sections on submission and keeps the rest", () => {
    expect(sectionStatusAfterSubmit(undefined)).toBe("open");
    expect(sectionStatusAfterSubmit("changes_requested")).toBe("open");
    expect(sectionStatusAfterSubmit("approved")).toBe("approved");
    expect(sectionStatusAfterSubmit("needs_reapproval")).toBe("needs_reapproval");
    expect(sectionStatusAfterSubmit("open")).toBe("open");
  });

  it("asks for re-approval only of an approved section", () => {
    expect(sectionStatusAfterChange("approved")).toBe("needs_reapproval");
    for (const status of ["open", "changes_requested", "needs_reapproval"] as const) expect(sectionStatusAfterChange(status)).toBe(status);
  });
});

describe("reopening a decision", () => {
  it("is for whoever records decisions, only for a decided assessment, and not once the year's policy is adopted", () => {
    expect(cell(checkReopen({ status: "decided", roles: ["advisor"], policyAdopted: false }))).toBe("✓");
    expect(cell(checkReopen({ status: "decided", roles: ["admin"], policyAdopted: false }))).toBe("✓");
    expect(cell(checkReopen({ status: "decided", roles: ["privacy"], policyAdopted: false }))).toBe("wrong_role");
    expect(cell(checkReopen({ status: "approved", roles: ["advisor"], policyAdopted: false }))).toBe("not_decided");
    expect(cell(checkReopen({ status: "decided", roles: ["advisor"], policyAdopted: true }))).toBe("policy_adopted");
  });
});

describe("submitting", () => {
  it("refuses an assessment in which nothing is answered", () => {
    expect(cell(checkSubmit({ status: "draft", roles: ["advisor"], answered: 0 }))).toBe("nothing_answered");
    expect(cell(checkSubmit({ status: "draft", roles: ["advisor"], answered: 1 }))).toBe("✓");
  });
});

describe("deciding a risk", () => {
  it("is refused to the person who wrote the section or the risk (four eyes)", () => {
    const base = { status: "in_review" as const, sectionStatus: "open" as const, roles: ["privacy"] as Role[], reviewerRole: "privacy" as const };
    expect(cell(checkRiskDecision({ ...base, authoredThisRound: true }))).toBe("own_edits");
    expect(cell(checkRiskDecision({ ...base, authoredThisRound: false }))).toBe("✓");
  });
});
