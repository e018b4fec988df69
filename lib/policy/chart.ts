/**
 * Geometry of the comparison chart (horizontal grouped bars, 0..100), shared by the web SVG
 * (components/policy) and the PDF (lib/policy/pdf), so both draw the same figure.
 */
export const CHART_MAX = 100;
export const CHART_TICKS = [0, 25, 50, 75, 100] as const;

export type Bar = { series: number; x: number; y: number; width: number; height: number; value: number | null };

/** Bars of one row: one per series, stacked vertically, scaled to `width` for 0..100. */
export function rowBars(values: readonly (number | null)[], width: number, barHeight: number, gap = 1): Bar[] {
  return values.map((value, series) => ({
    series,
    x: 0,
    y: series * (barHeight + gap),
    width: value === null ? 0 : Math.max(0, Math.min(CHART_MAX, value)) * (width / CHART_MAX),
    height: barHeight,
    value,
  }));
}

export const rowHeight = (seriesCount: number, barHeight: number, gap = 1) => seriesCount * barHeight + (seriesCount - 1) * gap;
