import { describe, expect, it } from "vitest";
import { assessedYears, assessmentsInScope, availableScope, parseRegisterScope, registerScopeParam } from "./risk-register";

const assessments = [
  { id: "facebook-2024", channelId: "facebook", year: 2024, status: "decided" },
  { id: "facebook-2026", channelId: "facebook", year: 2026, status: "draft" },
  { id: "facebook-2025", channelId: "facebook", year: 2025, status: "decided" },
  { id: "x-2024", channelId: "x", year: 2024, status: "decided" },
  { id: "mastodon-2025", channelId: "mastodon", year: 2025, status: "in_review" },
  { id: "mastodon-2026", channelId: "mastodon", year: 2026, status: "draft" },
];
const ids = (list: { id: string }[]) => list.map((assessment) => assessment.id).sort();

describe("the risk register's scope", () => {
  it("shows by default each channel's latest decided assessment and any newer one under way, also for a channel decided years ago", () => {
    // Facebook 2025 is decided and 2026 is under way: both; 2024 was weighed again in 2025.
    // Mastodon has nothing decided yet: all of its assessments.
    expect(ids(assessmentsInScope(assessments, { kind: "in_force" }))).toEqual(["facebook-2025", "facebook-2026", "mastodon-2025", "mastodon-2026", "x-2024"]);
  });

  it("shows one year, or every year, on request", () => {
    expect(ids(assessmentsInScope(assessments, { kind: "year", year: 2024 }))).toEqual(["facebook-2024", "x-2024"]);
    expect(ids(assessmentsInScope(assessments, { kind: "year", year: 2019 }))).toEqual([]);
    expect(ids(assessmentsInScope(assessments, { kind: "all" }))).toHaveLength(6);
  });

  it("offers the assessed years, latest first, and shows the risks in force for a year without assessments", () => {
    const years = assessedYears(assessments);
    expect(years).toEqual([2026, 2025, 2024]);
    expect(availableScope({ kind: "year", year: 2025 }, years)).toEqual({ kind: "year", year: 2025 });
    expect(availableScope({ kind: "year", year: 2019 }, years)).toEqual({ kind: "in_force" });
    expect(availableScope({ kind: "all" }, years)).toEqual({ kind: "all" });
  });

  it("reads the scope from the address and falls back to the risks in force on anything else", () => {
    expect(parseRegisterScope("all")).toEqual({ kind: "all" });
    expect(parseRegisterScope("2025")).toEqual({ kind: "year", year: 2025 });
    expect(parseRegisterScope(["2024", "all"])).toEqual({ kind: "year", year: 2024 });
    for (const value of [undefined, "", "in_force", "2025.5", "99999", "<script>", "-1"]) expect(parseRegisterScope(value)).toEqual({ kind: "in_force" });
    for (const scope of [parseRegisterScope("all"), parseRegisterScope("2025"), parseRegisterScope(undefined)]) expect(parseRegisterScope(registerScopeParam(scope))).toEqual(scope);
  });
});
