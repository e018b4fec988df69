import { describe, expect, it } from "vitest";
import { layoutScoreBars } from "./score-bars";

describe("layoutScoreBars", () => {
  const series = [
    { key: "overall", label: "Totaal", color: "#000" },
    { key: "baseline", label: "Basislijn", color: "#555" },
  ];
  it("scales scores 0–100 onto the plot width and leaves unknown scores without a bar", () => {
    const layout = layoutScoreBars(
      [
        { id: "a", label: "A", values: { overall: 100, baseline: 50 } },
        { id: "b", label: "B", values: { overall: null, baseline: 0 } },
      ],
      series,
      { width: 500, labelWidth: 100 },
    );
    const [a, b] = layout.rows;
    expect(a.bars[0].width).toBeCloseTo(layout.plot.width);
    expect(a.bars[1].width).toBeCloseTo(layout.plot.width / 2);
    expect(b.bars[0]).toMatchObject({ width: 0, value: null });
    expect(b.y).toBeGreaterThan(a.y);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
  });
});
