import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink, Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { YearFilter } from "@/components/assessments/year-filter";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAssessments, listAssessmentYears } from "@/lib/assessments/queries";
import { parseAnswerValue } from "@/lib/frameworks/answer-value";
import { assessmentProgress } from "@/lib/assessments/progress";
import { policyYearNow } from "@/lib/assessments/policy-year";
import { TableRegion } from "@/components/tables/table-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ year?: string }> };

export default async function AssessmentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "assessment.read");
  const years = await listAssessmentYears(municipality.id);
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested > 2000 ? requested : (years[0] ?? policyYearNow());
  const [t, tCommon, assessments] = await Promise.all([getTranslations("assessments"), getTranslations("common"), listAssessments(municipality.id, year)]);
  const percentage = (assessment: (typeof assessments)[number]) => {
    const answers = new Map(
      assessment.answers.map((answer) => [answer.itemId, { value: parseAnswerValue(answer.value), rationale: answer.rationale, evidence: answer.evidence }]),
    );
    return assessmentProgress(assessment.frameworks, answers, assessment._count.risks, assessment.lastYear).percentage;
  };

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {can(roles, "assessment.create") ? (
        <Paragraph>
          <ButtonLink appearance="primary-action-button" href={`/m/${slug}/assessments/new?year=${year}`}>
            {t("new")}
          </ButtonLink>
        </Paragraph>
      ) : null}
      <YearFilter years={[...new Set([...years, year])].sort((a, b) => b - a)} selected={year} label={t("year")} submitLabel={tCommon("filter")} />
      {assessments.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <TableRegion label={t("tableCaption", { year })}>
          <DataTable
            caption={t("tableCaption", { year })}
            rows={assessments}
            rowKey={(assessment) => assessment.id}
            columns={[
              { header: t("channel"), cell: (assessment) => <Link href={`/m/${slug}/assessments/${assessment.id}`}>{assessment.channelName}</Link> },
              { header: t("kind"), cell: (assessment) => (assessment.channelKind ? t(`kinds.${assessment.channelKind}`) : "") },
              { header: t("status"), cell: (assessment) => t(`statuses.${assessment.status as "draft"}`) },
              { header: t("progress"), cell: (assessment) => `${percentage(assessment)}%` },
              { header: t("risks"), cell: (assessment) => assessment._count.risks },
              { header: t("decision"), cell: (assessment) => (assessment.decision ? t(`decisions.${assessment.decision as "use"}`) : "–") },
            ]}
          />
        </TableRegion>
      )}
    </div>
  );
}
