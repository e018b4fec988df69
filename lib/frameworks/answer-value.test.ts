import { describe, expect, it } from "vitest";
import { isEmptyAnswer, maxTextLength } from "./answer-value";
import { answerValueSchema } from "./answer-value-schema";

const options = [{ value: "1" }, { value: "2" }, { value: "3" }] as never;
const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? null : result.error!.issues[0].message);

describe("answerValueSchema", () => {
  it("takes the four yes/partly/no/unknown answers and nothing else", () => {
    const schema = answerValueSchema({ answerType: "ynpu", multiple: false });
    for (const value of ["yes", "partly", "no", "unknown"]) expect(schema.safeParse(value).success).toBe(true);
    expect(issue(schema.safeParse("maybe"))).toBe("invalid_value");
  });

  it("takes a scale option or unknown", () => {
    const schema = answerValueSchema({ answerType: "scale", options, multiple: false });
    expect(schema.safeParse("2").success).toBe(true);
    expect(schema.safeParse("unknown").success).toBe(true);
    expect(issue(schema.safeParse("9"))).toBe("invalid_value");
  });

  it("takes one option, or a list of options when the question allows several", () => {
    expect(answerValueSchema({ answerType: "choice", options, multiple: false }).safeParse("3").success).toBe(true);
    expect(issue(answerValueSchema({ answerType: "choice", options, multiple: false }).safeParse("4"))).toBe("invalid_value");
    const multiple = answerValueSchema({ answerType: "choice", options, multiple: true });
    expect(multiple.safeParse(["1", "3"]).success).toBe(true);
    expect(issue(multiple.safeParse(["1", "4"]))).toBe("invalid_value");
    expect(multiple.safeParse(["1", "2", "3", "1"]).success).toBe(false);
  });

  it("takes catalogue and custom channel ids", () => {
    const schema = answerValueSchema({ answerType: "channels", multiple: false });
    expect(schema.safeParse(["facebook", "custom:abc123"]).success).toBe(true);
    expect(issue(schema.safeParse(["Not An Id"]))).toBe("invalid_value");
  });

  it("takes a calendar date as YYYY-MM-DD", () => {
    const schema = answerValueSchema({ answerType: "date", multiple: false });
    expect(schema.safeParse("2026-03-31").success).toBe(true);
    expect(issue(schema.safeParse("31-03-2026"))).toBe("invalid_date");
    expect(issue(schema.safeParse("2026-13-01"))).toBe("invalid_date");
  });

  it("takes a finite number from zero up", () => {
    const schema = answerValueSchema({ answerType: "number", multiple: false });
    expect(schema.safeParse(0).success).toBe(true);
    expect(issue(schema.safeParse(-1))).toBe("too_small");
    expect(issue(schema.safeParse(2_000_000_000))).toBe("too_large");
    expect(schema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(schema.safeParse("12").success).toBe(false);
  });

  it("takes text up to the maximum length", () => {
    const schema = answerValueSchema({ answerType: "text", multiple: false });
    expect(schema.safeParse("x".repeat(maxTextLength)).success).toBe(true);
    expect(issue(schema.safeParse("x".repeat(maxTextLength + 1)))).toBe("too_long");
  });
});

describe("isEmptyAnswer", () => {
  it("is true for no value, an empty list and blank text, and false for any answer, unknown and zero included", () => {
    for (const value of [null, undefined, [], "", "   "]) expect(isEmptyAnswer(value)).toBe(true);
    for (const value of ["unknown", "no", 0, ["facebook"], "x"]) expect(isEmptyAnswer(value)).toBe(false);
  });
});
