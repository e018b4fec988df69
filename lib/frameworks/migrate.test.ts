import { describe, expect, it } from "vitest";
import { getFramework, migrateAnswers } from "./load";

describe("migrateAnswers (VNG 2024.1 -> 2025.1)", () => {
  const from = getFramework("vng-afwegingskader", "2024.1")!;
  const to = getFramework("vng-afwegingskader", "2025.1")!;

  const answers = {
    "vng.baseline.safe-presence": "4",
    "vng.goals.followers": 1200,
    "vng.law.avg": "partly",
    "vng.interop.export": "no",
  };
  const result = migrateAnswers<string | number>(answers, from, to);

  it("keeps answers to unchanged items under the same id", () => {
    expect(result.carried["vng.baseline.safe-presence"]).toBe("4");
  });

  it("moves a renamed item's answer to its new id without flagging it", () => {
    expect(result.carried["vng.interop.data-export"]).toBe("no");
    expect(result.carried).not.toHaveProperty("vng.interop.export");
    expect(result.changedIds).not.toContain("vng.interop.data-export");
  });

  it("copies a split item's answer to every part and flags each for review", () => {
    expect(result.carried["vng.law.dpia"]).toBe("partly");
    expect(result.carried["vng.law.personal-data"]).toBe("partly");
    expect(result.changedIds).toEqual(["vng.law.dpia", "vng.law.personal-data"]);
  });

  it("reports answers to removed items instead of carrying them", () => {
    expect(result.removed).toEqual(["vng.goals.followers"]);
    expect(Object.keys(result.carried)).toHaveLength(4);
  });

  it("lists the items that are new in 2025.1", () => {
    expect(result.newItemIds).toEqual([
      "vng.baseline.free-presence",
      "vng.baseline.moderation",
      "vng.goals.reach-dependence",
      "vng.goals.measurement",
      "vng.costs.hidden-costs",
      "vng.law.dpia-risks",
      "vng.revenue.public-interest",
      "vng.interop.self-host",
      "vng.interop.read-without-account",
    ]);
    // Split and rename targets already carry an answer, so they are not new.
    expect(result.newItemIds).not.toContain("vng.law.dpia");
    expect(result.newItemIds).not.toContain("vng.interop.data-export");
  });

  it("refuses versions that do not follow each other", () => {
    expect(() => migrateAnswers({}, to, from)).toThrow(/consecutive versions/);
    expect(() => migrateAnswers({}, from, getFramework("elsa")!)).toThrow(/consecutive versions/);
  });
});
