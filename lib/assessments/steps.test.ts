import { describe, expect, it } from "vitest";
import { currentVersions } from "@/lib/assessments/pinned";
import { getFramework } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { allItems, findPinnedItem, findStep, itemRef, itemsOfStep, partsOfStep, stepOfItem, wizardSteps } from "./steps";

const pinned = (versions: Record<string, string>): Framework[] => Object.entries(versions).map(([id, version]) => getFramework(id, version)!);
const frameworks: Framework[] = pinned(currentVersions());
const selfHostedFrameworks: Framework[] = pinned(currentVersions({ selfHosted: true }));

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

  it("ask every question once for a channel the municipality hosts itself too", () => {
    const refs = allItems(selfHostedFrameworks).map((item) => item.ref);
    const expected = selfHostedFrameworks.flatMap((framework) => framework.parts.flatMap((part) => part.items.map((item) => itemRef(framework.id, item.id))));
    expect(new Set(refs).size).toBe(refs.length);
    expect([...refs].sort()).toEqual([...expected].sort());
  });

  it("ask the hosting questions only of a channel the municipality hosts itself", () => {
    const hostingRefs = (list: Framework[]) => allItems(list).filter((item) => item.framework.id === "eigen-beheer").map((item) => item.ref);
    expect(hostingRefs(frameworks)).toEqual([]);
    expect(hostingRefs(selfHostedFrameworks)).toEqual([
      "eigen-beheer:beheer.costs.hosting",
      "eigen-beheer:beheer.operations.operator",
      "eigen-beheer:beheer.operations.patching",
      "eigen-beheer:beheer.operations.backups",
    ]);
    // The hosting costs follow the VNG costs part; the server's upkeep follows the IBD considerations (the CISO's part).
    const vngParts = partsOfStep(findStep("vng")!, selfHostedFrameworks).map(({ framework, part }) => `${framework.id}/${part.id}`);
    expect(vngParts.indexOf("eigen-beheer/costs")).toBe(vngParts.indexOf("vng-afwegingskader/costs") + 1);
    expect(partsOfStep(findStep("ibd")!, selfHostedFrameworks).map(({ framework, part }) => `${framework.id}/${part.id}`).at(-1)).toBe("eigen-beheer/operations");
    expect(stepOfItem(selfHostedFrameworks, "eigen-beheer:beheer.operations.backups")).toBe("ibd");
    // The upkeep questions are the CISO's.
    expect(allItems(selfHostedFrameworks).filter((item) => item.part.id === "operations").map((item) => item.item.owner)).toEqual(["ciso", "ciso", "ciso"]);
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
