import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { ApproveTransparencyButton, TransparencyForm } from "@/components/transparency/transparency-form";
import { TransparencyFigures } from "@/components/transparency/transparency-figures";
import { can } from "@/lib/auth/permissions";
import { requireMunicipality } from "@/lib/auth/session";
import { getAssessment } from "@/lib/assessments/queries";
import { getTransparency } from "@/lib/transparency/queries";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}

/** The transparency report of one channel for one year: entered by the advisor, approved by a second person, published with the policy. */
export default async function TransparencyPage({ params }: Props) {
  const { slug, id } = await params;
  const { municipality, roles, user } = await requireMunicipality(slug, "assessment.read");
  const detail = await getAssessment(municipality.id, id);
  if (!detail?.channel) notFound();
  const [t, tNav, format, report] = await Promise.all([getTranslations("transparency"), getTranslations("common.nav"), getFormatter(), getTransparency(municipality.id, id)]);
  const { assessment, channel } = detail;
  const editable = can(roles, "transparency.edit");
  const mayApprove = Boolean(report && report.status === "draft" && can(roles, "review.act") && report.updatedById !== user.id);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  return (
    <div className="afk-stack">
      <Breadcrumb
        items={[
          { href: `/m/${slug}`, label: municipality.name },
          { href: `/m/${slug}/assessments`, label: tNav("assessments") },
          { href: `/m/${slug}/assessments/${id}/summary`, label: `${channel.name} ${assessment.year}` },
          { label: t("title") },
        ]}
      />
      <Heading1>{t("heading", { channel: channel.name, year: assessment.year })}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <Alert type={report?.status === "approved" ? "ok" : "info"}>
        <Paragraph>
          {!report
            ? t("status.none")
            : report.status === "approved"
              ? t("status.approved", { name: report.approvedBy ?? "–", date: report.approvedAt ? when(report.approvedAt) : "–" })
              : t("status.draft", { name: report.updatedBy ?? "–", date: when(report.updatedAt) })}
        </Paragraph>
      </Alert>
      {editable ? (
        <TransparencyForm municipalitySlug={slug} assessmentId={id} report={report ? { figures: report.figures, dilemmas: report.dilemmas, version: report.version } : null} />
      ) : report ? (
        <TransparencyFigures figures={report.figures} dilemmas={report.dilemmas} />
      ) : null}
      {mayApprove && report ? <ApproveTransparencyButton municipalitySlug={slug} assessmentId={id} version={report.version} /> : null}
    </div>
  );
}
