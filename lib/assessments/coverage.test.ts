import { describe, expect, it } from "vitest";
import type { ChannelKind } from "@/lib/catalogue/schema";
import { coverageItems, coverageMatrix, type CoverageAssessment } from "./coverage";

const kinds: Record<string, ChannelKind> = {
  tiktok: "commercial",
  facebook: "commercial",
  instagram: "commercial",
  "municipal-website": "own-channel",
  "local-radio": "own-channel",
  mastodon: "open-alternative",
};
const kindOf = (id: string) => kinds[id];

function assessment(channelId: string, answers: Partial<Record<keyof typeof coverageItems, string[]>>, decision: string | null = null): CoverageAssessment {
  return {
    channelId,
    channelName: channelId,
    kind: kinds[channelId],
    decision,
    answers: Object.fromEntries(Object.entries(answers).map(([key, value]) => [coverageItems[key as keyof typeof coverageItems], value])),
  };
}

describe("coverageMatrix", () => {
  it("marks assessed channels and their alternatives per audience", () => {
    const { rows, columns } = coverageMatrix(
      [assessment("facebook", { audiences: ["elderly"], alternatives: ["municipal-website"], fallback: ["local-radio"] })],
      kindOf,
    );
    const elderly = rows.find((row) => row.audience === "elderly")!;
    expect(columns).toEqual(["facebook", "municipal-website"]);
    expect(elderly.cells).toEqual({ facebook: "assessed", "municipal-website": "alternative" });
    expect(elderly.warnings).toEqual([]);
  });

  it("warns when an audience depends only on commercial platforms and has no fallback outside them", () => {
    const { rows } = coverageMatrix(
      [assessment("tiktok", { audiences: ["young-people"], alternatives: ["instagram"], fallback: ["instagram"] })],
      kindOf,
    );
    expect(rows.find((row) => row.audience === "young-people")!.warnings).toEqual(["commercial-only", "no-crisis-fallback"]);
  });

  it("warns when nothing reaches an audience, and ignores channels that are being dropped", () => {
    const { rows } = coverageMatrix(
      [assessment("facebook", { audiences: ["entrepreneurs"], alternatives: ["mastodon"], fallback: ["local-radio"] }, "do_not_use")],
      kindOf,
    );
    expect(rows.find((row) => row.audience === "entrepreneurs")!.warnings).toEqual(["no-channel"]);
  });

  it("counts an open or own channel in the fallback as a crisis fallback", () => {
    const { rows } = coverageMatrix([assessment("tiktok", { audiences: ["young-people"], alternatives: ["mastodon"], fallback: ["mastodon"] })], kindOf);
    expect(rows.find((row) => row.audience === "young-people")!.warnings).toEqual([]);
  });
});
