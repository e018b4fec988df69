import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { OpenItem } from "./mutations";
import { openItemResolution } from "./open-items";

const base = { assessmentId: "a1", channelId: "facebook" };
const everyKind: OpenItem[] = [
  { kind: "no_assessments" },
  { kind: "no_summary" },
  { kind: "no_evaluation_date" },
  ...["draft", "in_review", "changes_requested", "approved"].map((status) => ({ kind: "assessment_status" as const, ...base, status })),
  ...["open", "needs_reapproval", "changes_requested"].map((status) => ({ kind: "review_open" as const, ...base, section: "privacy", status })),
  { kind: "no_decision", ...base },
  { kind: "risk_undecided", ...base, risk: "R" },
  { kind: "risk_not_accepted", ...base, risk: "R" },
  { kind: "end_dates_differ", ...base, decided: "2027-07-31", exitDeadline: "2027-06-30" },
];

function resolveMessages(locale: string): Record<string, string> {
  const file = path.join(process.cwd(), "messages", locale, "policy.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { openItems: { resolve: Record<string, string> } }).openItems.resolve;
}

describe("open items on the policy page", () => {
  it.each(everyKind.map((item) => [item.kind, item] as const))("%s says what resolves it, in both languages, and links to where that is done", (_kind, item) => {
    const resolution = openItemResolution(item, { slug: "voorbeeldstad", year: 2026 });
    for (const locale of ["nl", "en"]) expect(resolveMessages(locale)[resolution.key], `${locale} ${resolution.key}`).toBeTruthy();
    expect(resolution.href).toMatch(/^\/m\/voorbeeldstad\//);
    if ("assessmentId" in item) expect(resolution.href).toContain(`/assessments/${item.assessmentId}/review`);
  });

  it("sends a refused risk under a decision to use the channel to reopening the decision", () => {
    expect(openItemResolution({ kind: "risk_not_accepted", ...base, risk: "R" }, { slug: "s", year: 2026 })).toEqual({ key: "reopen", href: "/m/s/assessments/a1/review#reopen-title" });
  });

  it("sends an open section to its own review page, and a section waiting for changes to the advisor", () => {
    expect(openItemResolution({ kind: "review_open", ...base, section: "security", status: "needs_reapproval" }, { slug: "s", year: 2026 }).href).toBe("/m/s/assessments/a1/review/security");
    expect(openItemResolution({ kind: "review_open", ...base, section: "security", status: "changes_requested" }, { slug: "s", year: 2026 }).key).toBe("resubmit");
  });
});
