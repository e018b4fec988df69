/**
 * The policy document in react-pdf primitives. Pure: it renders a PolicyView and nothing else
 * (no data access, no fonts loading; ./render.tsx does that).
 *
 * Fast on purpose: nothing here depends on page numbers, so react-pdf lays the document out in
 * one round (a `render` prop or page `layout` makes it paginate everything twice, about a fifth
 * of the time). The page numbers in the footers and the table of contents are added afterwards
 * by ./render.tsx, at the places marked with the ids below (named destinations in the PDF).
 */
import type { ReactNode } from "react";
import { Document as PdfDocument, Line, Page as PdfPage, Rect, StyleSheet } from "@react-pdf/renderer";
import type { ComponentProps, ComponentType } from "react";
import { chartTicks, rowBars, rowHeight } from "@/lib/charts/score-bars";
import { Link, Svg, tag, Text, View, type Structure } from "@/lib/policy/pdf/structure";
import type { ChannelView, Chapter, ChartView, Definition, PolicyView, ViewLabels as Labels, ViewTable } from "@/lib/policy/view-model";

/**
 * `tagged` and `pdfUA` are read by our patch of @react-pdf/render (see ./structure.ts); pdfkit
 * knows the PDF/A "a" (accessible) levels, react-pdf's types only the "b" ones.
 */
type DocumentProps = Omit<ComponentProps<typeof PdfDocument>, "conformance"> & { conformance?: "PDF/A-3a"; tagged?: boolean; pdfUA?: boolean };
const Document = PdfDocument as unknown as ComponentType<DocumentProps>;
const Page = PdfPage as unknown as ComponentType<ComponentProps<typeof PdfPage> & { structure?: Structure }>;

/**
 * Noto Sans (latin), with its latin-ext part and DejaVu Sans as fallbacks for other characters.
 * Walking the fallback chain costs time on every run of text, so ./render.tsx uses the chain only
 * when the document has a character plain Noto Sans lacks.
 */
export const PDF_FONTS = { plain: "NotoSans", withFallbacks: ["NotoSans", "NotoSansExt", "DejaVuSans"] };
export type PdfFontFamily = string | string[];

const ink = "#1a1a1a";
const muted = "#4d4d4d";
const rule = "#b3b3b3";
/**
 * Named destinations ./render.tsx reads: the footer (the page label goes at its right end, on its
 * first line) and each row of the table of contents (the page number goes at its right end).
 * Both are direct children of the page, so their destinations carry page coordinates.
 */
export const PAGE_LABEL_ANCHOR = "afk-page-label";
export const tocAnchor = (chapterId: string) => `afk-toc-${chapterId}`;
export const PAGE_MARGIN = 50;
const PAGE_LABEL_WIDTH = 120;
const TOC_NUMBER_WIDTH = 36;
/** From the top of the footer and of a TOC row to the top of their first line of text. */
export const FOOTER_INSET = 5.5;
export const TOC_ROW_INSET = 3;
/** Sizes of the text in the table of contents and the footer, for the numbers render.tsx adds. */
export const BODY_SIZE = 9;
export const FOOTER_SIZE = 7.5;
/** Table cells: ./render.tsx measures their words against these to make overlong ones breakable. */
export const CELL_SIZE = 8.5;
export const CELL_PADDING = 5;
/** A4 width less the page margins: every table spans it. */
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN;

const s = StyleSheet.create({
  page: { fontSize: BODY_SIZE, color: ink, paddingTop: 46, paddingBottom: 58, paddingHorizontal: PAGE_MARGIN },
  cover: { color: ink, paddingBottom: 58, paddingHorizontal: PAGE_MARGIN },
  coverBand: { height: 210, marginHorizontal: -PAGE_MARGIN, paddingHorizontal: PAGE_MARGIN, paddingTop: 64, justifyContent: "flex-end", paddingBottom: 28 },
  coverMunicipality: { fontSize: 16, fontWeight: 700, color: "#ffffff" },
  coverTitle: { fontSize: 30, fontWeight: 700, color: "#ffffff", marginTop: 6 },
  coverBody: { paddingTop: 36 },
  coverLine: { fontSize: 11, marginBottom: 6 },
  coverDraft: { marginTop: 36, fontSize: 40, fontWeight: 700, color: "#b00020", letterSpacing: 4 },
  h1: { fontSize: 18, fontWeight: 700, marginBottom: 4 },
  h1Rule: { height: 3, width: 48, marginBottom: 12 },
  kicker: { fontSize: 9, color: muted, marginBottom: 2 },
  h2: { fontSize: 12, fontWeight: 700, marginTop: 12, marginBottom: 5 },
  h3: { fontSize: 10, fontWeight: 700, marginTop: 7, marginBottom: 2 },
  p: { marginBottom: 6 },
  small: { fontSize: 8.5, color: muted },
  li: { marginBottom: 3, paddingLeft: 4 },
  dl: { marginBottom: 4 },
  dlRow: { flexDirection: "row", marginBottom: 2 },
  dt: { width: "28%", fontWeight: 700, paddingRight: 6 },
  dd: { flex: 1 },
  // No top margin or border on the table itself: see Table.
  table: { marginBottom: 8 },
  caption: { fontSize: 9, fontWeight: 700, marginTop: 6, marginBottom: 6 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: rule, paddingVertical: 2.5 },
  thead: { borderTopWidth: 0.75, borderTopColor: ink },
  th: { fontWeight: 700, paddingRight: CELL_PADDING, fontSize: CELL_SIZE },
  td: { paddingRight: CELL_PADDING, fontSize: CELL_SIZE },
  footer: { position: "absolute", bottom: 24, left: PAGE_MARGIN, right: PAGE_MARGIN, flexDirection: "row", borderTopWidth: 0.5, borderTopColor: rule, paddingTop: FOOTER_INSET - 0.5, fontSize: FOOTER_SIZE, color: muted },
  footerText: { flex: 1, paddingRight: 8 },
  pageLabel: { width: PAGE_LABEL_WIDTH, height: 10 },
  watermark: { position: "absolute", top: 330, left: 14, fontSize: 110, fontWeight: 700, color: "#ececec", transform: "rotate(-40deg)" },
  tocRow: { flexDirection: "row", paddingVertical: TOC_ROW_INSET, borderBottomWidth: 0.5, borderBottomColor: "#dddddd" },
  tocTitle: { flex: 1, color: ink, textDecoration: "none" },
  tocChannel: { flex: 1, color: ink, textDecoration: "none", paddingLeft: 14 },
  tocPage: { width: TOC_NUMBER_WIDTH, height: 12 },
  legend: { flexDirection: "row", marginBottom: 6 },
  legendItem: { flexDirection: "row", alignItems: "center", marginRight: 14 },
  chartRow: { flexDirection: "row", marginBottom: 3 },
  chartLabels: { flexDirection: "column" },
  chartLabel: { width: 110, fontSize: 8, paddingRight: 6, paddingTop: 2, textAlign: "right" },
  chartValues: { width: 70, fontSize: 7.5, paddingLeft: 6, paddingTop: 2, color: muted },
  qa: { flexDirection: "row", paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: "#dddddd" },
  qaQuestion: { width: "40%", paddingRight: 8, fontSize: 8.5, fontWeight: 700 },
  qaAnswer: { flex: 1, fontSize: 8.5 },
  rationale: { color: muted },
});

/** Footer and (on drafts) the CONCEPT watermark, repeated on every page; render.tsx adds the page number. */
function PageChrome({ view }: { view: PolicyView }) {
  return (
    <>
      {view.draftMark ? (
        <Text style={s.watermark} fixed>
          {view.draftMark}
        </Text>
      ) : null}
      <View style={s.footer} fixed id={PAGE_LABEL_ANCHOR}>
        <Text style={s.footerText}>{view.footer}</Text>
        <View style={s.pageLabel} />
      </View>
    </>
  );
}

function ChapterTitle({ id, title, kicker, color }: { id: string; title: string; kicker?: string; color: string }) {
  return (
    <View id={id}>
      {kicker ? (
        <Text style={s.kicker} structure={tag("P")}>
          {kicker}
        </Text>
      ) : null}
      <Text style={s.h1} structure={tag("H2")}>
        {title}
      </Text>
      <View style={[s.h1Rule, { backgroundColor: color }]} />
    </View>
  );
}

function Paragraphs({ items }: { items: string[] }) {
  return (
    <>
      {items.map((text, index) => (
        <Text key={index} style={s.p} structure={tag("P")}>
          {text}
        </Text>
      ))}
    </>
  );
}

/** One text per item (a bullet and its sentence): half the nodes of a row with a separate bullet, which matters in a long document. */
function Bullet({ text, list }: { text: string; list: Structure }) {
  return (
    <Text style={s.li} structure={tag("LI", { parent: list })}>
      {`•  ${text}`}
    </Text>
  );
}

/**
 * A heading with the first item under it, on one page (`wrap={false}`), then the other items. A
 * heading's `minPresenceAhead` alone does not keep it with what follows when it is the first
 * thing in its container (react-pdf's paginator then has no earlier break to move it back to).
 */
function Headed<T>({ heading, items, render }: { heading: ReactNode; items: T[]; render: (item: T, index: number) => ReactNode }) {
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
function HeadedBullets({ heading, items }: { heading: string; items: string[] }) {
  const list = tag("L");
  return (
    <Headed
      heading={
        <Text style={s.h3} structure={tag("H3")}>
          {heading}
        </Text>
      }
      items={items}
      render={(text, index) => <Bullet key={index} text={text} list={list} />}
    />
  );
}

/** Terms and their values: a list whose items are labelled by the term. */
function Definitions({ items }: { items: Definition[] }) {
  return (
    <View style={s.dl} structure={tag("L")}>
      {items.map((item, index) => (
        <View key={index} style={s.dlRow} wrap={false} structure={tag("LI")}>
          <Text style={s.dt} structure={tag("Lbl")}>
            {item.term}
          </Text>
          <Text style={s.dd} structure={tag("LBody")}>
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
function Table({ table }: { table: ViewTable }) {
  // One Table element holds the caption as well: they are siblings in the layout (see above).
  const element = tag("Table");
  return (
    <>
      <Text style={s.caption} minPresenceAhead={40} structure={tag("Caption", { parent: element })}>
        {table.caption}
      </Text>
      <View style={s.table} structure={element}>
        {/* Repeated on every page the table runs over; the repeats are artifacts (see the patch). */}
        <View style={[s.tr, s.thead]} fixed minPresenceAhead={20} structure={tag("TR")}>
          {table.columns.map((column, index) => (
            <Text key={index} style={[s.th, { flex: column.width }]} structure={tag("TH", { scope: "Column" })}>
              {column.label}
            </Text>
          ))}
        </View>
        {table.rows.map((row, rowIndex) => (
          <View key={rowIndex} style={s.tr} wrap={false} structure={tag("TR")}>
            {row.map((cell, index) => (
              <Text
                key={index}
                style={[index === 0 ? s.th : s.td, { flex: table.columns[index]?.width ?? 1 }]}
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
export function chartAlt(chart: ChartView): string {
  const rows = chart.rows.map((row) => `${row.label}: ${row.values.map((value, index) => `${chart.series[index].label} ${value ?? "–"}`).join(", ")}`);
  return `${chart.title}. ${chart.description} ${rows.join("; ")}.`;
}

function Chart({ chart }: { chart: ChartView }) {
  const step = rowHeight(chart.series.length, BAR) + 4;
  const total = chart.rows.length * step;
  return (
    <View>
      <Text style={s.h2} structure={tag("H3")}>
        {chart.title}
      </Text>
      <Text style={[s.p, s.small]} structure={tag("P")}>
        {chart.description}
      </Text>
      {/* The legend, the bars and their labels are one figure, described by its alternative text. */}
      <View structure={tag("Figure", { alt: chartAlt(chart) })}>
      <View style={s.legend}>
        {chart.series.map((series) => (
          <View key={series.key} style={s.legendItem}>
            <Svg width={10} height={8}>
              <Rect x={0} y={0} width={10} height={8} fill={series.color} />
            </Svg>
            <Text style={{ fontSize: 8, marginLeft: 4 }}>{series.label}</Text>
          </View>
        ))}
      </View>
      <View style={s.chartRow} wrap={false}>
        <View style={s.chartLabels}>
          {chart.rows.map((row, index) => (
            <Text key={index} style={[s.chartLabel, { height: step }]}>
              {row.label}
            </Text>
          ))}
        </View>
        {/* One drawing for all rows: the chart costs a handful of nodes, not a few per channel. */}
        <Svg width={CHART_WIDTH} height={total}>
          {chartTicks.map((tick) => (
            <Line key={tick} x1={(tick / 100) * CHART_WIDTH} x2={(tick / 100) * CHART_WIDTH} y1={0} y2={total} stroke="#cccccc" strokeWidth={0.5} />
          ))}
          {chart.rows.flatMap((row, index) =>
            rowBars(row.values, CHART_WIDTH, BAR).map((bar) => (
              <Rect key={`${index}-${bar.series}`} x={bar.x} y={index * step + bar.y + 1} width={bar.width} height={bar.height} fill={chart.series[bar.series].color} />
            )),
          )}
        </Svg>
        <View style={s.chartLabels}>
          {chart.rows.map((row, index) => (
            <Text key={index} style={[s.chartValues, { height: step }]}>
              {row.values.map((value) => (value === null ? "–" : value)).join(" · ")}
            </Text>
          ))}
        </View>
      </View>
      <View style={[s.chartRow, { marginTop: 1 }]}>
        <View style={s.chartLabel} />
        <View style={{ width: CHART_WIDTH, flexDirection: "row", justifyContent: "space-between" }}>
          {chartTicks.map((tick) => (
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

function ChannelChapter({ chapter, view, labels }: { chapter: ChannelView; view: PolicyView; labels: Labels }) {
  return (
    <>
      <ChapterTitle id={chapter.id} title={chapter.title} kicker={chapter.kindLabel} color={view.brandColor} />
      <Definitions items={[...chapter.decision, ...chapter.goals, ...chapter.score]} />
      {chapter.reasons.length ? <HeadedBullets heading={labels.reasons} items={chapter.reasons} /> : null}
      {chapter.knockouts.length ? <HeadedBullets heading={labels.knockouts} items={chapter.knockouts} /> : null}
      {chapter.effects.length ? <HeadedBullets heading={labels.effects} items={chapter.effects} /> : null}
      <Table table={chapter.dimensions} />
      <Text style={s.h2} minPresenceAhead={120} structure={tag("H3")}>
        {labels.risks}
      </Text>
      {chapter.risks ? (
        <Table table={chapter.risks} />
      ) : (
        <Text style={s.p} structure={tag("P")}>
          {labels.noRisks}
        </Text>
      )}
      {chapter.plan.map((section) => (
        <PlanSection key={section.id} title={section.title} questions={section.questions} />
      ))}
    </>
  );
}

/** A section of the plan: a heading (H3) and its questions with their answers, as a list labelled by the question. */
function PlanSection({ title, questions }: { title: string; questions: ChannelView["plan"][number]["questions"] }) {
  const list = tag("L");
  return (
        <View>
          <Headed
            heading={
              <Text style={s.h2} structure={tag("H3")}>
                {title}
              </Text>
            }
            items={questions}
            render={(question, index) => (
              <View key={index} style={s.qa} wrap={false} structure={tag("LI", { parent: list })}>
                <Text style={s.qaQuestion} structure={tag("Lbl")}>
                  {question.question}
                </Text>
                <Text style={s.qaAnswer} structure={tag("LBody")}>
                  {question.answer}
                  {question.rationale ? <Text style={s.rationale}>{` — ${question.rationale}`}</Text> : null}
                </Text>
              </View>
            )}
          />
        </View>
  );
}


function ChapterBody({ chapter, view, labels }: { chapter: Chapter; view: PolicyView; labels: Labels }) {
  const title = <ChapterTitle id={chapter.id} title={chapter.title} color={view.brandColor} />;
  switch (chapter.kind) {
    case "channel":
      return <ChannelChapter chapter={chapter} view={view} labels={labels} />;
    case "text":
      return (
        <>
          {title}
          <Paragraphs items={chapter.paragraphs} />
        </>
      );
    case "overview":
      return (
        <>
          {title}
          <Paragraphs items={chapter.paragraphs} />
          <Table table={chapter.decisions} />
          <Chart chart={chapter.chart} />
        </>
      );
    case "coverage":
      return (
        <>
          {title}
          <Paragraphs items={chapter.paragraphs} />
          <Table table={chapter.table} />
          {chapter.warnings.length ? <HeadedBullets heading={labels.warnings} items={chapter.warnings} /> : null}
        </>
      );
    case "risks":
      return (
        <>
          {title}
          <Paragraphs items={chapter.paragraphs} />
          {chapter.table ? <Table table={chapter.table} /> : null}
        </>
      );
    case "changes":
      return (
        <>
          {title}
          <Paragraphs items={chapter.paragraphs} />
          {chapter.channels.map((channel, index) => (
            <View key={index}>
              <HeadedBullets heading={`${channel.name} – ${channel.status}`} items={channel.lines} />
            </View>
          ))}
        </>
      );
    case "appendix":
      return (
        <>
          {title}
          <Paragraphs items={chapter.paragraphs} />
          {chapter.tables.map((table) => (
            <Table key={table.caption} table={table} />
          ))}
          <Definitions items={chapter.notes} />
        </>
      );
  }
}

type FontStyle = { fontFamily: PdfFontFamily };

function Cover({ view, font }: { view: PolicyView; font: FontStyle }) {
  return (
    <Page size="A4" style={[s.cover, font]} experimentalPagination>
      <PageChrome view={view} />
      <View style={[s.coverBand, { backgroundColor: view.brandColor }]}>
        <Text style={s.coverMunicipality} structure={tag("P")}>
          {view.municipality}
        </Text>
        <Text style={s.coverTitle} structure={tag("H1")}>
          {view.title}
        </Text>
      </View>
      <View style={s.coverBody}>
        {view.coverLines.map((line, index) => (
          <Text key={index} style={s.coverLine} structure={tag("P")}>
            {line}
          </Text>
        ))}
        {view.draftMark ? (
          <Text style={s.coverDraft} structure={tag("P")}>
            {view.draftMark}
          </Text>
        ) : null}
      </View>
    </Page>
  );
}

/** Rows with room for the page number, which ./render.tsx fills in once all parts are joined. */
function TableOfContents({ view, font }: { view: PolicyView; font: FontStyle }) {
  const toc = tag("TOC");
  return (
    <Page size="A4" style={[s.page, font]} experimentalPagination>
      <PageChrome view={view} />
      <Text style={s.h1} structure={tag("H2")}>
        {view.tocTitle}
      </Text>
      <View style={[s.h1Rule, { backgroundColor: view.brandColor }]} />
      {view.chapters.map((chapter) => (
        // The rows stay direct children of the page (their destinations must carry page coordinates), so the TOC is their logical parent.
        <View key={chapter.id} style={s.tocRow} wrap={false} id={tocAnchor(chapter.id)} structure={tag("TOCI", { parent: toc })}>
          <Link src={`#${chapter.id}`} style={chapter.kind === "channel" ? s.tocChannel : s.tocTitle} structure={tag("Link")}>
            {chapter.title}
          </Link>
          <View style={s.tocPage} />
        </View>
      ))}
    </Page>
  );
}

/** Chapters that share a page with the one before them, to keep short texts together. */
const sharesPage = new Set(["summary", "accepted-risks"]);

/** The chapters in page groups: each group starts on a new page. */
export function chapterGroups(chapters: Chapter[]): Chapter[][] {
  const groups: Chapter[][] = [];
  for (const chapter of chapters) {
    if (sharesPage.has(chapter.id) && groups.length) groups[groups.length - 1].push(chapter);
    else groups.push([chapter]);
  }
  return groups;
}

/**
 * Which pages one rendering holds: the cover and table of contents (`front`) and the chapter
 * groups by index. ./render.tsx renders the parts side by side and joins them into one file.
 */
export type DocumentPart = { front: boolean; groups: number[] };

export function PolicyPdfDocument({ view, date, fontFamily = PDF_FONTS.withFallbacks, part }: { view: PolicyView; date: Date; fontFamily?: PdfFontFamily; part?: DocumentPart }) {
  const { labels } = view;
  const font = { fontFamily };
  const allGroups = chapterGroups(view.chapters);
  const groups = part ? part.groups.map((index) => allGroups[index]) : allGroups;
  const front = part?.front ?? true;
  return (
    <Document
      title={view.meta.title}
      author={view.meta.author}
      subject={view.meta.subject}
      keywords={view.meta.keywords}
      creator={view.meta.author}
      producer="Afwegingskader sociale media"
      language={view.locale}
      creationDate={date}
      modificationDate={date}
      conformance="PDF/A-3a"
      tagged
      pdfUA
      pageMode="useOutlines"
    >
      {front ? <Cover view={view} font={font} /> : null}
      {front ? <TableOfContents view={view} font={font} /> : null}
      {groups.map((group) => (
        <Page key={group[0].id} size="A4" style={[s.page, font]} experimentalPagination>
          <PageChrome view={view} />
          {group.map((chapter) => (
            <View key={chapter.id} style={chapter === group[0] ? undefined : { marginTop: 18 }}>
              <ChapterBody chapter={chapter} view={view} labels={labels} />
            </View>
          ))}
        </Page>
      ))}
    </Document>
  );
}
