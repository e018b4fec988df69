import { chartTicks, rowBars, rowHeight } from "@/lib/charts/score-bars";
import type { ChartView } from "@/lib/policy/view-model";
import { ViewTable } from "@/components/policy/view-table";

const LABEL = 150;
const WIDTH = 360;
const VALUES = 90;
const BAR = 7;
const GAP = 10;

/**
 * The comparison chart as SVG, drawn from the same geometry as the PDF, followed by its data
 * table: the chart is one image with a text alternative, the table carries every figure.
 */
export function ScoreChart({ chart, id }: { chart: ChartView; id: string }) {
  const height = rowHeight(chart.series.length, BAR);
  const { max, ticks } = chart.scale ?? { max: 100, ticks: [...chartTicks] };
  const total = chart.rows.length * (height + GAP) + 20;
  return (
    <figure className="afk-policy__figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="afk-policy__figcaption">
        {chart.title}
      </figcaption>
      <p id={`${id}-desc`} className="afk-muted">
        {chart.description}
      </p>
      <ul className="afk-policy__legend">
        {chart.series.map((series) => (
          <li key={series.key}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" fill={series.color} />
            </svg>{" "}
            {series.label}
          </li>
        ))}
      </ul>
      <svg
        className="afk-policy__chart"
        viewBox={`0 0 ${LABEL + WIDTH + VALUES} ${total}`}
        role="img"
        aria-labelledby={`${id}-caption ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LABEL + (tick / max) * WIDTH} x2={LABEL + (tick / max) * WIDTH} y1={0} y2={total - 16} stroke="#b3b3b3" strokeWidth={1} />
            <text x={LABEL + (tick / max) * WIDTH} y={total - 4} fontSize="11" textAnchor="middle" fill="#4d4d4d">
              {tick}
            </text>
          </g>
        ))}
        {chart.rows.map((row, index) => {
          const top = index * (height + GAP);
          return (
            <g key={row.label} transform={`translate(0 ${top})`}>
              <text x={LABEL - 8} y={height / 2 + 4} fontSize="12" textAnchor="end" fill="#1a1a1a">
                {row.label}
              </text>
              {rowBars(row.values, WIDTH, BAR, 1, max).map((bar) => (
                <rect key={bar.series} x={LABEL + bar.x} y={bar.y} width={bar.width} height={bar.height} fill={chart.series[bar.series].color} />
              ))}
              <text x={LABEL + WIDTH + 8} y={height / 2 + 4} fontSize="11" fill="#4d4d4d">
                {row.values.map((value) => (value === null ? "–" : value)).join(" · ")}
              </text>
            </g>
          );
        })}
      </svg>
      <ViewTable table={chart.table} />
    </figure>
  );
}
