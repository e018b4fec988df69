import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csv", () => {
  it("quotes fields with commas, quotes and new lines", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("plain")).toBe("plain");
  });

  it("defuses values that a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvField("-1+2")).toBe(`"'-1+2"`);
  });

  it("writes dates as ISO and empty cells for null", () => {
    const csv = toCsv(["at", "who"], [{ at: new Date("2026-01-02T03:04:05.000Z"), who: null }]);
    expect(csv).toBe("at,who\r\n2026-01-02T03:04:05.000Z,\r\n");
  });
});
