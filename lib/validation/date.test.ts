import { describe, expect, it } from "vitest";
import { answerValueSchema } from "@/lib/frameworks/answer-value-schema";
import { adoptInput, draftInput } from "@/lib/policy/schema";
import { recordDecisionInput } from "@/lib/reviews/schema";
import { fieldErrorsFrom } from "@/lib/validation/errors";
import { addMonths, isCalendarDate } from "./date";
import { calendarDate } from "./date-schema";

// 2027-02-31 passes a format check and Date.parse (which rolls it over to 3 March).
const impossible = ["2027-02-31", "2026-04-31", "2025-02-29", "2026-13-01", "2026-00-10", "2026-01-00"];

describe("calendar dates", () => {
  it("accepts real days only, leap days included", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-12-31")).toBe(true);
    for (const value of [...impossible, "2026-6-1", "20260601", "", "2026-06-01T00:00"]) expect(isCalendarDate(value), value).toBe(false);
  });

  it("reports an impossible date as invalid_date", () => {
    const result = calendarDate.safeParse("2027-02-31");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.message)).toEqual(["invalid_date"]);
  });
});

describe("every date a person enters is checked against the calendar", () => {
  it("a date answer", () => {
    const schema = answerValueSchema({ answerType: "date", multiple: false });
    expect(schema.safeParse("2027-06-30").success).toBe(true);
    for (const value of impossible) expect(schema.safeParse(value).success, value).toBe(false);
  });

  it("the phase-out date of a decision", () => {
    const decision = { municipalitySlug: "x", assessmentId: "a", decision: "phase_out", rationale: "Afbouwen." };
    const result = recordDecisionInput.safeParse({ ...decision, phaseOutDate: "2099-02-31" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsFrom(result.error)).toEqual({ phaseOutDate: "invalid_date" });
    expect(recordDecisionInput.safeParse({ ...decision, phaseOutDate: "2099-02-28" }).success).toBe(true);
  });

  it("the evaluation and council decision dates of a policy", () => {
    const draft = { municipalitySlug: "x", year: 2027, introduction: "", summary: "", expectedVersion: 0 };
    expect(draftInput.safeParse({ ...draft, evaluationDate: "2028-02-30" }).success).toBe(false);
    expect(draftInput.safeParse({ ...draft, evaluationDate: "" }).success).toBe(true);
    const adopt = { municipalitySlug: "x", year: 2027, councilDecisionRef: "2027-12", expectedVersion: 0 };
    expect(adoptInput.safeParse({ ...adopt, councilDecisionDate: "2027-02-31" }).success).toBe(false);
    expect(adoptInput.safeParse({ ...adopt, councilDecisionDate: "2027-02-28" }).success).toBe(true);
  });
});

describe("addMonths", () => {
  it("adds months and clamps to the end of a shorter month", () => {
    expect(addMonths("2026-11-24", 6)).toBe("2027-05-24");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
  });
});
