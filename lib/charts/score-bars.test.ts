import { describe, expect, it } from "vitest";
import { layoutScoreBars, rowBars, rowHeight } from "./score-bars";

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

  it("puts each row's label in the middle of its bars", () => {
    const layout = layoutScoreBars([{ id: "a", label: "A", values: { overall: 10, baseline: 20 } }], series);
    const [row] = layout.rows;
    const first = row.bars[0];
    const last = row.bars[row.bars.length - 1];
    expect(row.labelY - 4).toBeCloseTo((first.y + last.y + last.height) / 2);
  });
});

describe("rowBars", () => {
  it("stacks one bar per series and clamps scores to 0–100", () => {
    const bars = rowBars([150, null, -5, 50], 200, 4, 1);
    expect(bars.map((bar) => bar.width)).toEqual([200, 0, 0, 100]);
    expect(bars.map((bar) => bar.y)).toEqual([0, 5, 10, 15]);
    expect(rowHeight(4, 4, 1)).toBe(bars[3].y + bars[3].height);
  });
});
