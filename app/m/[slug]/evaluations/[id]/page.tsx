import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { formatDay } from "@/components/reviews/format";
import { DueDateForm } from "@/components/evaluations/due-date-form";
import { EvaluationForm } from "@/components/evaluations/evaluation-form";
import { EvaluationRecord } from "@/components/evaluations/evaluation-record";
import { EvaluationReviewForm } from "@/components/evaluations/evaluation-review-form";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { localized } from "@/lib/i18n/localized";
import { getEvaluation } from "@/lib/evaluations/queries";
import { checkReviewEvaluation, checkSetDueDate, checkSubmitEvaluation } from "@/lib/evaluations/transitions";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("title") };
}

/** One evaluation: what the assessment set, the advisor's form or the record, and the review. */
export default async function EvaluationPage({ params }: Props) {
  const { slug, id } = await params;
  const { municipality, user, roles } = await requireMunicipality(slug, "evaluation.read");
  const evaluation = await getEvaluation(municipality.id, id);
  if (!evaluation) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("evaluations"), getFormatter(), getLocale()]);
  const canFill = can(roles, "evaluation.edit") && checkSubmitEvaluation({ status: evaluation.status, roles }).ok;
  const canReview = checkReviewEvaluation({ action: "approve", status: evaluation.status, roles, reviewerRole: evaluation.reviewerRole, ownEdits: evaluation.editedById === user.id }).ok;
  const canMoveDate = can(roles, "evaluation.edit") && checkSetDueDate({ status: evaluation.status, roles }).ok;
  const title = t("page.title", { channel: evaluation.channelName, year: evaluation.year });
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: `/m/${slug}/evaluations`, label: t("title") }, { label: title }]} />
      <Heading1>{title}</Heading1>
      {/* A live region: after a step the page refreshes, the form that was used may be gone, and this line says where it stands. */}
      <div role="status">
        <Paragraph>
          <strong>{t(`status.${evaluation.status}`)}</strong>. {t("page.due", { date: formatDay(format, evaluation.dueDate) })}.{" "}
          {t("page.reason", { reason: t(`dueReason.${evaluation.dueReason}`) })}.
        </Paragraph>
      </div>
      <Paragraph>
        <Link href={`/m/${slug}/assessments/${evaluation.assessmentId}/review`}>{t("page.assessment")}</Link>
      </Paragraph>
      {canMoveDate ? <DueDateForm municipalitySlug={slug} evaluationId={evaluation.id} dueDate={evaluation.dueDate} /> : null}
      <EvaluationRecord evaluation={evaluation} showMeasured={!canFill && evaluation.status !== "open"} />
      {canFill ? (
        <EvaluationForm
          municipalitySlug={slug}
          evaluationId={evaluation.id}
          version={evaluation.version}
          audiences={evaluation.audiences.map((audience) => ({ value: audience.value, label: localized(audience.label, locale) }))}
          initial={{ measurements: evaluation.measurements, exitTriggers: evaluation.exitTriggers, outcome: evaluation.outcome, rationale: evaluation.rationale }}
        />
      ) : null}
      {canReview ? <EvaluationReviewForm municipalitySlug={slug} evaluationId={evaluation.id} /> : null}
    </div>
  );
}
