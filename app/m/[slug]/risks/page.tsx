import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { formatDay } from "@/components/reviews/format";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAcceptedRisks } from "@/lib/reviews/queries";
import { sectionOfRisk } from "@/lib/reviews/sections";
import { TableRegion } from "@/components/tables/table-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews.risksPage"))("title") };
}

/** Every accepted risk across channels and years, with its review date; those past their date are flagged. */
export default async function RisksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "assessment.read");
  const [t, tSections, tStatuses, format, risks] = await Promise.all([
    getTranslations("reviews.risksPage"),
    getTranslations("reviews.sections"),
    getTranslations("assessments.statuses"),
    getFormatter(),
    listAcceptedRisks(municipality.id),
  ]);
  const overdue = risks.filter((risk) => risk.overdue).length;
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {risks.length ? <Paragraph>{t("summary", { count: risks.length, overdue })}</Paragraph> : null}
      {can(roles, "settings.edit") ? (
        <Paragraph>
          <Link href={`/m/${slug}/risks/sections`}>{t("sectionsLink")}</Link>
        </Paragraph>
      ) : null}
      {risks.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <TableRegion label={t("caption", { municipality: municipality.name })}>
          <DataTable
            caption={t("caption", { municipality: municipality.name })}
            rows={risks}
            rowKey={(risk) => risk.id}
            rowClassName={(risk) => (risk.overdue ? "afk-row-overdue" : undefined)}
            columns={[
              {
                header: t("risk"),
                cell: (risk) => (
                  <>
                    {risk.title}
                    {risk.rationale ? <span className="afk-review-note">{risk.rationale}</span> : null}
                  </>
                ),
              },
              {
                header: t("channel"),
                cell: (risk) => (
                  <>
                    <Link href={`/m/${slug}/assessments/${risk.assessmentId}/review/${sectionOfRisk(risk.ownerRole)}`}>
                      {risk.channelName} {risk.year}
                    </Link>
                    <span className="afk-review-note">{tStatuses(risk.assessmentStatus as "draft")}</span>
                  </>
                ),
              },
              { header: t("section"), cell: (risk) => tSections(`${sectionOfRisk(risk.ownerRole)}.title`) },
              { header: t("owner"), cell: (risk) => risk.riskOwner ?? "–" },
              {
                header: t("acceptedBy"),
                cell: (risk) => (
                  <>
                    {risk.decidedBy ?? "–"}
                    {risk.decidedAt ? `, ${format.dateTime(risk.decidedAt, { dateStyle: "medium" })}` : ""}
                  </>
                ),
              },
              {
                header: t("reviewDate"),
                cell: (risk) => (
                  <>
                    {risk.reviewDate ? formatDay(format, risk.reviewDate) : "–"}
                    {risk.overdue ? <strong className="afk-flag">{t("overdue")}</strong> : null}
                  </>
                ),
              },
            ]}
          />
        </TableRegion>
      )}
    </div>
  );
}
