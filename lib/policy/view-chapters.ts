import { channelKindLabels } from "@/lib/catalogue/facts";
import { scoreSeriesColors } from "@/lib/charts/score-bars";
import type { Chapter, ChartSeries } from "@/lib/policy/view-model";
import { percent, type ViewContext } from "@/lib/policy/view-text";

type ChapterOf<K extends Chapter["kind"]> = Extract<Chapter, { kind: K }>;

/** The comparison chart of all channels and the table of decisions. */
export function overviewChapter(ctx: ViewContext): ChapterOf<"overview"> {
  const { snapshot, t, l, date, decisionLabel, recommendationLabel } = ctx;
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
  return {
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
  };
}

/** Which audiences each channel reaches (channels as rows: A4 has room for the seven audiences as columns). */
export function coverageChapter(ctx: ViewContext): ChapterOf<"coverage"> {
  const { snapshot, t, l, frameworks, channelName } = ctx;
  const audienceItem = frameworks.flatMap((framework) => framework.parts.flatMap((part) => part.items)).find((item) => item.id === "plan.goals.audiences");
  const audienceLabel = (id: string) => {
    const option = audienceItem?.options?.find((candidate) => candidate.value === id);
    return option ? l(option.label) : id;
  };
  const { coverage } = snapshot;
  const cellLabel = (value: "assessed" | "alternative" | null | undefined) =>
    value === "assessed" ? t("policy.doc.coverageAssessed") : value === "alternative" ? t("policy.doc.coverageAlternative") : "–";
  return {
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
  };
}

/** The risks the municipality accepted or mitigates, over all channels. */
export function acceptedRisksChapter(ctx: ViewContext): ChapterOf<"risks"> {
  const { snapshot, t, date, riskDecisionLabel, roleLabel } = ctx;
  const accepted = snapshot.channels.flatMap((channel) =>
    channel.risks.filter((risk) => risk.decision === "accepted" || risk.decision === "mitigated").map((risk) => ({ channel, risk })),
  );
  return {
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
  };
}

/** Sources: framework versions, the weights, catalogue and scoring versions, the hash. */
export function appendixChapter(ctx: ViewContext, hash: string | null): ChapterOf<"appendix"> {
  const { snapshot, t, l, date } = ctx;
  return {
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
      ...(hash ? [{ term: t("policy.doc.hash"), value: hash }] : []),
    ],
  };
}
