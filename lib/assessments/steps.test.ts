import { describe, expect, it } from "vitest";
import { applicableFrameworks, type ScopedChannel } from "@/lib/assessments/applicability";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { getFramework } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { allItems, findPinnedItem, findStep, itemRef, itemsOfStep, partsOfStep, sharedWith, stepOfItem, wizardSteps } from "./steps";

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

describe("the questions' index of a set of pinned frameworks", () => {
  // Worked out plainly from the frameworks, the way the index must agree with.
  const plainItems = (step: (typeof wizardSteps)[number], list: readonly Framework[]) =>
    partsOfStep(step, list).flatMap(({ framework, part }) => part.items.map((item) => ({ ref: itemRef(framework.id, item.id), framework, part, item })));
  const scopes: readonly ScopedChannel[] = [
    { kind: "commercial", digital: true, selfHosted: false },
    { kind: "commercial", digital: true, selfHosted: true },
    { kind: "own-channel", digital: true, selfHosted: false },
    { kind: "own-channel", digital: false, selfHosted: false },
    { kind: "open-alternative", digital: true, selfHosted: false },
  ];

  it("gives each step's questions, every question, its step and the questions sharing its answer as the frameworks say", () => {
    for (const scope of scopes) {
      const list = applicableFrameworks(pinnedFrameworks(JSON.stringify(currentVersions(scope))), scope);
      const every = wizardSteps.flatMap((step) => plainItems(step, list));
      for (const step of wizardSteps) expect(itemsOfStep(step, list)).toEqual(plainItems(step, list));
      expect(allItems(list)).toEqual(every);
      for (const { ref } of every) {
        expect(findPinnedItem(list, ref)?.ref).toBe(ref);
        expect(stepOfItem(list, ref)).toBe(wizardSteps.find((step) => plainItems(step, list).some((item) => item.ref === ref))?.id);
        expect(sharedWith(list, ref).map((item) => item.ref)).toEqual(every.filter(({ item }) => item.sameAs?.question === ref).map((item) => item.ref));
      }
      expect(findPinnedItem(list, "vng-afwegingskader:no-such-question")).toBeUndefined();
    }
    // The content has questions that share an answer; without them the comparison above proves little.
    const list = pinnedFrameworks(JSON.stringify(currentVersions()));
    expect(allItems(list).some(({ ref }) => sharedWith(list, ref).length > 0)).toBe(true);
  });

  it("is worked out once per set: the same versions and channel kind give the same frozen lists", () => {
    const versions = JSON.stringify(currentVersions());
    const scope: ScopedChannel = { kind: "commercial", digital: true, selfHosted: false };
    const list = applicableFrameworks(pinnedFrameworks(versions), scope);
    expect(pinnedFrameworks(versions)).toBe(pinnedFrameworks(versions));
    expect(applicableFrameworks(pinnedFrameworks(versions), { ...scope })).toBe(list);
    expect(allItems(applicableFrameworks(pinnedFrameworks(versions), scope))).toBe(allItems(list));
    expect(Object.isFrozen(allItems(list))).toBe(true);
    expect(Object.isFrozen(pinnedFrameworks(versions))).toBe(true);
  });
});
