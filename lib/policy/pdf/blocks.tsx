/**
 * The building blocks of the policy PDF: paragraphs, lists, definition lists, tables and the
 * score chart, each drawn with its structure tag so the PDF reads as a tagged document.
 */
import type { ReactNode } from "react";
import { Line, Rect } from "@react-pdf/renderer";
import { chartTicks, rowBars, rowHeight } from "@/lib/charts/score-bars";
import { Svg, tag, Text, View, type Structure } from "@/lib/policy/pdf/structure";
import { muted, styles } from "@/lib/policy/pdf/styles";
import type { ChartView, Definition, ViewTable } from "@/lib/policy/view-model";

export function Paragraphs({ items }: { items: string[] }) {
  return (
    <>
      {items.map((text, index) => (
        <Text key={index} style={styles.p} structure={tag("P")}>
          {text}
        </Text>
      ))}
    </>
  );
}

/** One text per item (a bullet and its sentence): half the nodes of a row with a separate bullet, which matters in a long document. */
function Bullet({ text, list }: { text: string; list: Structure }) {
  return (
    <Text style={styles.li} structure={tag("LI", { parent: list })}>
      {`•  ${text}`}
    </Text>
  );
}

/**
 * A heading with the first item under it, on one page (`wrap={false}`), then the other items. A
 * heading's `minPresenceAhead` alone does not keep it with what follows when it is the first
 * thing in its container (react-pdf's paginator then has no earlier break to move it back to).
 */
export function Headed<T>({ heading, items, render }: { heading: ReactNode; items: T[]; render: (item: T, index: number) => ReactNode }) {
  return (
    <>
      <View wrap={false}>
        {heading}
        {items.length ? render(items[0], 0) : null}
      </View>
      {items.slice(1).map((item, index) => render(item, index + 1))}
    </>
  );
}

/** A heading (H3) and a bulleted list (L): the list is one element though its first item sits with the heading. */
export function HeadedBullets({ heading, items }: { heading: string; items: string[] }) {
  const list = tag("L");
  return (
    <Headed
      heading={
        <Text style={styles.h3} structure={tag("H3")}>
          {heading}
        </Text>
      }
      items={items}
      render={(text, index) => <Bullet key={index} text={text} list={list} />}
    />
  );
}

/** Terms and their values: a list whose items are labelled by the term. */
export function Definitions({ items }: { items: Definition[] }) {
  return (
    <View style={styles.dl} structure={tag("L")}>
      {items.map((item, index) => (
        <View key={index} style={styles.dlRow} wrap={false} structure={tag("LI")}>
          <Text style={styles.dt} structure={tag("Lbl")}>
            {item.term}
          </Text>
          <Text style={styles.dd} structure={tag("LBody")}>
            {item.value}
          </Text>
        </View>
      ))}
    </View>
  );
}

/**
 * A caption, then the table with its header row repeated on every page it runs over. Keeping the
 * caption with the header and the first row relies on how react-pdf paginates: a node with
 * `minPresenceAhead` leaves no break right after itself, so the caption and the header row go to
 * the next page with a first row that does not fit. That holds only if the table starts with
 * its header row: a top margin or border on the table itself would come first, as a gap a page
 * may end after. Hence the border on the header row and the spacing on the caption.
 */
export function Table({ table }: { table: ViewTable }) {
  // One Table element holds the caption as well: they are siblings in the layout (see above).
  const element = tag("Table");
  return (
    <>
      <Text style={styles.caption} minPresenceAhead={40} structure={tag("Caption", { parent: element })}>
        {table.caption}
      </Text>
      <View style={styles.table} structure={element}>
        {/* Repeated on every page the table runs over; the repeats are artifacts (see the patch). */}
        <View style={[styles.tr, styles.thead]} fixed minPresenceAhead={20} structure={tag("TR")}>
          {table.columns.map((column, index) => (
            <Text key={index} style={[styles.th, { flex: column.width }]} structure={tag("TH", { scope: "Column" })}>
              {column.label}
            </Text>
          ))}
        </View>
        {table.rows.map((row, rowIndex) => (
          <View key={rowIndex} style={styles.tr} wrap={false} structure={tag("TR")}>
            {row.map((cell, index) => (
              <Text
                key={index}
                style={[index === 0 ? styles.th : styles.td, { flex: table.columns[index]?.width ?? 1 }]}
                structure={index === 0 ? tag("TH", { scope: "Row" }) : tag("TD")}
              >
                {cell}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </>
  );
}

const CHART_WIDTH = 300;
const BAR = 4;

/** What the chart shows, in words, for a reader who cannot see it: every channel's values (the table below has them too). */
function chartAlt(chart: ChartView): string {
  const rows = chart.rows.map((row) => `${row.label}: ${row.values.map((value, index) => `${chart.series[index].label} ${value ?? "–"}`).join(", ")}`);
  return `${chart.title}. ${chart.description} ${rows.join("; ")}.`;
}

export function Chart({ chart }: { chart: ChartView }) {
  const step = rowHeight(chart.series.length, BAR) + 4;
  const { max, ticks } = chart.scale ?? { max: 100, ticks: [...chartTicks] };
  const total = chart.rows.length * step;
  return (
    <View>
      <Text style={styles.h2} structure={tag("H3")}>
        {chart.title}
      </Text>
      <Text style={[styles.p, styles.small]} structure={tag("P")}>
        {chart.description}
      </Text>
      {/* The legend, the bars and their labels are one figure, described by its alternative text. */}
      <View structure={tag("Figure", { alt: chartAlt(chart) })}>
      <View style={styles.legend}>
        {chart.series.map((series) => (
          <View key={series.key} style={styles.legendItem}>
            <Svg width={10} height={8}>
              <Rect x={0} y={0} width={10} height={8} fill={series.color} />
            </Svg>
            <Text style={{ fontSize: 8, marginLeft: 4 }}>{series.label}</Text>
          </View>
        ))}
      </View>
      <View style={styles.chartRow} wrap={false}>
        <View style={styles.chartLabels}>
          {chart.rows.map((row, index) => (
            <Text key={index} style={[styles.chartLabel, { height: step }]}>
              {row.label}
            </Text>
          ))}
        </View>
        {/* One drawing for all rows: the chart costs a handful of nodes, not a few per channel. */}
        <Svg width={CHART_WIDTH} height={total}>
          {ticks.map((tick) => (
            <Line key={tick} x1={(tick / max) * CHART_WIDTH} x2={(tick / max) * CHART_WIDTH} y1={0} y2={total} stroke="#cccccc" strokeWidth={0.5} />
          ))}
          {chart.rows.flatMap((row, index) =>
            rowBars(row.values, CHART_WIDTH, BAR, 1, max).map((bar) => (
              <Rect key={`${index}-${bar.series}`} x={bar.x} y={index * step + bar.y + 1} width={bar.width} height={bar.height} fill={chart.series[bar.series].color} />
            )),
          )}
        </Svg>
        <View style={styles.chartLabels}>
          {chart.rows.map((row, index) => (
            <Text key={index} style={[styles.chartValues, { height: step }]}>
              {row.values.map((value) => (value === null ? "–" : value)).join(" · ")}
            </Text>
          ))}
        </View>
      </View>
      <View style={[styles.chartRow, { marginTop: 1 }]}>
        <View style={styles.chartLabel} />
        <View style={{ width: CHART_WIDTH, flexDirection: "row", justifyContent: "space-between" }}>
          {ticks.map((tick) => (
            <Text key={tick} style={{ fontSize: 7, color: muted }}>
              {tick}
            </Text>
          ))}
        </View>
      </View>
      </View>
      <Table table={chart.table} />
    </View>
  );
}
