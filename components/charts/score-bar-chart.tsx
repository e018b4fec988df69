import { layoutScoreBars, type ScoreRow, type ScoreSeries } from "@/lib/charts/score-bars";

/**
 * Scores per channel as grouped bars. The chart is a picture for sighted readers; the same numbers
 * are always in a table beside it (the caller renders it), so the SVG is hidden from screen readers.
 */
export function ScoreBarChart({ rows, series, title, thresholds }: { rows: ScoreRow[]; series: ScoreSeries[]; title: string; thresholds?: number[] }) {
  const layout = layoutScoreBars(rows, series, { thresholds });
  return (
    <figure className="afk-chart">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={title} focusable="false">
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.x} x2={tick.x} y1={layout.plot.top} y2={layout.plot.top + layout.plot.height} stroke="#d0d4da" />
            <text x={tick.x} y={layout.plot.top + layout.plot.height + 16} fontSize="11" textAnchor="middle" fill="#374151">
              {tick.value}
            </text>
          </g>
        ))}
        {layout.thresholds.map((threshold) => (
          <line
            key={threshold.value}
            x1={threshold.x}
            x2={threshold.x}
            y1={layout.plot.top}
            y2={layout.plot.top + layout.plot.height}
            stroke="#374151"
            strokeDasharray="4 3"
          />
        ))}
        {layout.rows.map((row) => (
          <g key={row.id}>
            <text x={layout.plot.left - 8} y={row.labelY} fontSize="12" textAnchor="end" fill="#111827">
              {row.label}
            </text>
            {row.bars.map((bar) => (
              <rect key={bar.key} x={bar.x} y={bar.y} width={Math.max(bar.width, 0)} height={bar.height} fill={bar.color} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="afk-legend">
          {series.map((s) => (
            <li key={s.key}>
              <span className="afk-legend__swatch" style={{ background: s.color }} aria-hidden="true" /> {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
