/**
 * The policy document in react-pdf primitives. Pure: it renders a PolicyView and nothing else
 * (no data access, no fonts loading; ./render.tsx does that).
 *
 * Fast on purpose: nothing here depends on page numbers, so react-pdf lays the document out in
 * one round (a `render` prop or page `layout` makes it paginate everything twice, about a fifth
 * of the time). The page numbers in the footers and the table of contents are added afterwards
 * by ./render.tsx, at the places marked with the anchors of ./styles.ts (named destinations in the PDF).
 */
import { Document as PdfDocument, Page as PdfPage } from "@react-pdf/renderer";
import type { ComponentProps, ComponentType } from "react";
import { Chart, Definitions, Headed, HeadedBullets, Paragraphs, Table } from "@/lib/policy/pdf/blocks";
import { Link, tag, Text, View, type Structure } from "@/lib/policy/pdf/structure";
import { PAGE_LABEL_ANCHOR, PDF_FONTS, styles, tocAnchor, type PdfFontFamily } from "@/lib/policy/pdf/styles";
import type { ChannelView, Chapter, PolicyView, ViewLabels as Labels } from "@/lib/policy/view-model";

/**
 * `tagged` and `pdfUA` are read by our patch of @react-pdf/render (see ./structure.ts); pdfkit
 * knows the PDF/A "a" (accessible) levels, react-pdf's types only the "b" ones.
 */
type DocumentProps = Omit<ComponentProps<typeof PdfDocument>, "conformance"> & { conformance?: "PDF/A-3a"; tagged?: boolean; pdfUA?: boolean };
const Document = PdfDocument as unknown as ComponentType<DocumentProps>;
const Page = PdfPage as unknown as ComponentType<ComponentProps<typeof PdfPage> & { structure?: Structure }>;


/** Footer and (on drafts) the CONCEPT watermark, repeated on every page; render.tsx adds the page number. */
function PageChrome({ view }: { view: PolicyView }) {
  return (
    <>
      {view.draftMark ? (
        <Text style={styles.watermark} fixed>
          {view.draftMark}
        </Text>
      ) : null}
      <View style={styles.footer} fixed id={PAGE_LABEL_ANCHOR}>
        <Text style={styles.footerText}>{view.footer}</Text>
        <View style={styles.pageLabel} />
      </View>
    </>
  );
}

function ChapterTitle({ id, title, kicker, color }: { id: string; title: string; kicker?: string; color: string }) {
  return (
    <View id={id}>
      {kicker ? (
        <Text style={styles.kicker} structure={tag("P")}>
          {kicker}
        </Text>
      ) : null}
      <Text style={styles.h1} structure={tag("H2")}>
        {title}
      </Text>
      <View style={[styles.h1Rule, { backgroundColor: color }]} />
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
      <Text style={styles.h2} minPresenceAhead={120} structure={tag("H3")}>
        {labels.risks}
      </Text>
      {chapter.risks ? (
        <Table table={chapter.risks} />
      ) : (
        <Text style={styles.p} structure={tag("P")}>
          {labels.noRisks}
        </Text>
      )}
      {[...(chapter.evaluation ? [chapter.evaluation] : []), ...chapter.plan].map((section) => (
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
              <Text style={styles.h2} structure={tag("H3")}>
                {title}
              </Text>
            }
            items={questions}
            render={(question, index) => (
              <View key={index} style={styles.qa} wrap={false} structure={tag("LI", { parent: list })}>
                <Text style={styles.qaQuestion} structure={tag("Lbl")}>
                  {question.question}
                </Text>
                <Text style={styles.qaAnswer} structure={tag("LBody")}>
                  {question.answer}
                  {question.rationale ? <Text style={styles.rationale}>{` — ${question.rationale}`}</Text> : null}
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
    case "transparency":
      return (
        <>
          {title}
          <Paragraphs items={chapter.paragraphs} />
          <Chart chart={chapter.chart} />
          <Definitions items={chapter.dilemmas} />
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
    <Page size="A4" style={[styles.cover, font]} experimentalPagination>
      <PageChrome view={view} />
      <View style={[styles.coverBand, { backgroundColor: view.brandColor }]}>
        <Text style={styles.coverMunicipality} structure={tag("P")}>
          {view.municipality}
        </Text>
        <Text style={styles.coverTitle} structure={tag("H1")}>
          {view.title}
        </Text>
      </View>
      <View style={styles.coverBody}>
        {view.coverLines.map((line, index) => (
          <Text key={index} style={styles.coverLine} structure={tag("P")}>
            {line}
          </Text>
        ))}
        {view.draftMark ? (
          <Text style={styles.coverDraft} structure={tag("P")}>
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
    <Page size="A4" style={[styles.page, font]} experimentalPagination>
      <PageChrome view={view} />
      <Text style={styles.h1} structure={tag("H2")}>
        {view.tocTitle}
      </Text>
      <View style={[styles.h1Rule, { backgroundColor: view.brandColor }]} />
      {view.chapters.map((chapter) => (
        // The rows stay direct children of the page (their destinations must carry page coordinates), so the TOC is their logical parent.
        <View key={chapter.id} style={styles.tocRow} wrap={false} id={tocAnchor(chapter.id)} structure={tag("TOCI", { parent: toc })}>
          <Link src={`#${chapter.id}`} style={chapter.kind === "channel" ? styles.tocChannel : styles.tocTitle} structure={tag("Link")}>
            {chapter.title}
          </Link>
          <View style={styles.tocPage} />
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
        <Page key={group[0].id} size="A4" style={[styles.page, font]} experimentalPagination>
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
