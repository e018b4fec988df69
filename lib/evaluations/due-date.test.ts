import { describe, expect, it } from "vitest";
import { dateReminderDue, daysBefore, evaluationDueDate, reminderKey } from "./due-date";

const adopted = { adoptedOn: "2026-12-11", exitDeadline: null, phaseOutDate: null, riskReviewDates: [], dpia: "yes" };

describe("evaluationDueDate", () => {
  it("is twelve months after adoption when the assessment names nothing earlier", () => {
    expect(evaluationDueDate(adopted)).toEqual({ dueDate: "2027-12-11", dueReason: "default" });
    // A shorter month clamps to its last day.
    expect(evaluationDueDate({ ...adopted, adoptedOn: "2028-02-29" })).toEqual({ dueDate: "2029-02-28", dueReason: "default" });
  });

  it("comes earlier for the first trigger the assessment named", () => {
    expect(evaluationDueDate({ ...adopted, exitDeadline: "2027-06-30" })).toEqual({ dueDate: "2027-06-30", dueReason: "exit_deadline" });
    expect(evaluationDueDate({ ...adopted, exitDeadline: "2027-06-30", phaseOutDate: "2027-03-31" })).toEqual({ dueDate: "2027-03-31", dueReason: "phase_out" });
    expect(evaluationDueDate({ ...adopted, riskReviewDates: ["2027-09-30", "2027-05-01"] })).toEqual({ dueDate: "2027-05-01", dueReason: "risk_review" });
  });

  it("looks again after six months when no DPIA applies", () => {
    for (const dpia of ["no", "partly", "unknown"]) expect(evaluationDueDate({ ...adopted, dpia })).toEqual({ dueDate: "2027-06-11", dueReason: "dpia" });
    expect(evaluationDueDate({ ...adopted, dpia: null })).toEqual({ dueDate: "2027-12-11", dueReason: "default" });
  });

  it("ignores moments that had passed at adoption, and triggers later than the default", () => {
    expect(evaluationDueDate({ ...adopted, exitDeadline: "2026-12-11", riskReviewDates: ["2026-01-01"] })).toEqual({ dueDate: "2027-12-11", dueReason: "default" });
    expect(evaluationDueDate({ ...adopted, exitDeadline: "2028-06-30" })).toEqual({ dueDate: "2027-12-11", dueReason: "default" });
  });
});

describe("dateReminderDue", () => {
  const open = { dueDate: "2027-12-11", status: "open" };
  it("reminds from thirty days before the due date, and on and after it", () => {
    expect(daysBefore("2027-12-11", 30)).toBe("2027-11-11");
    expect(dateReminderDue({ ...open, today: "2027-11-10" })).toBeNull();
    expect(dateReminderDue({ ...open, today: "2027-11-11" })).toBe("upcoming");
    expect(dateReminderDue({ ...open, today: "2027-12-10" })).toBe("upcoming");
    expect(dateReminderDue({ ...open, today: "2027-12-11" })).toBe("due");
    expect(dateReminderDue({ ...open, today: "2028-03-01" })).toBe("due");
  });

  it("stops once the evaluation is approved, and keeps reminding while it is in review", () => {
    expect(dateReminderDue({ ...open, status: "approved", today: "2027-12-11" })).toBeNull();
    expect(dateReminderDue({ ...open, status: "in_review", today: "2027-12-11" })).toBe("due");
  });
});

describe("reminderKey", () => {
  it("names each reminder by evaluation, kind and due date or change", () => {
    expect(reminderKey("e1", "due", "2027-12-11")).toBe("e1:due:2027-12-11");
    expect(reminderKey("e1", "due", "2027-12-11")).not.toBe(reminderKey("e1", "due", "2027-10-01"));
  });
});
