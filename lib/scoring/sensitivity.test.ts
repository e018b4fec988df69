import { describe, expect, it } from "vitest";
import { extremeValue } from "./answers";
import { KNOCKOUT_ITEMS } from "./knockouts";
import { scoreAssessment } from "./score";
import type { ScoringInput } from "./schema";
import { sensitivity } from "./sensitivity";
import { allUnknownFacts, goodPlan, makeInput, rules, scoredEntries } from "./test-helpers";

describe("sensitivity of the advice to the weights", () => {
  it("tries each weight 20% down and up, and finds a clear case stable", () => {
    const input = makeInput({ facts: allUnknownFacts });
    const result = sensitivity(input, rules);
    expect(result.deltas).toEqual([-0.2, 0.2]);
    expect(result.dimensions).toHaveLength(input.dimensions.length);
    const safe = result.dimensions.find((d) => d.id === "baseline.equal-safe")!;
    expect(safe.weight).toBe(3);
    expect(safe.variants.map((v) => v.weight)).toEqual([2.4, 3.6]);
    expect(result.base.recommendation).toBe("use");
    expect(result.stable).toBe(true);
    expect(result.dimensions.every((d) => !d.changes && d.variants.every((v) => !v.changes))).toBe(true);
  });

  it("shows which weight tips the advice when the overall score sits at a threshold", () => {
    // Good on "Iedereen is gelijk en veilig", bad elsewhere (but no knock-outs): the advice then
    // depends on how much that principle weighs. The baseline minimum is switched off here, so only
    // the score decides.
    const lenient = { ...rules, knockouts: { ...rules.knockouts, baselineMinimum: 0 } };
    const keep = new Set<string>([
      KNOCKOUT_ITEMS.sameInformation,
      KNOCKOUT_ITEMS.considerAlternatives,
      KNOCKOUT_ITEMS.decideAlternatives,
      KNOCKOUT_ITEMS.dpia,
      KNOCKOUT_ITEMS.dpiaRisks,
      KNOCKOUT_ITEMS.considerExit,
      KNOCKOUT_ITEMS.considerCrisis,
    ]);
    const answers = Object.fromEntries(
      scoredEntries.map(({ ref, item }) => {
        const good = keep.has(ref) || item.feeds.some((f) => f.dimension === "baseline.equal-safe");
        return [ref, { value: extremeValue(item, good ? "best" : "worst") }];
      }),
    );
    const base: ScoringInput = makeInput({ facts: allUnknownFacts, answers: { ...answers, ...goodPlan() } });
    const others = Object.fromEntries(base.dimensions.map((d) => [d.id, 1]));
    // The smallest weight (in steps of 0.5) at which the advice becomes "use with conditions".
    let weight: number | undefined;
    for (let w = 0.5; w <= 8; w += 0.5) {
      const result = scoreAssessment({ ...base, weights: { ...others, "baseline.equal-safe": w } }, lenient, { whatWouldChange: false });
      expect(result.knockouts.filter((k) => k.severity === "blocking")).toEqual([]);
      if (result.recommendation.value === "use_with_conditions") {
        weight = w;
        break;
      }
    }
    expect(weight, "the score should cross 50 somewhere between weight 0.5 and 8").toBeDefined();
    const result = sensitivity({ ...base, weights: { ...others, "baseline.equal-safe": weight! } }, lenient);
    expect(result.base.recommendation).toBe("use_with_conditions");
    expect(result.stable).toBe(false);
    const safe = result.dimensions.find((d) => d.id === "baseline.equal-safe")!;
    expect(safe.changes).toBe(true);
    expect(safe.variants[0]).toMatchObject({ delta: -0.2, recommendation: "do_not_use", changes: true });
    expect(safe.variants[1]).toMatchObject({ delta: 0.2, recommendation: "use_with_conditions", changes: false });
  });

  it("caps a weight at 10 and leaves a weight of 0 at 0", () => {
    const result = sensitivity(makeInput({ weights: { "value.openness": 0, "value.autonomy": 10 } }), rules, [-0.2, 0.2]);
    expect(result.dimensions.find((d) => d.id === "value.openness")!.variants.map((v) => v.weight)).toEqual([0, 0]);
    expect(result.dimensions.find((d) => d.id === "value.autonomy")!.variants.map((v) => v.weight)).toEqual([8, 10]);
  });

  it("knows that a blocking knock-out does not move with any weight", () => {
    const blocked = makeInput({ answers: { ...makeInput().answers, [KNOCKOUT_ITEMS.sameInformation]: { value: "no" } } });
    const result = sensitivity(blocked, rules, [-0.5, 0.5]);
    expect(result.base.recommendation).toBe("do_not_use");
    expect(result.stable).toBe(true);
  });
});
