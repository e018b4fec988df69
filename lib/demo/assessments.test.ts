import { describe, expect, it } from "vitest";
import { answerValueSchema } from "@/lib/frameworks/answer-value-schema";
import { currentVersions } from "@/lib/assessments/pinned";
import { allItems, type PinnedItem } from "@/lib/assessments/steps";
import { getChannel } from "@/lib/catalogue/load";
import { getFramework, loadRiskFamilies } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import {
  demoAnswers,
  demoChannels,
  demoRisks,
  previousYearAnswers,
  previousYearChanges,
  previousYearChannels,
  previousYearRiskList,
  type DemoAnswer,
} from "./assessment-answers";

const frameworks: Framework[] = Object.entries(currentVersions()).map(([id, version]) => getFramework(id, version)!);
const items = allItems(frameworks);
const itemsByRef = new Map(items.map((pinned) => [pinned.ref, pinned]));
const families = new Map(loadRiskFamilies().map((family) => [family.id, family]));

/** Problems with one set of answers against the latest frameworks; empty when all is well. */
function problems(answers: Record<string, DemoAnswer>, requireAll: boolean): string[] {
  const found: string[] = [];
  if (requireAll) {
    for (const { ref } of items) if (!(ref in answers)) found.push(`${ref}: no answer`);
  }
  for (const [ref, answer] of Object.entries(answers)) {
    const pinned: PinnedItem | undefined = itemsByRef.get(ref);
    if (!pinned) {
      found.push(`${ref}: no such item`);
      continue;
    }
    const { item } = pinned;
    if (!answerValueSchema(item).safeParse(answer.value).success) found.push(`${ref}: invalid value ${JSON.stringify(answer.value)}`);
    if (item.rationale === "required" && answer.value !== "unknown" && !answer.rationale?.trim()) found.push(`${ref}: rationale missing`);
    if (item.answerType === "channels" && Array.isArray(answer.value)) {
      for (const id of answer.value) if (!getChannel(id)) found.push(`${ref}: unknown channel ${id}`);
    }
    if (item.future && typeof answer.value === "string" && !(answer.value > "2026-12-31")) found.push(`${ref}: date not after 2026`);
  }
  return found;
}

describe("demo assessment answers", () => {
  it("covers the latest frameworks", () => {
    expect(items.length).toBeGreaterThan(50);
  });

  it.each(demoChannels)("%s answers every item validly", (channel) => {
    expect(problems(demoAnswers[channel], true)).toEqual([]);
  });

  it.each(previousYearChannels)("%s last year's answers are complete and valid", (channel) => {
    expect(problems(previousYearAnswers(channel), true)).toEqual([]);
  });

  it("last year's changes only touch existing items and really differ", () => {
    for (const [channel, changes] of Object.entries(previousYearChanges)) {
      expect(previousYearChannels).toContain(channel);
      for (const [ref, answer] of Object.entries(changes ?? {})) {
        expect(itemsByRef.has(ref), ref).toBe(true);
        const current = demoAnswers[channel as keyof typeof demoAnswers][ref];
        expect(JSON.stringify(answer.value) === JSON.stringify(current.value) && answer.rationale === current.rationale, `${channel} ${ref}`).toBe(false);
      }
    }
  });

  it("channels differ credibly: at least a few honest unknowns, and demo channels exist in the catalogue", () => {
    for (const channel of demoChannels) {
      expect(getChannel(channel), channel).toBeDefined();
      const unknowns = Object.values(demoAnswers[channel]).filter((answer) => answer.value === "unknown");
      expect(unknowns.length, channel).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("demo risks", () => {
  it.each(demoChannels)("%s has 1-3 risks of existing families with the family's owner", (channel) => {
    const risks = demoRisks[channel];
    expect(risks.length).toBeGreaterThanOrEqual(1);
    expect(risks.length).toBeLessThanOrEqual(3);
    for (const risk of [...risks, ...previousYearRiskList(channel)]) {
      const family = families.get(risk.familyId);
      expect(family, risk.familyId).toBeDefined();
      expect(risk.ownerRole).toBe(family!.owner);
      expect(risk.title.trim()).not.toBe("");
      for (const score of [risk.likelihood, risk.impact]) expect(score >= 1 && score <= 5).toBe(true);
    }
  });
});
