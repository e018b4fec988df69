import { afterEach, describe, expect, it, vi } from "vitest";
import {
  compareCatalogueVersions,
  factOverrideErrorCodes,
  factOverrideInput,
  isAllowedFactValue,
  todayInNL,
} from "./schema";

const valid = {
  channelId: "facebook",
  factKey: "dataLocation",
  value: "EU (vastgelegd in de verwerkersovereenkomst)",
  sourcePublisher: "Gemeente Voorbeeld",
  sourceTitle: "Verwerkersovereenkomst sociale media",
  sourceUrl: "https://www.example.nl/verwerkersovereenkomst",
  checkedAt: "2026-03-15",
};

/** Field → error codes, as the admin form would show them. */
function errors(input: Record<string, unknown>): Record<string, string[]> {
  const result = factOverrideInput.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".");
    (byField[field] ??= []).push(issue.message);
  }
  return byField;
}

describe("factOverrideInput", () => {
  afterEach(() => vi.useRealTimers());

  it("accepts a complete override and trims its text", () => {
    const parsed = factOverrideInput.parse({ ...valid, sourcePublisher: "  Gemeente Voorbeeld " });
    expect(parsed.sourcePublisher).toBe("Gemeente Voorbeeld");
    expect(parsed.sourceUrl).toBe(valid.sourceUrl);
  });

  it("requires a source: publisher and title", () => {
    expect(errors({ ...valid, sourcePublisher: "", sourceTitle: "   " })).toEqual({
      sourcePublisher: ["required"],
      sourceTitle: ["required"],
    });
    const { sourcePublisher: _p, sourceTitle: _t, ...withoutSource } = valid;
    expect(errors(withoutSource)).toEqual({ sourcePublisher: ["required"], sourceTitle: ["required"] });
  });

  it("refuses a check date in the future", () => {
    expect(errors({ ...valid, checkedAt: "2999-01-01" })).toEqual({ checkedAt: ["future_date"] });
  });

  it("compares with today in Dutch time, not UTC", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // 23:30 UTC on 10 March is already 00:30 on 11 March in the Netherlands.
    vi.setSystemTime(new Date("2026-03-10T23:30:00Z"));
    expect(todayInNL()).toBe("2026-03-11");
    expect(errors({ ...valid, checkedAt: "2026-03-11" })).toEqual({});
    expect(errors({ ...valid, checkedAt: "2026-03-12" })).toEqual({ checkedAt: ["future_date"] });
  });

  it("refuses missing and malformed dates", () => {
    expect(errors({ ...valid, checkedAt: "" })).toEqual({ checkedAt: ["required"] });
    expect(errors({ ...valid, checkedAt: "15-03-2026" })).toEqual({ checkedAt: ["invalid_date"] });
    expect(errors({ ...valid, checkedAt: "2026-02-30" })).toEqual({ checkedAt: ["invalid_date"] });
  });

  it("refuses a source dated after the check", () => {
    expect(errors({ ...valid, sourceDate: "2026-04-01" })).toEqual({ sourceDate: ["source_after_check"] });
    expect(errors({ ...valid, sourceDate: "2026-01-31" })).toEqual({});
  });

  it("requires a value and limits its length", () => {
    expect(errors({ ...valid, value: " " })).toEqual({ value: ["required"] });
    expect(errors({ ...valid, value: "x".repeat(501) })).toEqual({ value: ["too_long"] });
  });

  it("only accepts listed values for enumerated facts and ISO codes for country", () => {
    expect(errors({ ...valid, factKey: "jurisdiction", value: "EU" })).toEqual({ value: ["invalid_value"] });
    expect(errors({ ...valid, factKey: "jurisdiction", value: "eu" })).toEqual({});
    expect(errors({ ...valid, factKey: "openSource", value: "partly" })).toEqual({});
    expect(errors({ ...valid, factKey: "country", value: "Nederland" })).toEqual({ value: ["invalid_value"] });
    expect(errors({ ...valid, factKey: "country", value: "NL" })).toEqual({});
  });

  it("refuses unknown fact keys and malformed channel ids", () => {
    expect(errors({ ...valid, factKey: "followers" })).toEqual({ factKey: ["invalid_value"] });
    expect(errors({ ...valid, channelId: "Face Book" })).toEqual({ channelId: ["invalid_value"] });
    expect(errors({ ...valid, channelId: "" })).toEqual({ channelId: ["required"] });
  });

  it("treats an empty URL as absent and accepts only web links", () => {
    expect(factOverrideInput.parse({ ...valid, sourceUrl: "" }).sourceUrl).toBeUndefined();
    expect(errors({ ...valid, sourceUrl: "javascript:alert(1)" })).toEqual({ sourceUrl: ["invalid_url"] });
    expect(errors({ ...valid, sourceUrl: "geen link" })).toEqual({ sourceUrl: ["invalid_url"] });
  });

  it("only produces documented error codes", () => {
    const all = Object.values(
      errors({ channelId: "", factKey: "x", value: "", sourceUrl: "ftp://a", sourceDate: "x", checkedAt: "2999-01-01" }),
    ).flat();
    expect(all.length).toBeGreaterThan(0);
    for (const code of all) expect(factOverrideErrorCodes).toContain(code);
  });
});

describe("helpers", () => {
  it("orders catalogue versions numerically", () => {
    expect(["2026.1", "2025.10", "2025.2"].sort(compareCatalogueVersions)).toEqual(["2025.2", "2025.10", "2026.1"]);
  });

  it("treats unknown as allowed for every fact", () => {
    expect(isAllowedFactValue("reach", "unknown")).toBe(true);
    expect(isAllowedFactValue("country", "unknown")).toBe(true);
    expect(isAllowedFactValue("reach", "random")).toBe(false);
  });
});
