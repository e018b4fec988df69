import { scaleLinear } from "d3-scale";

/**
 * The one geometry of the score bar charts (horizontal grouped bars, 0–100): the comparison page,
 * the web version of the policy document and its PDF all draw from these numbers, in one palette.
 */
export const chartTicks = [0, 25, 50, 75, 100] as const;

/** One colour per score group, so a series reads the same on every chart. */
export const scoreSeriesColors = { overall: "#0b3d5c", baseline: "#a04a00", "public-value": "#5b3a8c" } as const;

export type ScoreSeries = { key: string; label: string; color: string };
export type ScoreRow = { id: string; label: string; values: Record<string, number | null> };

export type Bar = { series: number; x: number; y: number; width: number; height: number; value: number | null };

/** Bars of one row: one per series, stacked vertically, scaled to `width` for 0–`max` (100 for scores; clamped). */
export function rowBars(values: readonly (number | null)[], width: number, barHeight: number, gap = 1, max = 100): Bar[] {
  const x = scaleLinear().domain([0, max]).range([0, width]).clamp(true);
  return values.map((value, series) => ({
    series,
    x: 0,
    y: series * (barHeight + gap),
    width: value === null ? 0 : x(value),
    height: barHeight,
    value,
  }));
}

/**
 * The scale of a chart of counts (a transparency report's figures): from 0 to a round number at or
 * above the largest value, with about five ticks. Scores keep 0–100 (`chartTicks`).
 */
export function countScale(values: readonly (number | null)[]): { max: number; ticks: number[] } {
  const largest = Math.max(1, ...values.map((value) => value ?? 0));
  const scale = scaleLinear().domain([0, largest]).nice(4);
  return { max: scale.domain()[1], ticks: scale.ticks(4) };
}

/** The height of one row's stack of bars. */
export const rowHeight = (seriesCount: number, barHeight: number, gap = 1) => seriesCount * barHeight + (seriesCount - 1) * gap;

export type BarLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  ticks: { value: number; x: number }[];
  thresholds: { value: number; x: number }[];
  rows: { id: string; label: string; y: number; labelY: number; bars: { key: string; x: number; y: number; width: number; height: number; value: number | null; color: string }[] }[];
};

const BAR = 10;
const BAR_GAP = 2;
const ROW_PADDING = 7;

/** A whole grouped bar chart in one SVG coordinate space: plot, ticks, thresholds and one group per row. */
export function layoutScoreBars(rows: readonly ScoreRow[], series: readonly ScoreSeries[], options: { width?: number; labelWidth?: number; thresholds?: number[] } = {}): BarLayout {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 150;
  const bars = rowHeight(series.length, BAR, BAR_GAP);
  const groupHeight = bars + 2 * ROW_PADDING;
  const top = 8;
  const bottom = 28;
  const plot = { left: labelWidth, top, width: width - labelWidth - 16, height: rows.length * groupHeight };
  const x = (value: number) => plot.left + (value / 100) * plot.width;
  return {
    width,
    height: plot.top + plot.height + bottom,
    plot,
    ticks: chartTicks.map((value) => ({ value, x: x(value) })),
    thresholds: (options.thresholds ?? []).map((value) => ({ value, x: x(value) })),
    rows: rows.map((row, index) => {
      const y = plot.top + index * groupHeight;
      return {
        id: row.id,
        label: row.label,
        y,
        labelY: y + ROW_PADDING + bars / 2 + 4,
        bars: rowBars(
          series.map((s) => row.values[s.key] ?? null),
          plot.width,
          BAR,
          BAR_GAP,
        ).map((bar) => ({ ...bar, key: series[bar.series].key, x: plot.left, y: y + ROW_PADDING + bar.y, color: series[bar.series].color })),
      };
    }),
  };
}
