import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { formatDay } from "@/components/reviews/format";
import { DataTable } from "@/components/tables/data-table";
import { TableRegion } from "@/components/tables/table-region";
import { requireMunicipality } from "@/lib/auth/session";
import { listEvaluations } from "@/lib/evaluations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("title") };
}

/** Every evaluation of the municipality's channel decisions, with its due date and where it stands. */
export default async function EvaluationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "evaluation.read");
  const [t, tDecisions, format, evaluations] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("assessments.decisions"),
    getFormatter(),
    listEvaluations(municipality.id),
  ]);
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {evaluations.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <TableRegion label={t("title")}>
          <DataTable
            caption={t("title")}
            rows={evaluations}
            rowKey={(evaluation) => evaluation.id}
            columns={[
              {
                header: t("columns.channel"),
                cell: (evaluation) => <Link href={`/m/${slug}/evaluations/${evaluation.id}`}>{t("channelYear", { channel: evaluation.channelName, year: evaluation.year })}</Link>,
              },
              { header: t("columns.decision"), cell: (evaluation) => (evaluation.decision ? tDecisions(evaluation.decision) : "–") },
              { header: t("columns.due"), cell: (evaluation) => formatDay(format, evaluation.dueDate) },
              { header: t("columns.reason"), cell: (evaluation) => t(`dueReason.${evaluation.dueReason}`) },
              { header: t("columns.status"), cell: (evaluation) => t(`status.${evaluation.status}`) },
              { header: t("columns.outcome"), cell: (evaluation) => (evaluation.outcome ? t(`outcome.${evaluation.outcome}`) : "–") },
            ]}
          />
        </TableRegion>
      )}
    </div>
  );
}
