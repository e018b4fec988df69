import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./score";
import { KNOCKOUT_ITEMS, KNOCKOUT_TRIGGERS } from "./knockout-items";
import { facebookLikeFacts, makeInput, rules } from "./test-helpers";
import type { ScoringInput } from "./schema";

/** Channels the rules treat differently: a commercial platform outside the EU, and one the municipality hosts, both for young people. */
const contexts = (ref: string, value: string): ScoringInput[] => {
  const platform = makeInput({ facts: facebookLikeFacts });
  const hosted = makeInput({ kind: "open-alternative", channelId: "mastodon", channel: { id: "mastodon", kind: "open-alternative", digital: true, selfHosted: true } });
  // With and without a DPIA: a transfer outside the EU is a finding only while the DPIA is not done.
  return [platform, hosted].flatMap((input) =>
    ["yes", "no"].map((dpia) => ({
      ...input,
      answers: {
        ...input.answers,
        [KNOCKOUT_ITEMS.audiences]: { value: ["general-public", "young-people"] },
        [KNOCKOUT_ITEMS.dpia]: { value: dpia },
        [ref]: { value },
      },
    })),
  );
};

describe("knock-out triggers", () => {
  const cases = Object.entries(KNOCKOUT_TRIGGERS).flatMap(([ref, values]) => values.map((value) => [ref, value] as const));

  it.each(cases)("%s answered %s drives a knock-out finding in some kind of channel", (ref, value) => {
    const driving = contexts(ref, value).some((input) =>
      scoreAssessment(input, rules).knockouts.some((knockout) => knockout.drivers.some((driver) => driver.kind === "answer" && driver.itemRef === ref)),
    );
    expect(driving).toBe(true);
  });

  it("names only yes/partly/no questions the rules read", () => {
    const read = new Set<string>(Object.values(KNOCKOUT_ITEMS));
    for (const ref of Object.keys(KNOCKOUT_TRIGGERS)) expect(read.has(ref), ref).toBe(true);
  });
});
