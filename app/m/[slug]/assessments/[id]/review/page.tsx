import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { AssessmentFrame } from "@/components/assessments/assessment-frame";
import { DecisionForm } from "@/components/reviews/decision-form";
import { formatDay } from "@/components/reviews/format";
import { ReopenForm } from "@/components/reviews/reopen-form";
import { RiskRegister } from "@/components/reviews/risk-register";
import { SubmitForReview } from "@/components/reviews/submit-for-review";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { editableStatuses } from "@/lib/assessments/schema";
import { assessmentProgress } from "@/lib/assessments/progress";
import { getPolicyVersion } from "@/lib/policy/queries";
import { getReviewDetail } from "@/lib/reviews/queries";
import { checkSubmit, decisions, isAssessmentStatus } from "@/lib/reviews/transitions";
import { TableRegion } from "@/components/tables/table-region";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews"))("title") };
}

export default async function ReviewPage({ params }: Props) {
  const { slug, id } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "assessment.read");
  const review = await getReviewDetail(municipality.id, id);
  if (!review || !review.detail.channel) notFound();
  const { detail, sections } = review;
  const { assessment } = detail;
  const status = isAssessmentStatus(assessment.status) ? assessment.status : "draft";
  const mayReopen = status === "decided" && can(roles, "decision.record");
  const [t, tRoles, tAssessments, format, adoptedPolicy] = await Promise.all([
    getTranslations("reviews"),
    getTranslations("common.roles"),
    getTranslations("assessments"),
    getFormatter(),
    mayReopen ? getPolicyVersion(municipality.id, assessment.year, { includeDrafts: false }) : Promise.resolve(null),
  ]);
  const baseHref = `/m/${slug}/assessments/${assessment.id}`;
  const canEdit = can(roles, "assessment.edit") && (editableStatuses as readonly string[]).includes(status);
  const isSubmitter = can(roles, "assessment.edit") && roles.includes("advisor") && status !== "decided";
  const { answered } = assessmentProgress(detail.frameworks, detail.answers, assessment.risks.length, detail.lastYear);
  const maySubmit = isSubmitter && checkSubmit({ status, roles, answered }).ok;
  const undecided = assessment.risks.filter((risk) => !risk.decision).length;
  const decisionLabels = Object.fromEntries(decisions.map((decision) => [decision, tAssessments(`decisions.${decision}`)]));

  const recorded =
    status === "decided" && assessment.decision ? (
      <dl className="afk-review-dl">
        <dt>{t("decision.value")}</dt>
        <dd>{tAssessments(`decisions.${assessment.decision as "use"}`)}</dd>
        {assessment.decisionConditions ? (
          <>
            <dt>{t("decision.conditions")}</dt>
            <dd>{assessment.decisionConditions}</dd>
          </>
        ) : null}
        {assessment.phaseOutDate ? (
          <>
            <dt>{t("decision.phaseOutDate")}</dt>
            <dd>{formatDay(format, assessment.phaseOutDate)}</dd>
          </>
        ) : null}
        <dt>{t("decision.rationale")}</dt>
        <dd>{assessment.decisionRationale}</dd>
        <dt>{t("decision.recordedBy")}</dt>
        <dd>
          {review.decidedBy ?? "–"}
          {assessment.decidedAt ? `, ${format.dateTime(assessment.decidedAt, { dateStyle: "long", timeStyle: "short" })}` : ""}
        </dd>
      </dl>
    ) : null;

  return (
    <AssessmentFrame slug={slug} detail={detail} municipalityName={municipality.name} canEdit={canEdit} currentLabel={{ label: t("title") }}>
      <section className="afk-stack" aria-labelledby="review-title">
        <Heading2 id="review-title">{t("title")}</Heading2>
        <Paragraph>{t("intro")}</Paragraph>
        {status === "draft" ? <Paragraph>{t("submit.draftIntro")}</Paragraph> : null}
        {status === "changes_requested" ? (
          <Alert type="warning">
            <Paragraph>{t("submit.changesIntro")}</Paragraph>
          </Alert>
        ) : null}
        {isSubmitter && answered === 0 && checkSubmit({ status, roles, answered: 1 }).ok ? (
          <Alert type="warning">
            <Paragraph>{t("refusals.nothing_answered")}</Paragraph>
          </Alert>
        ) : null}
        {isSubmitter ? (
          <SubmitForReview
            municipalitySlug={slug}
            assessmentId={assessment.id}
            label={status === "draft" ? t("submit.button") : t("submit.again")}
            canSubmit={maySubmit}
          />
        ) : null}
        <TableRegion label={t("table.caption")}>
          <DataTable
            caption={t("table.caption")}
            rows={sections}
            rowKey={(view) => view.section}
            columns={[
              { header: t("table.section"), cell: (view) => <Link href={`${baseHref}/review/${view.section}`}>{t(`sections.${view.section}.title`)}</Link> },
              { header: t("table.reviewer"), cell: (view) => tRoles(view.reviewerRole as "privacy") },
              { header: t("table.status"), cell: (view) => <strong>{view.status ? t(`sectionStatuses.${view.status}`) : t("sectionStatuses.notSubmitted")}</strong> },
              {
                header: t("table.lastDecision"),
                cell: (view) =>
                  view.decidedAt && view.decidedBy ? (
                    <>
                      {t("decidedBy", {
                        name: view.decidedBy,
                        role: view.decidedRole ? tRoles(view.decidedRole as "privacy") : "",
                        date: format.dateTime(view.decidedAt, { dateStyle: "long", timeStyle: "short" }),
                      })}
                      {view.rationale ? (
                        <>
                          : <q>{view.rationale}</q>
                        </>
                      ) : null}
                    </>
                  ) : (
                    "–"
                  ),
              },
              {
                header: t("table.work"),
                cell: (view) =>
                  t("table.workSummary", {
                    questions: view.items.length,
                    risks: view.risks.length,
                    undecided: view.risks.filter((risk) => !risk.decision).length,
                    comments: view.unresolvedComments,
                  }),
              },
            ]}
          />
        </TableRegion>
      </section>

      <section className="afk-stack" aria-labelledby="register-title">
        <Heading2 id="register-title">{t("risks.registerTitle")}</Heading2>
        <Paragraph>{undecided ? t("risks.undecidedCount", { count: undecided }) : t("risks.registerIntro")}</Paragraph>
        <RiskRegister
          risks={assessment.risks}
          deciders={review.riskDeciders}
          caption={t("risks.caption")}
          sectionHref={(section) => `${baseHref}/review/${section}`}
        />
      </section>

      <section className="afk-stack" aria-labelledby="decision-title">
        <Heading2 id="decision-title">{t("decision.title")}</Heading2>
        {can(roles, "decision.record") && (status === "approved" || status === "decided") ? (
          <>
            {status === "approved" ? <Paragraph>{t("decision.intro")}</Paragraph> : null}
            <DecisionForm municipalitySlug={slug} assessmentId={assessment.id} decisionLabels={decisionLabels} recorded={recorded ?? undefined} />
          </>
        ) : (
          (recorded ?? <Paragraph>{t("decision.notYet")}</Paragraph>)
        )}
      </section>

      {mayReopen ? (
        <section className="afk-stack" aria-labelledby="reopen-title">
          <Heading2 id="reopen-title">{t("reopen.title")}</Heading2>
          {adoptedPolicy ? <Paragraph>{t("reopen.adopted")}</Paragraph> : <ReopenForm municipalitySlug={slug} assessmentId={assessment.id} />}
        </section>
      ) : null}
    </AssessmentFrame>
  );
}
