import { describe, expect, it } from "vitest";
import { latestFrameworks } from "@/lib/frameworks/load";
import { allItems } from "@/lib/assessments/steps";
import { defaultReviewers, reviewPlaces, sectionOfItem, sectionOfRisk, sectionOwnersFromSettings, sectionsForFacts, toSetting } from "./sections";

describe("review sections", () => {
  it("follow the owner each framework item declares", () => {
    const owners = sectionOwnersFromSettings("{}");
    const bySection = { privacy: [] as string[], security: [] as string[], communication: [] as string[] };
    for (const framework of latestFrameworks()) {
      for (const part of framework.parts) for (const item of part.items) bySection[sectionOfItem(`${framework.id}:${item.id}`, item.owner, owners)].push(`${framework.id}:${item.id}`);
    }
    expect(bySection.privacy).toContain("vng-afwegingskader:vng.law.dpia");
    expect(bySection.privacy).toContain("vng-afwegingskader:vng.law.personal-data");
    expect(bySection.security).toContain("ibd-overwegingen:ibd.consideration.resilience");
    expect(bySection.security).toContain("ibd-overwegingen:ibd.consideration.stochastic-threat");
    expect(bySection.security).toContain("assessment-plan:plan.crisis.fallback");
    expect(bySection.communication).toContain("assessment-plan:plan.goals.goals");
    expect(bySection.privacy.length).toBeGreaterThan(0);
    expect(bySection.security.length).toBeGreaterThan(0);
  });

  it("place each question on its section's review page with the number that page gives it, moved questions included", () => {
    const frameworks = latestFrameworks();
    const defaults = reviewPlaces(frameworks, sectionOwnersFromSettings("{}"));
    const privacyRefs = allItems(frameworks).filter(({ ref, item }) => sectionOfItem(ref, item.owner, sectionOwnersFromSettings("{}")) === "privacy").map(({ ref }) => ref);
    expect(defaults.get(privacyRefs[0])).toEqual({ section: "privacy", number: 1 });
    expect(defaults.get(privacyRefs[privacyRefs.length - 1])).toEqual({ section: "privacy", number: privacyRefs.length });
    const moved = reviewPlaces(frameworks, { ...sectionOwnersFromSettings("{}"), items: { "vng-afwegingskader:vng.law.dpia": "security" } });
    expect(moved.get("vng-afwegingskader:vng.law.dpia")?.section).toBe("security");
    expect(defaults.get("unknown:item")).toBeUndefined();
  });

  it("take a municipality's mapping from its settings, and fall back to the defaults on bad data", () => {
    const owners = sectionOwnersFromSettings(
      JSON.stringify({ other: 1, sectionOwners: { reviewers: { security: "privacy" }, items: { "assessment-plan:plan.crisis.fallback": "communication" } } }),
    );
    expect(owners.reviewers).toEqual({ ...defaultReviewers, security: "privacy" });
    expect(sectionOfItem("assessment-plan:plan.crisis.fallback", "ciso", owners)).toBe("communication");
    expect(sectionOfItem("assessment-plan:plan.crisis.explanation", "ciso", owners)).toBe("security");
    expect(sectionOwnersFromSettings("not json").reviewers).toEqual(defaultReviewers);
    expect(sectionOwnersFromSettings(JSON.stringify({ sectionOwners: { reviewers: { security: "council" } } })).reviewers).toEqual(defaultReviewers);
  });

  it("store only what differs from the defaults", () => {
    const declared = new Map([
      ["a:one", "privacy" as const],
      ["a:two", "ciso" as const],
    ]);
    const setting = toSetting(
      { reviewers: { ...defaultReviewers, communication: "privacy" }, items: { "a:one": "privacy", "a:two": "communication" } },
      declared,
    );
    expect(setting).toEqual({ reviewers: { communication: "privacy" }, items: { "a:two": "communication" } });
  });

  it("put risks in the section of their owner role", () => {
    expect(sectionOfRisk("privacy")).toBe("privacy");
    expect(sectionOfRisk("ciso")).toBe("security");
    expect(sectionOfRisk("advisor")).toBe("communication");
  });

  it("know which sections rely on which catalogue fact", () => {
    expect(sectionsForFacts(["dpia"])).toEqual(["privacy"]);
    expect(sectionsForFacts(["jurisdiction"])).toEqual(["privacy", "security"]);
    expect(sectionsForFacts(["reach", "selfHostable"])).toEqual(["security", "communication"]);
    expect(sectionsForFacts([])).toEqual([]);
  });
});
