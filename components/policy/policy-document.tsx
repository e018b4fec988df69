import { Heading1, Heading2, Heading3, Link, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { ChannelView, Chapter, Definition, PolicyView } from "@/lib/policy/view-model";
import { ScoreChart } from "@/components/policy/score-chart";
import { ViewTable } from "@/components/policy/view-table";
import { ChangesList } from "@/components/policy/changes-list";

function Definitions({ items }: { items: Definition[] }) {
  return (
    <dl className="afk-policy__dl">
      {items.map((item, index) => (
        <div key={index}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Bullets({ items }: { items: string[] }) {
  return (
    <UnorderedList>
      {items.map((item, index) => (
        <UnorderedListItem key={index}>{item}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function Paragraphs({ items }: { items: string[] }) {
  return (
    <>
      {items.map((text, index) => (
        <Paragraph key={index}>{text}</Paragraph>
      ))}
    </>
  );
}

function ChannelChapter({ chapter, view }: { chapter: ChannelView; view: PolicyView }) {
  const { labels } = view;
  const sub = (name: string) => `${chapter.id}-${name}`;
  return (
    <>
      <Paragraph className="afk-policy__kicker">{chapter.kindLabel}</Paragraph>
      <Definitions items={[...chapter.decision, ...chapter.goals, ...chapter.score]} />
      {chapter.reasons.length ? (
        <section aria-labelledby={sub("reasons")}>
          <Heading3 id={sub("reasons")}>{labels.reasons}</Heading3>
          <Bullets items={chapter.reasons} />
        </section>
      ) : null}
      {chapter.knockouts.length ? (
        <section aria-labelledby={sub("knockouts")}>
          <Heading3 id={sub("knockouts")}>{labels.knockouts}</Heading3>
          <Bullets items={chapter.knockouts} />
        </section>
      ) : null}
      {chapter.effects.length ? (
        <section aria-labelledby={sub("effects")}>
          <Heading3 id={sub("effects")}>{labels.effects}</Heading3>
          <Bullets items={chapter.effects} />
        </section>
      ) : null}
      <section aria-labelledby={sub("dimensions")}>
        <Heading3 id={sub("dimensions")}>{labels.dimensions}</Heading3>
        <ViewTable table={chapter.dimensions} />
      </section>
      <section aria-labelledby={sub("risks")}>
        <Heading3 id={sub("risks")}>{labels.risks}</Heading3>
        {chapter.risks ? <ViewTable table={chapter.risks} /> : <Paragraph>{labels.noRisks}</Paragraph>}
      </section>
      {[...(chapter.evaluation ? [chapter.evaluation] : []), ...chapter.plan].map((section) => (
        <section key={section.id} aria-labelledby={sub(section.id)}>
          <Heading3 id={sub(section.id)}>{section.title}</Heading3>
          <dl className="afk-policy__qa">
            {section.questions.map((question, index) => (
              <div key={index}>
                <dt>{question.question}</dt>
                <dd>
                  {question.answer}
                  {question.rationale ? <span className="afk-policy__rationale">{question.rationale}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

function ChapterBody({ chapter, view }: { chapter: Chapter; view: PolicyView }) {
  switch (chapter.kind) {
    case "channel":
      return <ChannelChapter chapter={chapter} view={view} />;
    case "text":
      return <Paragraphs items={chapter.paragraphs} />;
    case "overview":
      return (
        <>
          <Paragraphs items={chapter.paragraphs} />
          <ViewTable table={chapter.decisions} />
          <ScoreChart chart={chapter.chart} id={`${chapter.id}-chart`} />
        </>
      );
    case "coverage":
      return (
        <>
          <Paragraphs items={chapter.paragraphs} />
          <ViewTable table={chapter.table} />
          {chapter.warnings.length ? (
            <section aria-labelledby={`${chapter.id}-warnings`}>
              <Heading3 id={`${chapter.id}-warnings`}>{view.labels.warnings}</Heading3>
              <Bullets items={chapter.warnings} />
            </section>
          ) : null}
        </>
      );
    case "risks":
      return (
        <>
          <Paragraphs items={chapter.paragraphs} />
          {chapter.table ? <ViewTable table={chapter.table} /> : null}
        </>
      );
    case "changes":
      return (
        <>
          <Paragraphs items={chapter.paragraphs} />
          <ChangesList channels={chapter.channels} idPrefix={chapter.id} emptyLabel={view.labels.noChanges} />
        </>
      );
    case "transparency":
      return (
        <>
          <Paragraphs items={chapter.paragraphs} />
          <ScoreChart chart={chapter.chart} id={`${chapter.id}-chart`} />
          <Definitions items={chapter.dilemmas} />
        </>
      );
    case "appendix":
      return (
        <>
          <Paragraphs items={chapter.paragraphs} />
          {chapter.tables.map((table) => (
            <ViewTable key={table.caption} table={table} />
          ))}
          <Definitions items={chapter.notes} />
        </>
      );
  }
}

/**
 * The accessible web version of the policy document: the same PolicyView the PDF renders, as
 * semantic HTML (one h1, a chapter per h2, tables with captions and headers, the chart with its
 * data table). No hooks and no data access, so it also renders to static HTML (scripts/bench-pdf.ts).
 */
export function PolicyDocument({ view }: { view: PolicyView }) {
  return (
    <article className={`afk-policy${view.draft ? " afk-policy--draft" : ""}`} lang={view.locale} style={{ "--afk-policy-brand": view.brandColor } as React.CSSProperties}>
      <header className="afk-policy__cover">
        <p className="afk-policy__municipality">{view.municipality}</p>
        <Heading1>{view.title}</Heading1>
        {view.draftMark ? (
          <p className="afk-policy__draft-mark" data-mark={view.draftMark}>
            {view.draftMark}
          </p>
        ) : null}
        <ul className="afk-policy__cover-lines">
          {view.coverLines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </header>
      <nav className="afk-policy__toc" aria-labelledby="policy-toc">
        <Heading2 id="policy-toc">{view.tocTitle}</Heading2>
        <ol>
          {view.chapters.map((chapter) => (
            <li key={chapter.id} className={chapter.kind === "channel" ? "afk-policy__toc-channel" : undefined}>
              <Link href={`#${chapter.id}`}>{chapter.title}</Link>
            </li>
          ))}
        </ol>
      </nav>
      {view.chapters.map((chapter) => (
        <section key={chapter.id} id={chapter.id} className={`afk-policy__chapter afk-policy__chapter--${chapter.kind}`} aria-labelledby={`${chapter.id}-title`}>
          <Heading2 id={`${chapter.id}-title`}>{chapter.title}</Heading2>
          <ChapterBody chapter={chapter} view={view} />
        </section>
      ))}
      <footer className="afk-policy__footer">
        <p>{view.footer}</p>
      </footer>
    </article>
  );
}
