import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { YearFilter } from "@/components/assessments/year-filter";
import { ScoreBarChart } from "@/components/charts/score-bar-chart";
import { scoreSeriesColors } from "@/lib/charts/score-bars";
import { requireMunicipality } from "@/lib/auth/session";
import { listAssessmentDetails, listAssessmentYears } from "@/lib/assessments/queries";
import { scoreAssessments } from "@/lib/assessments/scoring";
import { coverageMatrix } from "@/lib/assessments/coverage";
import { channelOptions } from "@/lib/assessments/channel-options";
import { policyYearNow } from "@/lib/assessments/policy-year";
import { defaultScoringRules } from "@/lib/scoring";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ year?: string }> };

const round = (value: number | null) => (value === null ? null : Math.round(value));

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "assessment.read");
  const years = await listAssessmentYears(municipality.id);
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested > 2000 ? requested : (years[0] ?? policyYearNow());
  const [t, tCommon, tScoring, tAssessments, details, channels] = await Promise.all([
    getTranslations("compare"),
    getTranslations("common"),
    getTranslations("scoring"),
    getTranslations("assessments"),
    listAssessmentDetails(municipality.id, year),
    channelOptions(municipality.id),
  ]);
  const scored = await scoreAssessments(municipality.id, details);
  const thresholds = defaultScoringRules().recommendation;
  const name = (id: string) => channels.find((channel) => channel.id === id)?.name ?? id;
  const kindOf = (id: string) => channels.find((channel) => channel.id === id)?.kind as "commercial" | undefined;
  const coverage = coverageMatrix(
    scored.map(({ detail }) => ({
      channelId: detail.assessment.channelId,
      channelName: name(detail.assessment.channelId),
      kind: detail.channel?.kind ?? "commercial",
      decision: detail.assessment.decision,
      answers: Object.fromEntries([...detail.answers].map(([ref, answer]) => [ref, answer.value])),
    })),
    kindOf,
  );
  const series = [
    { key: "overall", label: t("overall"), color: scoreSeriesColors.overall },
    { key: "baseline", label: t("baseline"), color: scoreSeriesColors.baseline },
    { key: "values", label: t("publicValues"), color: scoreSeriesColors["public-value"] },
  ];
  const rows = scored.map(({ detail, result }) => ({
    id: detail.assessment.id,
    label: name(detail.assessment.channelId),
    values: { overall: round(result.overall.score), baseline: round(result.groups.baseline.score), values: round(result.groups["public-value"].score) },
  }));

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <YearFilter years={[...new Set([...years, year])].sort((a, b) => b - a)} selected={year} label={tAssessments("year")} submitLabel={tCommon("filter")} />
      {scored.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="scores-title" className="afk-stack">
            <Heading2 id="scores-title">{t("scoresTitle")}</Heading2>
            <ScoreBarChart rows={rows} series={series} title={t("chartTitle")} thresholds={[thresholds.conditionsFrom, thresholds.useFrom]} />
            <Paragraph className="afk-muted">{t("chartNote", { low: thresholds.conditionsFrom, high: thresholds.useFrom })}</Paragraph>
            {/* A table wider than the screen scrolls; keyboard users reach it with Tab and scroll with the arrow keys. */}
            <div className="afk-table-wrap" tabIndex={0} role="region" aria-labelledby="scores-title">
              <DataTable
                caption={t("scoresCaption", { year })}
                rows={scored}
                rowKey={({ detail }) => detail.assessment.id}
                columns={[
                  { header: t("channel"), cell: ({ detail }, index) => <Link href={`/m/${slug}/assessments/${detail.assessment.id}/summary`}>{rows[index].label}</Link> },
                  { header: t("overall"), cell: (_, index) => rows[index].values.overall ?? "–" },
                  { header: t("baseline"), cell: (_, index) => rows[index].values.baseline ?? "–" },
                  { header: t("publicValues"), cell: (_, index) => rows[index].values.values ?? "–" },
                  { header: t("confidence"), cell: ({ result }) => `${Math.round(result.overall.confidence * 100)}%` },
                  { header: t("knockouts"), cell: ({ result }) => result.knockouts.filter((knockout) => knockout.severity === "blocking" && knockout.status === "triggered").length },
                  { header: t("advice"), cell: ({ result }) => tScoring(`recommendation.${result.recommendation.value}`) },
                  { header: t("decision"), cell: ({ detail }) => (detail.assessment.decision ? tAssessments(`decisions.${detail.assessment.decision as "use"}`) : t("noDecision")) },
                ]}
              />
            </div>
          </section>
          <section aria-labelledby="coverage-title" className="afk-stack">
            <Heading2 id="coverage-title">{t("coverageTitle")}</Heading2>
            <Paragraph>{t("coverageIntro")}</Paragraph>
            <div className="afk-table-wrap" tabIndex={0} role="region" aria-labelledby="coverage-title">
              <DataTable
                caption={t("coverageCaption", { year })}
                rows={coverage.rows}
                rowKey={(row) => row.audience}
                columns={[
                  { header: t("audience"), cell: (row) => t(`audiences.${row.audience as "elderly"}`) },
                  ...coverage.columns.map((column) => ({ header: name(column), cell: (row: (typeof coverage.rows)[number]) => t(`cell.${row.cells[column] ?? "none"}`) })),
                  {
                    header: t("warnings"),
                    cell: (row) => (row.warnings.length ? row.warnings.map((warning) => t(`warning.${warning}`)).join(" ") : t("noWarnings")),
                    cellClassName: (row) => (row.warnings.length ? "afk-warning-cell" : undefined),
                  },
                ]}
              />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
