import { describe, expect, it } from "vitest";
import { answerLabels, formatAnswer, type AnswerLabelKey } from "./format";

const labels = answerLabels((key: AnswerLabelKey) => `<${key}>`);
const options = [
  { value: "a", label: { nl: "Optie A", en: "Option A" } },
  { value: "b", label: { nl: "Optie B", en: "Option B" } },
];

describe("answerLabels", () => {
  it("takes every word from the assessments.answer messages", () => {
    expect(labels).toEqual({
      ynpu: { yes: "<ynpu.yes>", partly: "<ynpu.partly>", no: "<ynpu.no>", unknown: "<ynpu.unknown>" },
      unknown: "<scaleUnknown>",
      none: "<noneSelected>",
      notAnswered: "<notAnswered>",
    });
  });
});

describe("formatAnswer", () => {
  it("says a question is not answered, or that the answer is unknown", () => {
    for (const value of [null, undefined, ""]) expect(formatAnswer(value, { answerType: "text" }, "nl", labels)).toBe("<notAnswered>");
    expect(formatAnswer("unknown", { answerType: "scale", options }, "nl", labels)).toBe("<scaleUnknown>");
  });

  it("names yes/partly/no answers with their labels", () => {
    expect(formatAnswer("partly", { answerType: "ynpu" }, "nl", labels)).toBe("<ynpu.partly>");
  });

  it("shows options by their label in the reader's language, and an unknown option as stored", () => {
    expect(formatAnswer("a", { answerType: "scale", options }, "en", labels)).toBe("Option A");
    expect(formatAnswer(["a", "b"], { answerType: "choice", options }, "nl", labels)).toBe("Optie A, Optie B");
    expect(formatAnswer("z", { answerType: "choice", options }, "nl", labels)).toBe("z");
    expect(formatAnswer([], { answerType: "choice", options }, "nl", labels)).toBe("<noneSelected>");
  });

  it("names channels through the given lookup", () => {
    const name = (id: string) => ({ facebook: "Facebook" })[id] ?? id;
    expect(formatAnswer(["facebook", "custom:x"], { answerType: "channels" }, "nl", labels, name)).toBe("Facebook, custom:x");
    expect(formatAnswer([], { answerType: "channels" }, "nl", labels, name)).toBe("<noneSelected>");
  });

  it("writes dates, numbers and text as they are", () => {
    expect(formatAnswer("2026-01-31", { answerType: "date" }, "nl", labels)).toBe("2026-01-31");
    expect(formatAnswer(12, { answerType: "number" }, "nl", labels)).toBe("12");
    expect(formatAnswer("Vrije tekst", { answerType: "text" }, "nl", labels)).toBe("Vrije tekst");
  });
});
