import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { AssessmentFrame } from "@/components/assessments/assessment-frame";
import { CommentThreads } from "@/components/reviews/comment-threads";
import { threadsForDisplay } from "@/components/reviews/format";
import { ReviewQuestion } from "@/components/reviews/review-question";
import { SectionChanges } from "@/components/reviews/section-changes";
import { SectionReviewForms } from "@/components/reviews/section-review-forms";
import { SectionRisk } from "@/components/reviews/section-risk";
import { SectionState } from "@/components/reviews/section-state";
import { requireMunicipality } from "@/lib/auth/session";
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { channelOptions } from "@/lib/assessments/channel-options";
import { answerLabels, formatAnswer } from "@/lib/assessments/format";
import { questionAnchor, stepOfItem } from "@/lib/assessments/steps";
import { localized } from "@/lib/i18n/localized";
import { riskDecisionAbility, sectionAbilities } from "@/lib/reviews/abilities";
import { getReviewDetail } from "@/lib/reviews/queries";
import { sectionSchema } from "@/lib/reviews/sections";
import { isAssessmentStatus } from "@/lib/reviews/transitions";

type Props = { params: Promise<{ slug: string; id: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  const parsed = sectionSchema.safeParse(section);
  const t = await getTranslations("reviews");
  return { title: parsed.success ? `${t(`sections.${parsed.data}.title`)} · ${t("title")}` : t("title") };
}

export default async function SectionReviewPage({ params }: Props) {
  const { slug, id, section: sectionParam } = await params;
  const { user, municipality, roles } = await requireMunicipality(slug, "assessment.read");
  const parsed = sectionSchema.safeParse(sectionParam);
  if (!parsed.success) notFound();
  const section = parsed.data;
  const review = await getReviewDetail(municipality.id, id);
  if (!review || !review.detail.channel) notFound();
  const { detail } = review;
  const { assessment, answers } = detail;
  const view = review.sections.find((candidate) => candidate.section === section)!;
  const status = isAssessmentStatus(assessment.status) ? assessment.status : "draft";
  const [t, tAnswers, tSteps, format, locale, channels] = await Promise.all([
    getTranslations("reviews"),
    getTranslations("assessments.answer"),
    getTranslations("assessments.steps"),
    getFormatter(),
    getLocale(),
    channelOptions(municipality.id),
  ]);
  const baseHref = `/m/${slug}/assessments/${assessment.id}`;
  const sectionTitle = t(`sections.${section}.title`);
  const ownEdits = review.editorsBySection.get(section)?.has(user.id) ?? false;
  const sectionState = { roles, status, sectionStatus: view.status, reviewerRole: view.reviewerRole };
  const abilities = sectionAbilities({ ...sectionState, ownEdits });

  const labels = answerLabels(tAnswers);
  const channelName = (channelId: string) => channels.find((channel) => channel.id === channelId)?.name ?? channelId;
  const itemByRef = new Map(view.items.map((pinned, index) => [pinned.ref, { ...pinned, number: index + 1 }]));
  const show = (ref: string, value: AnswerValue | null) => {
    const pinned = itemByRef.get(ref);
    return pinned ? formatAnswer(value, pinned.item, locale, labels, channelName) : String(value ?? "");
  };
  const question = (ref: string) => {
    const pinned = itemByRef.get(ref);
    return { label: pinned ? `${pinned.number}. ${localized(pinned.item.text, locale)}` : ref, number: pinned?.number };
  };
  const undecided = view.risks.filter((risk) => !risk.decision).length;
  const threads = (key: string) => threadsForDisplay(format, review.threads.get(key));

  return (
    <AssessmentFrame
      slug={slug}
      detail={detail}
      municipalityName={municipality.name}
      canEdit={abilities.canEdit}
      currentLabel={{ trail: [{ href: `${baseHref}/review`, label: t("title") }], label: sectionTitle }}
    >
      <section className="afk-stack" aria-labelledby="section-title">
        <Heading2 id="section-title">{sectionTitle}</Heading2>
        <Paragraph>{t(`sections.${section}.description`)}</Paragraph>
        <SectionState view={view} />

        {view.decidedAt && (view.status === "needs_reapproval" || view.status === "open" || view.status === "changes_requested") ? (
          <SectionChanges view={view} show={show} question={question} />
        ) : null}

        {abilities.reviews && view.status !== null && status !== "decided" ? (
          <section className="afk-stack" aria-labelledby="your-review-title">
            <Heading3 id="your-review-title">{t("yourReview")}</Heading3>
            {abilities.approvalOpen && ownEdits ? (
              <Alert type="warning">
                <Paragraph>{t("fourEyesNotice")}</Paragraph>
              </Alert>
            ) : null}
            {abilities.canApprove && undecided ? (
              <Alert type="info">
                <Paragraph>{t("risks.decideFirst", { count: undecided })}</Paragraph>
              </Alert>
            ) : null}
            <SectionReviewForms
              municipalitySlug={slug}
              assessmentId={assessment.id}
              section={section}
              questions={view.items.map((pinned) => ({ ref: pinned.ref, label: question(pinned.ref).label }))}
              canApprove={abilities.canApprove}
              canRequestChanges={abilities.canRequestChanges}
            />
          </section>
        ) : view.status === null ? (
          <Paragraph>{t("notSubmittedYet")}</Paragraph>
        ) : null}
      </section>

      <section className="afk-stack" aria-labelledby="section-risks-title">
        <Heading3 id="section-risks-title">{t("risks.sectionTitle", { count: view.risks.length })}</Heading3>
        {view.risks.length === 0 ? <Paragraph>{t("risks.noneInSection")}</Paragraph> : null}
        {view.risks.map((risk) => (
          <SectionRisk
            key={risk.id}
            risk={risk}
            decidedBy={review.riskDeciders.get(risk.id) ?? undefined}
            municipalitySlug={slug}
            assessmentId={assessment.id}
            decision={riskDecisionAbility({ ...sectionState, authoredThisRound: ownEdits || risk.createdById === user.id })}
            userId={user.id}
          />
        ))}
      </section>

      <section className="afk-stack" aria-labelledby="section-comments-title">
        <Heading3 id="section-comments-title">{t("comments.sectionTitle")}</Heading3>
        <CommentThreads
          municipalitySlug={slug}
          assessmentId={assessment.id}
          section={section}
          threads={threads(`section:${section}`)}
          canWrite={abilities.canComment}
          subject={t("comments.aboutSection", { section: sectionTitle })}
        />
      </section>

      <section className="afk-stack" aria-labelledby="questions-title">
        <Heading3 id="questions-title">{t("questions.title", { count: view.items.length })}</Heading3>
        {view.items.length === 0 ? <Paragraph>{t("questions.none")}</Paragraph> : null}
        {view.items.map((pinned, index) => {
          const answer = answers.get(pinned.ref);
          const step = stepOfItem(detail.frameworks, pinned.ref);
          return (
            <ReviewQuestion
              key={pinned.ref}
              pinned={pinned}
              number={index + 1}
              answer={answer}
              shownValue={show(pinned.ref, answer?.value ?? null)}
              wizardHref={step ? `${baseHref}/${step}#${questionAnchor(pinned.ref)}` : undefined}
              stepLabel={step ? tSteps(step as "goals") : undefined}
            >
              <CommentThreads
                municipalitySlug={slug}
                assessmentId={assessment.id}
                itemRef={pinned.ref}
                threads={threads(`item:${pinned.ref}`)}
                canWrite={abilities.canComment}
                subject={t("comments.aboutQuestion", { number: index + 1 })}
              />
            </ReviewQuestion>
          );
        })}
      </section>
      {view.notApplicable.length ? (
        <section className="afk-stack" aria-labelledby="not-applicable-title">
          <Heading3 id="not-applicable-title">{t("questions.notApplicableTitle", { count: view.notApplicable.length })}</Heading3>
          <ul className="afk-not-applicable">
            {view.notApplicable.map(({ ref, framework, item, reason }) => (
              <li key={ref}>
                <strong>{localized(item.text, locale)}</strong> ({localized(framework.title, locale)})
                <br />
                {t("questions.notApplicable", { reason: localized(reason, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AssessmentFrame>
  );
}
