import { scaleBand, scaleLinear } from "d3-scale";

export type ScoreSeries = { key: string; label: string; color: string };
export type ScoreRow = { id: string; label: string; values: Record<string, number | null> };

export type BarLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  ticks: { value: number; x: number }[];
  thresholds: { value: number; x: number }[];
  rows: { id: string; label: string; y: number; bars: { key: string; x: number; y: number; width: number; height: number; value: number | null; color: string }[] }[];
};

/**
 * Geometry of a grouped horizontal bar chart (one group per channel, one bar per series, 0–100).
 * Pure numbers, so the web (SVG) and the PDF (react-pdf Svg) draw the same picture.
 */
export function layoutScoreBars(rows: readonly ScoreRow[], series: readonly ScoreSeries[], options: { width?: number; labelWidth?: number; thresholds?: number[] } = {}): BarLayout {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 150;
  const barHeight = 12;
  const groupHeight = series.length * barHeight + 14;
  const top = 8;
  const bottom = 28;
  const plot = { left: labelWidth, top, width: width - labelWidth - 16, height: rows.length * groupHeight };
  const x = scaleLinear().domain([0, 100]).range([plot.left, plot.left + plot.width]);
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.id))
    .range([plot.top, plot.top + plot.height]);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([0, series.length * barHeight])
    .paddingInner(0.15);
  return {
    width,
    height: plot.top + plot.height + bottom,
    plot,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, x: x(value) })),
    thresholds: (options.thresholds ?? []).map((value) => ({ value, x: x(value) })),
    rows: rows.map((row) => ({
      id: row.id,
      label: row.label,
      y: y(row.id) ?? 0,
      bars: series.map((s) => {
        const value = row.values[s.key] ?? null;
        return {
          key: s.key,
          x: plot.left,
          y: (y(row.id) ?? 0) + 7 + (inner(s.key) ?? 0),
          width: value === null ? 0 : x(value) - plot.left,
          height: inner.bandwidth(),
          value,
          color: s.color,
        };
      }),
    })),
  };
}
