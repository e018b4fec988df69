import { getTranslations } from "next-intl/server";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { StepNav } from "@/components/assessments/step-nav";
import { FactsChanged } from "@/components/assessments/facts-changed";
import { AssessmentExportLink } from "@/components/policy/assessment-export-link";
import { assessmentProgress, isAnswered } from "@/lib/assessments/progress";
import { findStep, itemsOfStep } from "@/lib/assessments/steps";
import { LiveProgressProvider, OverallProgress } from "@/components/assessments/step-progress";
import type { AssessmentDetail } from "@/lib/assessments/queries";

/** Title, breadcrumb, progress and step navigation around every page of one assessment. */
export async function AssessmentFrame({
  slug,
  detail,
  currentStep,
  currentLabel,
  municipalityName,
  canEdit,
  children,
}: {
  slug: string;
  detail: AssessmentDetail;
  currentStep?: string;
  /** For pages that are not a wizard step (the review pages): the last breadcrumb, after the given trail. */
  currentLabel?: { trail?: { href: string; label: string }[]; label: string };
  municipalityName: string;
  canEdit: boolean;
  children: React.ReactNode;
}) {
  const [t, tReviews] = await Promise.all([getTranslations("assessments"), getTranslations("reviews")]);
  const { assessment, channel, frameworks, answers, lastYear } = detail;
  const progress = assessmentProgress(frameworks, answers, assessment.risks.length, lastYear);
  const baseHref = `/m/${slug}/assessments/${assessment.id}`;
  const channelName = channel?.name ?? assessment.channelId;
  const step = currentStep ? findStep(currentStep) : undefined;
  const itemsHere = step?.kind === "questions" ? itemsOfStep(step, frameworks) : [];
  const answeredHere = Object.fromEntries(itemsHere.map(({ ref, item }) => [ref, isAnswered(ref, item, answers.get(ref), lastYear)]));
  const countHere = Object.values(answeredHere).filter(Boolean).length;
  const crumbs = [
    { href: `/m/${slug}`, label: municipalityName },
    { href: `/m/${slug}/assessments?year=${assessment.year}`, label: t("title") },
    { href: currentStep || currentLabel ? baseHref : undefined, label: `${channelName} ${assessment.year}` },
    ...(currentStep ? [{ label: t(`steps.${currentStep as "goals"}`) }] : []),
    ...(currentLabel ? [...(currentLabel.trail ?? []), { label: currentLabel.label }] : []),
  ];
  return (
    <LiveProgressProvider initial={answeredHere}>
      <div className="afk-stack">
        <Breadcrumb items={crumbs} />
        <Heading1>
          {channelName} · {assessment.year}
        </Heading1>
        <Paragraph>
          {t("status")}: <strong>{t(`statuses.${assessment.status as "draft"}`)}</strong> · <OverallProgress answeredElsewhere={progress.answered - countHere} initialHere={countHere} total={progress.total} />
          {assessment.decision ? (
            <>
              {" "}
              · {t("decision")}: <strong>{t(`decisions.${assessment.decision as "use"}`)}</strong>
            </>
          ) : null}
          {" "}
          · <Link href={`${baseHref}/review`}>{tReviews("frameLink")}</Link> ·{" "}
          <AssessmentExportLink slug={slug} assessmentId={assessment.id} channelName={channelName} />
        </Paragraph>
        {channel?.selfHosted ? <Paragraph>{channel.host ? t("selfHostedOn", { host: channel.host }) : t("selfHosted")}</Paragraph> : null}
        {channel?.custom ? (
          <Paragraph>
            <Link href={`/m/${slug}/catalogue/${channel.id}`}>{t("customFacts")}</Link>
          </Paragraph>
        ) : null}
        <FactsChanged slug={slug} detail={detail} canAcknowledge={canEdit} />
        <div className="afk-wizard">
          <StepNav baseHref={baseHref} steps={progress.steps} current={currentStep} />
          <div className="afk-stack">{children}</div>
        </div>
      </div>
    </LiveProgressProvider>
  );
}
