/**
 * The policy document as a reader sees it: every sentence, label and table cell, translated,
 * built from a snapshot. The PDF (./pdf) and the accessible web version (components/policy)
 * both render this one model, so they always say the same. Pure: the translation function and
 * the snapshot come in; nothing is read here.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { answerLabels, formatAnswer, type AnswerLabels } from "@/lib/assessments/format";
import { scoreSeriesColors } from "@/lib/charts/score-bars";
import { coverageItems } from "@/lib/assessments/coverage";
import { channelKindLabels, factLabel, factValueLabel } from "@/lib/catalogue/facts";
import type { Dimension, Framework } from "@/lib/frameworks/schema";
import type { Locale } from "@/lib/i18n/locales";
import { messageParams, type ExplainContext } from "@/lib/scoring/explain";
import type { Translate } from "@/lib/policy/i18n";
import type { ChannelChange, PolicyDiff, PolicySnapshot, SnapshotChannel, SnapshotFramework, SnapshotRisk } from "@/lib/policy/schema";
import { shortHash } from "@/lib/policy/snapshot";

/* ------------------------------------------------------------------------------------------ */
/* Model                                                                                        */
/* ------------------------------------------------------------------------------------------ */

export type ViewTable = {
  caption: string;
  /** Relative widths, used by the PDF; the web table sizes itself. */
  columns: { label: string; width: number }[];
  /** The first cell of each row names the row (a row header). */
  rows: string[][];
};

export type Definition = { term: string; value: string };

export type ChartSeries = { key: "overall" | "baseline" | "public-value"; label: string; color: string };
export type ChartView = {
  title: string;
  description: string;
  series: ChartSeries[];
  rows: { label: string; values: (number | null)[] }[];
  table: ViewTable;
};

export type QuestionView = { question: string; answer: string; rationale: string };
export type PlanSection = { id: string; title: string; questions: QuestionView[] };

export type ChannelView = {
  kind: "channel";
  id: string;
  title: string;
  kindLabel: string;
  decision: Definition[];
  score: Definition[];
  reasons: string[];
  knockouts: string[];
  effects: string[];
  dimensions: ViewTable;
  goals: Definition[];
  risks: ViewTable | null;
  plan: PlanSection[];
};

export type ChangesChannelView = { name: string; status: string; lines: string[] };

export type Chapter =
  | { kind: "text"; id: string; title: string; paragraphs: string[] }
  | { kind: "overview"; id: string; title: string; paragraphs: string[]; chart: ChartView; decisions: ViewTable }
  | ChannelView
  | { kind: "coverage"; id: string; title: string; paragraphs: string[]; table: ViewTable; warnings: string[] }
  | { kind: "risks"; id: string; title: string; paragraphs: string[]; table: ViewTable | null }
  | { kind: "changes"; id: string; title: string; paragraphs: string[]; channels: ChangesChannelView[] }
  | { kind: "appendix"; id: string; title: string; paragraphs: string[]; tables: ViewTable[]; notes: Definition[] };

export type ViewLabels = {
  goals: string;
  score: string;
  reasons: string;
  knockouts: string;
  effects: string;
  risks: string;
  noRisks: string;
  warnings: string;
  dimensions: string;
  noChanges: string;
};

export type PolicyView = {
  locale: Locale;
  title: string;
  subtitle: string;
  municipality: string;
  brandColor: string;
  year: number;
  draft: boolean;
  /** "CONCEPT" on drafts; null once adopted. */
  draftMark: string | null;
  statusLine: string;
  coverLines: string[];
  /** Footer text without the page number; `pageLabel` has the placeholders %page% and %pages%. */
  footer: string;
  pageLabel: string;
  tocTitle: string;
  chapters: Chapter[];
  /** Headings inside chapters. */
  labels: ViewLabels;
  /** Document properties for the PDF. */
  meta: { title: string; author: string; subject: string; keywords: string };
};

export type ViewInput = {
  snapshot: PolicySnapshot;
  status: "draft" | "adopted";
  hash: string | null;
  locale: Locale;
  t: Translate;
  /** Answer changes shown per channel in "changes since last year" (the rest is counted). */
  answerChangeLimit?: number;
};

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return "";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(day.getTime())) return value;
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(day);
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);

export const chapterId = (channelId: string) => `channel-${channelId.replace(/[^a-z0-9-]/gi, "-").toLowerCase()}`;

/** Framework content objects for the scoring explanations, rebuilt from the snapshot's wording. */
function toFramework(framework: SnapshotFramework): Framework {
  return {
    id: framework.id,
    version: framework.version,
    title: framework.title,
    summary: framework.title,
    source: { ...framework.source },
    migration: [],
    parts: framework.parts.map((part) => ({
      id: part.id,
      title: part.title,
      items: part.items.map((item) => ({
        id: item.id,
        text: item.text,
        guidance: item.text,
        answerType: item.answerType,
        options: item.options,
        multiple: item.multiple,
        future: false,
        rationale: "optional" as const,
        evidence: false,
        owner: "advisor" as const,
        feeds: [],
        ownWording: false,
      })),
    })),
  };
}

function toDimensions(snapshot: PolicySnapshot): Dimension[] {
  return snapshot.dimensions.map((dimension) => ({
    id: dimension.id,
    group: dimension.group === "baseline" ? "baseline" : "public-value",
    title: dimension.title,
    description: dimension.title,
    source: { publisher: "", title: "", date: "1970-01-01" },
    defaultWeight: dimension.weight,
  }));
}

const percent = (value: number) => Math.round(value * 100);

const sameParams = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value);

/**
 * One line of text: line breaks, tabs and other control characters become single spaces. The
 * PDF fonts have no glyph for them, and a missing glyph pulls in an unembedded standard font.
 */
export const oneLine = (text: string) => text.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();

function cleanStrings<T>(value: T): T {
  if (typeof value === "string") return oneLine(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, cleanStrings(entry)])) as T;
  return value;
}

/* ------------------------------------------------------------------------------------------ */
/* Builder                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** The words for answer values (yes, partly, not answered, ...) in the document's language. */
const answerLabelsOf = (t: Translate) => answerLabels((key) => t(`assessments.answer.${key}`));

/** A question by its reference ("framework:item") in the first of the frameworks that has it. */
function findItem(frameworks: readonly Framework[], ref: string) {
  const [frameworkId, itemId] = ref.split(":");
  for (const framework of frameworks.filter((candidate) => candidate.id === frameworkId)) {
    for (const part of framework.parts) {
      const item = part.items.find((candidate) => candidate.id === itemId);
      if (item) return item;
    }
  }
  return undefined;
}

/** An answer as the reader sees it: dates in words, options by their label, ids by their name. */
function answerTextOf(
  frameworks: readonly Framework[],
  ref: string,
  value: AnswerValue | null | undefined,
  locale: Locale,
  labels: AnswerLabels,
  channelName: (id: string) => string,
) {
  const item = findItem(frameworks, ref);
  if (item?.answerType === "date" && typeof value === "string" && value !== "unknown") return formatDate(value, locale);
  return item ? formatAnswer(value, item, locale, labels, channelName) : value === null || value === undefined ? labels.notAnswered : String(value);
}

export function buildPolicyView(input: ViewInput): PolicyView {
  const { snapshot, locale, t } = input;
  const draft = input.status !== "adopted";
  const frameworks = snapshot.frameworks.map(toFramework);
  const dimensions = toDimensions(snapshot);
  const channelNames = Object.fromEntries(Object.entries(snapshot.channelIndex).map(([id, entry]) => [id, entry.name]));
  const channelName = (id: string) => channelNames[id] ?? id;
  const l = (text: { nl: string; en: string }) => (locale === "en" ? text.en : text.nl);
  const date = (value: string | null | undefined) => formatDate(value, locale);
  const answerLabels = answerLabelsOf(t);

  const pinnedOf = (channel: SnapshotChannel) =>
    frameworks.filter((framework) => channel.assessment.frameworkVersions[framework.id] === framework.version);
  const answerText = (pinned: readonly Framework[], ref: string, value: AnswerValue | null | undefined) => answerTextOf(pinned, ref, value, locale, answerLabels, channelName);
  const decisionLabel = (value: string | null) => (value ? t(`assessments.decisions.${value}`) : t("policy.doc.noDecision"));
  const recommendationLabel = (value: string) => t(`scoring.recommendation.${value}`);
  const scoreLabel = (score: number | null) => (score === null ? t("policy.doc.noScore") : t("policy.doc.scoreValue", { score: Math.round(score) }));
  const riskDecisionLabel = (value: SnapshotRisk["decision"]) => (value ? t(`policy.riskDecisions.${value}`) : t("policy.riskDecisions.undecided"));
  const roleLabel = (role: string) => t(`common.roles.${role}`);

  const title = t("policy.doc.title", { year: snapshot.year });
  const adoption = snapshot.adoption;
  const statusLine = draft
    ? t("policy.doc.statusDraft")
    : t("policy.doc.statusAdopted", { date: date(adoption?.councilDecisionDate), reference: adoption?.councilDecisionRef ?? "" });

  /* ---- chapters ---- */
  const chapters: Chapter[] = [];
  chapters.push({
    kind: "text",
    id: "introduction",
    title: t("policy.doc.introduction"),
    paragraphs: snapshot.introduction.trim() ? paragraphs(snapshot.introduction) : [t("policy.doc.noIntroduction")],
  });
  chapters.push({
    kind: "text",
    id: "summary",
    title: t("policy.doc.summary"),
    paragraphs: snapshot.summary.trim() ? paragraphs(snapshot.summary) : [t("policy.doc.noSummary")],
  });

  /* overview: the comparison chart and the decisions */
  const series: ChartSeries[] = [
    { key: "overall", label: t("scoring.labels.overall"), color: scoreSeriesColors.overall },
    { key: "baseline", label: t("scoring.groups.baseline"), color: scoreSeriesColors.baseline },
    { key: "public-value", label: t("scoring.groups.public-value"), color: scoreSeriesColors["public-value"] },
  ];
  const chartRows = snapshot.channels.map((channel) => ({
    label: channel.name,
    values: [channel.score.overall.score, channel.score.groups.baseline?.score ?? null, channel.score.groups["public-value"]?.score ?? null].map((value) =>
      value === null ? null : Math.round(value),
    ),
  }));
  const cell = (value: number | null) => (value === null ? "–" : String(value));
  chapters.push({
    kind: "overview",
    id: "overview",
    title: t("policy.doc.overview"),
    paragraphs: [t("policy.doc.overviewIntro", { count: snapshot.channels.length })],
    chart: {
      title: t("policy.doc.chartTitle"),
      description: t("policy.doc.chartDescription"),
      series,
      rows: chartRows,
      table: {
        caption: t("policy.doc.chartTableCaption"),
        columns: [
          { label: t("policy.doc.channel"), width: 3 },
          ...series.map((entry) => ({ label: entry.label, width: 2 })),
          { label: t("scoring.labels.confidence"), width: 2 },
        ],
        rows: snapshot.channels.map((channel, index) => [
          channel.name,
          ...chartRows[index].values.map(cell),
          t("policy.doc.percent", { value: percent(channel.score.overall.confidence) }),
        ]),
      },
    },
    decisions: {
      caption: t("policy.doc.decisionsCaption", { year: snapshot.year }),
      columns: [
        { label: t("policy.doc.channel"), width: 3 },
        { label: t("policy.doc.kind"), width: 3 },
        { label: t("policy.doc.decision"), width: 3 },
        { label: t("policy.doc.advice"), width: 3 },
      ],
      rows: snapshot.channels.map((channel) => [
        channel.name,
        l(channelKindLabels[channel.kind]),
        decisionLabel(channel.decision.value) + (channel.decision.phaseOutDate ? ` (${t("policy.doc.until", { date: date(channel.decision.phaseOutDate) })})` : ""),
        recommendationLabel(channel.score.recommendation.value),
      ]),
    },
  });

  /* one chapter per channel */
  for (const channel of snapshot.channels) {
    const pinned = pinnedOf(channel);
    const context: ExplainContext = { locale, frameworks: pinned, dimensions, channelNames };
    const say = (key: string, params: Record<string, string>) => t(`scoring.${key}`, messageParams(params, context));
    const { score } = channel;
    const answer = (ref: string) => channel.answers[ref]?.value ?? null;
    const planFramework = pinned.find((framework) => framework.id === "assessment-plan");
    const planParts = ["alternatives", "exit", "moderation", "crisis", "inclusion"];
    const effects = score.dimensions
      .flatMap((dimension) => dimension.drivers.map((driver) => ({ driver, dimension })))
      .filter(({ driver }) => driver.contribution !== 0)
      .sort((a, b) => Math.abs(b.driver.contribution) - Math.abs(a.driver.contribution) || a.dimension.id.localeCompare(b.dimension.id))
      .slice(0, 3)
      .map(({ driver, dimension }) => `${l(dimensions.find((d) => d.id === dimension.id)?.title ?? { nl: dimension.id, en: dimension.id })}: ${say(driver.messageKey, driver.params)}`);
    const risks = channel.risks;
    chapters.push({
      kind: "channel",
      id: chapterId(channel.channelId),
      title: channel.name,
      kindLabel: l(channelKindLabels[channel.kind]),
      decision: [
        { term: t("policy.doc.decision"), value: decisionLabel(channel.decision.value) },
        ...(channel.decision.phaseOutDate ? [{ term: t("policy.doc.phaseOutDate"), value: date(channel.decision.phaseOutDate) }] : []),
        ...(channel.decision.conditions ? [{ term: t("policy.doc.conditions"), value: channel.decision.conditions }] : []),
        ...(channel.decision.rationale ? [{ term: t("policy.doc.rationale"), value: channel.decision.rationale }] : []),
      ],
      score: [
        { term: t("scoring.labels.overall"), value: scoreLabel(score.overall.score) },
        { term: t("scoring.labels.confidence"), value: t("policy.doc.percent", { value: percent(score.overall.confidence) }) },
        {
          term: t("policy.doc.advice"),
          value:
            (score.recommendation.value === "phase_out" && score.recommendation.phaseOutBy
              ? t("scoring.recommendation.phaseOutBy", { date: date(score.recommendation.phaseOutBy) })
              : recommendationLabel(score.recommendation.value)) + (score.recommendation.provisional ? ` (${t("policy.doc.provisional")})` : ""),
        },
      ],
      // A reason that is a knock-out finding is listed under the knock-outs already, with its title.
      reasons: score.recommendation.reasons
        .filter((reason) => !score.knockouts.some((knockout) => knockout.messageKey === reason.messageKey && sameParams(knockout.params, reason.params)))
        .map((reason) => say(reason.messageKey, reason.params)),
      knockouts: score.knockouts.map(
        (knockout) =>
          `${t(`scoring.knockout.${knockout.id}.title`)} (${knockout.status === "unresolved" ? t("scoring.labels.unresolved") : knockout.severity === "blocking" ? t("scoring.labels.blocking") : t("scoring.labels.condition")}): ${say(knockout.messageKey, knockout.params)}`,
      ),
      effects,
      dimensions: {
        caption: t("policy.doc.dimensionsCaption", { channel: channel.name }),
        columns: [
          { label: t("policy.doc.dimension"), width: 5 },
          { label: t("scoring.labels.score"), width: 2 },
          { label: t("scoring.labels.confidence"), width: 2 },
        ],
        // The weights are the municipality's, the same for every channel: listed once, in the appendix.
        rows: score.dimensions.map((dimension) => [
          l(dimensions.find((d) => d.id === dimension.id)?.title ?? { nl: dimension.id, en: dimension.id }),
          cell(dimension.score === null ? null : Math.round(dimension.score)),
          t("policy.doc.percent", { value: percent(dimension.confidence) }),
        ]),
      },
      goals: [
        { term: t("policy.doc.goals"), value: answerText(pinned, "assessment-plan:plan.goals.goals", answer("assessment-plan:plan.goals.goals")) },
        { term: t("policy.doc.audiences"), value: answerText(pinned, coverageItems.audiences, answer(coverageItems.audiences)) },
        { term: t("policy.doc.reach"), value: answerText(pinned, "assessment-plan:plan.goals.reach", answer("assessment-plan:plan.goals.reach")) },
      ],
      risks: risks.length
        ? {
            caption: t("policy.doc.risksCaption", { channel: channel.name }),
            columns: [
              { label: t("policy.doc.risk"), width: 5 },
              { label: t("policy.doc.likelihoodImpact"), width: 2 },
              { label: t("policy.doc.riskDecision"), width: 3 },
              { label: t("policy.doc.riskOwner"), width: 3 },
              { label: t("policy.doc.reviewDate"), width: 3 },
            ],
            rows: risks.map((risk) => [
              risk.title + (risk.measures ? ` — ${t("policy.doc.measures")}: ${risk.measures}` : ""),
              `${risk.likelihood} × ${risk.impact}`,
              riskDecisionLabel(risk.decision) + (risk.decisionRationale ? `: ${risk.decisionRationale}` : ""),
              risk.riskOwner || roleLabel(risk.ownerRole),
              risk.reviewDate ? date(risk.reviewDate) : "–",
            ]),
          }
        : null,
      plan: planFramework
        ? planFramework.parts
            .filter((part) => planParts.includes(part.id))
            .map((part) => ({
              id: part.id,
              title: l(part.title),
              questions: part.items.map((item) => {
                const ref = `${planFramework.id}:${item.id}`;
                return { question: l(item.text), answer: answerText(pinned, ref, answer(ref)), rationale: channel.answers[ref]?.rationale ?? "" };
              }),
            }))
        : [],
    });
  }

  /* coverage matrix: channels as rows (A4 has room for the seven audiences as columns) */
  const audienceItem = frameworks.flatMap((framework) => framework.parts.flatMap((part) => part.items)).find((item) => item.id === "plan.goals.audiences");
  const audienceLabel = (id: string) => {
    const option = audienceItem?.options?.find((candidate) => candidate.value === id);
    return option ? l(option.label) : id;
  };
  const { coverage } = snapshot;
  const cellLabel = (value: "assessed" | "alternative" | null | undefined) =>
    value === "assessed" ? t("policy.doc.coverageAssessed") : value === "alternative" ? t("policy.doc.coverageAlternative") : "–";
  chapters.push({
    kind: "coverage",
    id: "coverage",
    title: t("policy.doc.coverage"),
    paragraphs: [t("policy.doc.coverageIntro")],
    table: {
      caption: t("policy.doc.coverageCaption", { year: snapshot.year }),
      columns: [{ label: t("policy.doc.channel"), width: 4 }, ...coverage.rows.map((row) => ({ label: audienceLabel(row.audience), width: 2 }))],
      rows: coverage.columns.map((column) => [channelName(column), ...coverage.rows.map((row) => cellLabel(row.cells[column]))]),
    },
    warnings: coverage.rows.flatMap((row) =>
      row.warnings.map((warning) =>
        t(`policy.doc.coverageWarnings.${warning}`, {
          audience: audienceLabel(row.audience),
        }),
      ),
    ),
  });

  /* accepted risks */
  const accepted = snapshot.channels.flatMap((channel) =>
    channel.risks.filter((risk) => risk.decision === "accepted" || risk.decision === "mitigated").map((risk) => ({ channel, risk })),
  );
  chapters.push({
    kind: "risks",
    id: "accepted-risks",
    title: t("policy.doc.acceptedRisks"),
    paragraphs: [t("policy.doc.acceptedRisksIntro", { count: accepted.length })],
    table: accepted.length
      ? {
          caption: t("policy.doc.acceptedRisksCaption", { year: snapshot.year }),
          columns: [
            { label: t("policy.doc.channel"), width: 3 },
            { label: t("policy.doc.risk"), width: 5 },
            { label: t("policy.doc.likelihoodImpact"), width: 2 },
            { label: t("policy.doc.riskDecision"), width: 3 },
            { label: t("policy.doc.riskOwner"), width: 3 },
            { label: t("policy.doc.reviewDate"), width: 3 },
          ],
          rows: accepted.map(({ channel, risk }) => [
            channel.name,
            risk.title,
            `${risk.likelihood} × ${risk.impact}`,
            riskDecisionLabel(risk.decision),
            risk.riskOwner || roleLabel(risk.ownerRole),
            risk.reviewDate ? date(risk.reviewDate) : "–",
          ]),
        }
      : null,
  });

  /* changes since last year */
  chapters.push({
    kind: "changes",
    id: "changes",
    title: t("policy.doc.changes"),
    paragraphs: snapshot.changes
      ? [t("policy.doc.changesIntro", { from: snapshot.changes.fromYear, to: snapshot.changes.toYear })]
      : [t("policy.doc.changesNone")],
    channels: snapshot.changes ? changeViews(snapshot.changes, snapshot, null, { locale, t, limit: input.answerChangeLimit ?? 8 }) : [],
  });

  /* appendix: sources */
  chapters.push({
    kind: "appendix",
    id: "sources",
    title: t("policy.doc.appendix"),
    paragraphs: [t("policy.doc.appendixIntro")],
    tables: [
      {
        caption: t("policy.doc.frameworksCaption"),
        columns: [
          { label: t("policy.doc.framework"), width: 4 },
          { label: t("policy.doc.version"), width: 2 },
          { label: t("policy.doc.source"), width: 6 },
        ],
        rows: snapshot.frameworks.map((framework) => [
          l(framework.title),
          framework.version,
          `${framework.source.publisher}, ${framework.source.title} (${date(framework.source.date)})${framework.source.url ? ` ${framework.source.url}` : ""}`,
        ]),
      },
      {
        caption: t("policy.doc.weightsCaption"),
        columns: [
          { label: t("policy.doc.dimension"), width: 5 },
          { label: t("policy.doc.group"), width: 4 },
          { label: t("scoring.labels.weight"), width: 2 },
        ],
        rows: snapshot.dimensions.map((dimension) => [l(dimension.title), t(`scoring.groups.${dimension.group}`), String(dimension.weight)]),
      },
    ],
    notes: [
      { term: t("policy.doc.catalogueVersions"), value: snapshot.catalogueVersions.join(", ") || "–" },
      { term: t("policy.doc.scoringRules"), value: snapshot.scoringRulesVersion },
      { term: t("policy.doc.asOf"), value: date(snapshot.asOf) },
      { term: t("policy.doc.evaluationDate"), value: snapshot.evaluationDate ? date(snapshot.evaluationDate) : t("policy.doc.notSet") },
      ...(input.hash ? [{ term: t("policy.doc.hash"), value: input.hash }] : []),
    ],
  });

  const short = input.hash ? shortHash(input.hash) : null;
  const footer = draft
    ? t("policy.doc.footerDraft", { municipality: snapshot.municipality.name, year: snapshot.year })
    : t("policy.doc.footerAdopted", {
        municipality: snapshot.municipality.name,
        year: snapshot.year,
        date: date(adoption?.councilDecisionDate),
        hash: short ?? "",
      });

  return cleanStrings({
    locale,
    title,
    subtitle: snapshot.municipality.name,
    municipality: snapshot.municipality.name,
    brandColor: snapshot.municipality.primaryColor,
    year: snapshot.year,
    draft,
    draftMark: draft ? t("policy.doc.draftMark") : null,
    statusLine,
    coverLines: [
      t("policy.doc.coverVersion", { year: snapshot.year }),
      statusLine,
      ...(snapshot.evaluationDate ? [t("policy.doc.coverEvaluation", { date: date(snapshot.evaluationDate) })] : []),
      t("policy.doc.coverAsOf", { date: date(snapshot.asOf) }),
      ...(short ? [t("policy.doc.coverHash", { hash: short })] : []),
    ],
    footer,
    pageLabel: t("policy.doc.pageLabel", { page: "%page%", pages: "%pages%" }),
    tocTitle: t("policy.doc.toc"),
    chapters,
    labels: {
      goals: t("policy.doc.goalsTitle"),
      score: t("policy.doc.scoreTitle"),
      reasons: t("scoring.labels.reasons"),
      knockouts: t("scoring.labels.knockouts"),
      effects: t("policy.doc.effects"),
      risks: t("policy.doc.risksTitle"),
      noRisks: t("policy.doc.noRisks"),
      warnings: t("policy.doc.coverageWarningsTitle"),
      dimensions: t("policy.doc.dimensionsTitle"),
      noChanges: t("policy.changes.noChanges"),
    },
    meta: {
      title: `${title} – ${snapshot.municipality.name}`,
      author: snapshot.municipality.name,
      subject: t("policy.doc.subject", { year: snapshot.year }),
      keywords: t("policy.doc.keywords"),
    },
  });
}

/* ------------------------------------------------------------------------------------------ */
/* Changes                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/**
 * Sentences for "changes since last year" (and the comparison of any two years). `before` is the
 * older snapshot when at hand, for the wording of answers to questions that were dropped.
 */
export function changeViews(
  diff: PolicyDiff,
  after: PolicySnapshot,
  before: PolicySnapshot | null,
  options: { locale: Locale; t: Translate; limit?: number },
): ChangesChannelView[] {
  const { locale, t } = options;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const frameworks = [...after.frameworks, ...(before?.frameworks ?? [])].map(toFramework);
  const channelNames = Object.fromEntries(
    [...Object.entries(before?.channelIndex ?? {}), ...Object.entries(after.channelIndex)].map(([id, entry]) => [id, entry.name]),
  );
  const date = (value: string | null) => (value ? formatDate(value, locale) : "–");
  const decision = (value: string | null) => (value ? t(`assessments.decisions.${value}`) : t("policy.doc.noDecision"));
  const answerLabels = answerLabelsOf(t);
  const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 119).trimEnd()}…` : text);
  const answerText = (ref: string, value: AnswerValue | null) => shorten(answerTextOf(frameworks, ref, value, locale, answerLabels, (id) => channelNames[id] ?? id));

  return diff.channels.map((change: ChannelChange) => {
    const lines: string[] = [];
    if (change.decision) lines.push(t("policy.changes.decision", { from: decision(change.decision.from), to: decision(change.decision.to) }));
    if (change.phaseOutDate) lines.push(t("policy.changes.phaseOutDate", { from: date(change.phaseOutDate.from), to: date(change.phaseOutDate.to) }));
    if (change.conditions) lines.push(t("policy.changes.conditions", { to: change.conditions.to ? shorten(change.conditions.to) : t("common.none") }));
    if (change.score) {
      lines.push(
        t("policy.changes.score", {
          from: change.score.from === null ? "–" : String(change.score.from),
          to: change.score.to === null ? "–" : String(change.score.to),
        }),
      );
    }
    if (change.recommendation) {
      lines.push(
        t("policy.changes.recommendation", {
          from: t(`scoring.recommendation.${change.recommendation.from}`),
          to: t(`scoring.recommendation.${change.recommendation.to}`),
        }),
      );
    }
    for (const risk of change.risks) {
      if (!risk.from) lines.push(t("policy.changes.riskAdded", { risk: risk.title }));
      else if (!risk.to) lines.push(t("policy.changes.riskRemoved", { risk: risk.title }));
      else {
        const fields = risk.fields.map((field) => t(`policy.changes.riskFields.${field}`)).join(", ");
        lines.push(t("policy.changes.riskChanged", { risk: risk.title, fields }));
      }
    }
    for (const fact of change.facts) {
      lines.push(
        t("policy.changes.fact", {
          fact: factLabel(fact.key, locale),
          from: fact.from === null ? "–" : factValueLabel(fact.key, fact.from, locale),
          to: fact.to === null ? "–" : factValueLabel(fact.key, fact.to, locale),
        }),
      );
    }
    for (const answer of change.answers.slice(0, limit)) {
      const item = findItem(frameworks, answer.itemRef);
      lines.push(
        t("policy.changes.answer", {
          question: shorten(item ? (locale === "en" ? item.text.en : item.text.nl) : answer.itemRef),
          from: answerText(answer.itemRef, answer.from),
          to: answerText(answer.itemRef, answer.to),
        }),
      );
    }
    if (change.answers.length > limit) lines.push(t("policy.changes.moreAnswers", { count: change.answers.length - limit }));
    return cleanStrings({ name: change.name, status: t(`policy.changes.status.${change.change}`), lines });
  });
}
