import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink, Heading1, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { YearFilter } from "@/components/assessments/year-filter";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAssessments, listAssessmentYears, parseAnswerValue } from "@/lib/assessments/queries";
import { assessmentProgress } from "@/lib/assessments/progress";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { policyYearNow } from "@/lib/assessments/policy-year";

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
        <div className="afk-table-wrap">
          <Table>
            <TableCaption>{t("tableCaption", { year })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("channel")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("kind")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("status")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("progress")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("risks")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("decision")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {assessments.map((assessment) => {
                const answers = new Map(
                  assessment.answers.map((answer) => [answer.itemId, { value: parseAnswerValue(answer.value), rationale: answer.rationale, evidence: answer.evidence }]),
                );
                const progress = assessmentProgress(pinnedFrameworks(assessment.frameworkVersions), answers, assessment._count.risks);
                return (
                  <TableRow key={assessment.id}>
                    <TableHeaderCell scope="row">
                      <Link href={`/m/${slug}/assessments/${assessment.id}`}>{assessment.channelName}</Link>
                    </TableHeaderCell>
                    <TableCell>{assessment.channelKind ? t(`kinds.${assessment.channelKind}`) : ""}</TableCell>
                    <TableCell>{t(`statuses.${assessment.status as "draft"}`)}</TableCell>
                    <TableCell>{progress.percentage}%</TableCell>
                    <TableCell>{assessment._count.risks}</TableCell>
                    <TableCell>{assessment.decision ? t(`decisions.${assessment.decision as "use"}`) : "–"}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
