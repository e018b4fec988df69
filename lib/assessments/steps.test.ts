import { describe, expect, it } from "vitest";
import { currentVersions } from "@/lib/assessments/pinned";
import { getFramework } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { allItems, findPinnedItem, findStep, itemRef, itemsOfStep, partsOfStep, stepOfItem, wizardSteps } from "./steps";

const frameworks: Framework[] = Object.entries(currentVersions()).map(([id, version]) => getFramework(id, version)!);

describe("wizard steps", () => {
  it("have unique ids, with the risks and the summary as steps of their own", () => {
    const ids = wizardSteps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findStep("risks")?.kind).toBe("risks");
    expect(wizardSteps.at(-1)?.kind).toBe("summary");
    expect(findStep("nope")).toBeUndefined();
  });

  it("ask every question of the current frameworks exactly once", () => {
    const refs = allItems(frameworks).map((pinned) => pinned.ref);
    const expected = frameworks.flatMap((framework) => framework.parts.flatMap((part) => part.items.map((item) => itemRef(framework.id, item.id))));
    expect(new Set(refs).size).toBe(refs.length);
    expect([...refs].sort()).toEqual([...expected].sort());
  });

  it("take a step's parts from the frameworks the assessment pinned", () => {
    const goals = findStep("goals")!;
    expect(partsOfStep(goals, frameworks).map(({ framework, part }) => `${framework.id}/${part.id}`)).toEqual(["assessment-plan/goals"]);
    expect(partsOfStep(goals, frameworks.filter((framework) => framework.id !== "assessment-plan"))).toEqual([]);
    expect(partsOfStep(findStep("summary")!, frameworks)).toEqual([]);
  });

  it("find a question and the step that asks it", () => {
    const [first] = itemsOfStep(findStep("vng")!, frameworks);
    expect(findPinnedItem(frameworks, first.ref)).toMatchObject({ ref: first.ref, item: { id: first.item.id } });
    expect(stepOfItem(frameworks, first.ref)).toBe("vng");
    expect(findPinnedItem(frameworks, "vng-afwegingskader:no.such.item")).toBeUndefined();
    expect(stepOfItem(frameworks, "unknown:item")).toBeUndefined();
  });
});
