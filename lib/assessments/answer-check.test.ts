import { describe, expect, it } from "vitest";
import { answerProblems } from "@/lib/assessments/answer-check";
import { maxEvidenceLength, maxRationaleLength } from "@/lib/assessments/limits";
import { saveAnswerInput } from "@/lib/assessments/schema";
import { maxTextLength, numberAnswerRange, type AnswerValue } from "@/lib/frameworks/answer-value";
import { answerValueSchema } from "@/lib/frameworks/answer-value-schema";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { fieldErrorsFrom } from "@/lib/validation/errors";

// The browser's check (zod-free) against the server's zod schemas, value by value: where they
// drift apart, the wizard would either send what the server refuses or hold back what it takes.

type Item = Pick<FrameworkItem, "answerType" | "options" | "multiple">;
const item = (answerType: FrameworkItem["answerType"], extra: Partial<Item> = {}): Item => ({ answerType, multiple: false, ...extra });

/** The code the server answers for a value, as saveAnswer (mutations.ts) derives it. */
function serverValueCode(of: Item, value: unknown) {
  const parsed = answerValueSchema(of).safeParse(value);
  return parsed.success ? undefined : (Object.values(fieldErrorsFrom(parsed.error))[0] ?? "invalid");
}

/** The code the server's input schema answers for a rationale or evidence. */
function serverTextCode(field: "rationale" | "evidence", text: string) {
  const parsed = saveAnswerInput.safeParse({ municipalitySlug: "m", assessmentId: "a", itemRef: "vng:1", value: "yes", expectedVersion: 0, [field]: text });
  return parsed.success ? undefined : fieldErrorsFrom(parsed.error)[field];
}

/** A value as the failure message names it (a text past its limit shortened). */
const label = (value: unknown) => (typeof value === "string" && value.length > 20 ? `"${value.slice(0, 3)}…" (${value.length} characters)` : JSON.stringify(value) ?? String(value));

const clientValueCode = (of: Item, value: AnswerValue) => answerProblems(of, { value, rationale: "", evidence: "" }).value;

const typed: { answerType: "number" | "date" | "text"; values: unknown[] }[] = [
  {
    answerType: "number",
    values: [
      0,
      1,
      12.5,
      numberAnswerRange.min,
      numberAnswerRange.max,
      numberAnswerRange.min - 1,
      -0.5,
      numberAnswerRange.max + 1,
      2_000_000_000,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      // What the number field gives while it is empty or holds a half-typed number ("1e", "-").
      "",
      "12",
      ["1"],
    ],
  },
  {
    answerType: "date",
    values: ["2026-03-31", "2028-02-29", "2027-02-31", "2025-02-29", "2026-13-01", "2026-00-10", "2026-6-1", "31-03-2026", "2026-06-01T00:00", "", "2026-0", 20260331, ["2026-03-31"]],
  },
  {
    answerType: "text",
    values: ["", " ", "een antwoord", "x".repeat(maxTextLength), "x".repeat(maxTextLength + 1), "é".repeat(maxTextLength + 1), 5, ["a"]],
  },
];

describe("the browser's answer check agrees with the server's schemas", () => {
  for (const { answerType, values } of typed) {
    it(`gives the server's error code for every ${answerType} in the table, and none where the server takes it`, () => {
      const of = item(answerType);
      const accepted = values.filter((value) => serverValueCode(of, value) === undefined);
      const refused = values.filter((value) => serverValueCode(of, value) !== undefined);
      // The table has both kinds, so the comparison cannot pass by one side accepting everything.
      expect(accepted.length).toBeGreaterThan(0);
      expect(refused.length).toBeGreaterThan(0);
      for (const value of values) expect(clientValueCode(of, value as AnswerValue), label(value)).toBe(serverValueCode(of, value));
    });
  }

  it("never holds back a choice: the options come from the page, and the server checks them", () => {
    const options = [{ value: "1" }, { value: "2" }] as FrameworkItem["options"];
    const chosen: [Item, AnswerValue[]][] = [
      [item("ynpu"), ["yes", "partly", "no", "unknown", "maybe"]],
      [item("scale", { options }), ["1", "unknown", "9"]],
      [item("choice", { options }), ["1", "3"]],
      [item("choice", { options, multiple: true }), [["1", "2"], ["4"]]],
      [item("channels"), [["facebook", "custom:abc"], ["Not An Id"]]],
    ];
    for (const [of, values] of chosen) {
      for (const value of values) expect(clientValueCode(of, value), `${of.answerType} ${JSON.stringify(value)}`).toBeUndefined();
      // The server still refuses the ones that are not offered.
      expect(values.some((value) => serverValueCode(of, value) !== undefined), of.answerType).toBe(true);
    }
  });

  it("gives the server's code for a rationale and evidence up to and past their limits", () => {
    for (const [field, max] of [
      ["rationale", maxRationaleLength],
      ["evidence", maxEvidenceLength],
    ] as const) {
      for (const text of ["", "x", "x".repeat(max), "x".repeat(max + 1), " ".repeat(max + 1)]) {
        const client = answerProblems(item("ynpu"), { value: "yes", rationale: "", evidence: "", [field]: text })[field];
        expect(client, `${field} of ${text.length}`).toBe(serverTextCode(field, text));
      }
      expect(serverTextCode(field, "x".repeat(max + 1))).toBe("too_long");
    }
  });

  it("holds back a rationale or evidence without an answer, which the server refuses too", () => {
    for (const answerType of ["ynpu", "number", "date", "text"] as const) {
      expect(answerProblems(item(answerType), { value: null, rationale: "omdat", evidence: "" }).value).toBe("required");
      expect(answerProblems(item(answerType), { value: null, rationale: "", evidence: "besluit 12" }).value).toBe("required");
      expect(serverValueCode(item(answerType), null)).toBeDefined();
    }
  });
});
