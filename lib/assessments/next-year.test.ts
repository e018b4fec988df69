import { describe, expect, it } from "vitest";
import { getFramework, latestFrameworks, migrateAnswers } from "@/lib/frameworks/load";
import { findStep, itemsOfStep } from "./steps";
import { awaitsConfirmation, stepSinceLastYear } from "./next-year";

const frameworks = latestFrameworks().filter((framework) => !framework.appliesTo);
const sameVersions = Object.fromEntries(frameworks.map((framework) => [framework.id, framework.version]));
const vngStep = findStep("vng")!;
const numberOf = (ref: string) => itemsOfStep(vngStep, frameworks).findIndex((pinned) => pinned.ref === ref) + 1;

describe("next year from last year", () => {
  it("awaits confirmation only for a carried answer no one has saved or confirmed since", () => {
    expect(awaitsConfirmation({ carriedFrom: "a1", version: 1 })).toBe(true);
    expect(awaitsConfirmation({ carriedFrom: "a1", version: 2 })).toBe(false);
    expect(awaitsConfirmation({ carriedFrom: null, version: 1 })).toBe(false);
    expect(awaitsConfirmation(undefined)).toBe(false);
  });

  it("names the framework editions that changed for a step, with its new and replaced questions by number", () => {
    const vng = frameworks.find((framework) => framework.id === "vng-afwegingskader")!;
    const previous = getFramework("vng-afwegingskader", "2024.1")!;
    const since = stepSinceLastYear(vngStep, frameworks, { ...sameVersions, "vng-afwegingskader": "2024.1" }, new Map());
    expect(since.changedFrameworks.map(({ framework, from, to }) => [framework.id, from, to])).toEqual([["vng-afwegingskader", "2024.1", vng.version]]);
    const expectedNew = migrateAnswers({}, previous, vng).newItemIds.map((id) => numberOf(`vng-afwegingskader:${id}`)).filter((n) => n > 0);
    expect(since.newQuestions).toEqual(expectedNew.sort((a, b) => a - b));
    expect(since.newQuestions.length).toBeGreaterThan(0);
    // The DPIA question is one half of a split question of 2024.1.
    expect(since.changedQuestions).toContain(numberOf("vng-afwegingskader:vng.law.dpia"));
    expect(since.changedQuestions.some((n) => since.newQuestions.includes(n))).toBe(false);
  });

  it("reports no change when the step's editions are last year's, and counts the carried answers still to confirm", () => {
    const [first, second, third] = itemsOfStep(vngStep, frameworks);
    const answers = new Map([
      [first.ref, { carriedFrom: "x", version: 1 }],
      [second.ref, { carriedFrom: "y", version: 3 }],
      [third.ref, { carriedFrom: null, version: 1 }],
    ]);
    expect(stepSinceLastYear(vngStep, frameworks, sameVersions, answers)).toEqual({
      changedFrameworks: [],
      newQuestions: [],
      changedQuestions: [],
      carried: 2,
      awaiting: 1,
    });
  });
});
