import { describe, expect, it } from "vitest";
import { prng } from "@/lib/scoring/test-helpers";
import { planParts } from "./parts";

/** Seeded weight lists, so a failure repeats. */
function randomWeights(seed: number, max: number, minLength = 0) {
  const random = prng(seed);
  return Array.from({ length: minLength + random.int(40 - minLength) }, () => 1 + random.int(max));
}

describe("planParts", () => {
  it("puts the front matter in the first part and splits the groups where the weight is halved", () => {
    expect(planParts([10, 10, 10, 10], 0)).toEqual([
      { front: true, groups: [0, 1] },
      { front: false, groups: [2, 3] },
    ]);
    // The cover and table of contents count: the first part takes fewer chapters.
    expect(planParts([10, 10, 10, 10], 20)).toEqual([
      { front: true, groups: [0] },
      { front: false, groups: [1, 2, 3] },
    ]);
  });

  it("keeps every group once, in order, and gives each part at least one group when there are enough", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const weights = randomWeights(seed, 10_000);
      const front = (seed * 37) % 5_000;
      const count = 1 + (seed % 4);
      const parts = planParts(weights, front, count);
        expect(parts[0].front).toBe(true);
        expect(parts.slice(1).every((part) => !part.front)).toBe(true);
        expect(parts.flatMap((part) => part.groups)).toEqual(weights.map((_, index) => index));
        expect(parts.length).toBeLessThanOrEqual(Math.max(1, count));
      if (weights.length >= count) expect(parts.every((part) => part.groups.length > 0)).toBe(true);
    }
  });

  it("splits two parts so that they differ by at most the heaviest group", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const weights = randomWeights(seed, 1_000, 2);
      const [first, second] = planParts(weights, 0, 2);
        const weigh = (groups: number[]) => groups.reduce((sum, index) => sum + weights[index], 0);
        const largest = Math.max(...weights);
      expect(Math.abs(weigh(first.groups) - weigh(second?.groups ?? []))).toBeLessThanOrEqual(largest);
    }
  });
});
