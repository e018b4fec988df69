import { describe, expect, expectTypeOf, it } from "vitest";
import type { FactsInForce } from "@/lib/catalogue/facts";
import { fieldErrorsFrom } from "@/lib/validation/errors";
import { defaultWeights, resolveWeights } from "./defaults";
import { DIMENSION_IDS, weightsInput, weightsInputFor, type ScoringInput } from "./schema";
import { dimensions } from "./test-helpers";

const errorsOf = (input: unknown) => {
  const result = weightsInput.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error);
};

describe("weightsInput", () => {
  it("knows exactly the dimensions in content/dimensions.yaml", () => {
    expect([...DIMENSION_IDS].sort()).toEqual(dimensions.map((d) => d.id).sort());
  });

  it("accepts weights from 0 to 10, including fractions, and leaves missing dimensions out", () => {
    expect(weightsInput.parse({ "baseline.equal-safe": 0, "value.openness": 10, "value.autonomy": 2.5 })).toEqual({
      "baseline.equal-safe": 0,
      "value.openness": 10,
      "value.autonomy": 2.5,
    });
    expect(weightsInput.parse({})).toEqual({});
  });

  it("refuses a weight below zero with too_small", () => {
    expect(errorsOf({ "baseline.equal-voice": -1 })).toEqual({ "baseline.equal-voice": "too_small" });
    expect(errorsOf({ "baseline.equal-voice": -0.01 })).toEqual({ "baseline.equal-voice": "too_small" });
  });

  it("refuses an absurdly large weight with too_large", () => {
    expect(errorsOf({ "value.sovereignty": 10.5 })).toEqual({ "value.sovereignty": "too_large" });
    expect(errorsOf({ "value.sovereignty": 1e9 })).toEqual({ "value.sovereignty": "too_large" });
    expect(errorsOf({ "value.sovereignty": Number.POSITIVE_INFINITY })).toEqual({ "value.sovereignty": expect.any(String) });
  });

  it("refuses an unknown dimension and anything that is not a number", () => {
    expect(errorsOf({ "value.popularity": 3 })).toEqual({ "value.popularity": "invalid_value" });
    expect(errorsOf({ "value.openness": "a lot" })).toEqual({ "value.openness": "invalid" });
    expect(errorsOf({ "value.openness": Number.NaN })).toEqual({ "value.openness": "invalid" });
    expect(errorsOf("3")).toEqual({ form: "invalid" });
  });

  it("accepts the nested shape and the text values a form submits", () => {
    expect(weightsInput.parse({ baseline: { "equal-safe": "4", "equal-voice": "2,5" }, value: { openness: "" } })).toEqual({
      "baseline.equal-safe": 4,
      "baseline.equal-voice": 2.5,
    });
    expect(errorsOf({ baseline: { "equal-safe": "-2" } })).toEqual({ "baseline.equal-safe": "too_small" });
  });

  it("refuses weights that are all zero, which would leave nothing to score", () => {
    const allZero = Object.fromEntries(DIMENSION_IDS.map((id) => [id, 0]));
    expect(errorsOf(allZero)).toEqual({ [DIMENSION_IDS[0]]: "all_weights_zero" });
    expect(errorsOf({ baseline: { "equal-safe": "0", "equal-voice": "0", "core-values": "0" }, value: Object.fromEntries(DIMENSION_IDS.filter((id) => id.startsWith("value.")).map((id) => [id.slice(6), "0"])) })).toEqual({
      [DIMENSION_IDS[0]]: "all_weights_zero",
    });
    // A dimension left out keeps its default weight, which is above zero.
    expect(dimensions.filter((d) => d.defaultWeight <= 0)).toEqual([]);
    const { "value.openness": _left, ...allButOneZero } = allZero;
    expect(errorsOf(allButOneZero)).toEqual({});
    expect(errorsOf({ ...allZero, "value.openness": 0.5 })).toEqual({});
  });

  it("can be built for another set of dimensions", () => {
    const schema = weightsInputFor(["a", "b"]);
    expect(schema.safeParse({ a: 1 }).success).toBe(true);
    expect(schema.safeParse({ c: 1 }).success).toBe(false);
  });
});

describe("default weights", () => {
  it("come from defaultWeight in content/dimensions.yaml: baseline 3, public values 2", () => {
    const weights = defaultWeights(dimensions);
    for (const d of dimensions) expect(weights[d.id], d.id).toBe(d.group === "baseline" ? 3 : 2);
  });

  it("are replaced only where the municipality set a weight", () => {
    const weights = resolveWeights(dimensions, { "value.openness": 5, "not.a-dimension": 9 });
    expect(weights["value.openness"]).toBe(5);
    expect(weights["baseline.equal-safe"]).toBe(3);
    expect(weights).not.toHaveProperty("not.a-dimension");
  });

  it("throw on a weight that skipped validation", () => {
    expect(() => resolveWeights(dimensions, { "value.openness": -1 })).toThrow(RangeError);
    expect(() => resolveWeights(dimensions, { "value.openness": 11 })).toThrow(RangeError);
  });
});

describe("ScoringInput", () => {
  it("takes the facts in force from lib/catalogue as they are", () => {
    expectTypeOf<FactsInForce>().toExtend<ScoringInput["facts"]>();
  });
});
