import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { AnswerField } from "@/components/assessments/answer-field";
import { AssessmentFrame } from "@/components/assessments/assessment-frame";
import { ReadOnlyAnswer } from "@/components/assessments/read-only-answer";
import { RiskStep } from "@/components/assessments/risk-step";
import { SummaryStep } from "@/components/assessments/summary-step";
import { SinceLastYear } from "@/components/assessments/since-last-year";
import { DecisionsSummary } from "@/components/peers/decisions-summary";
import { LastYearEvaluation } from "@/components/evaluations/last-year-evaluation";
import { threadsForDisplay } from "@/components/reviews/format";
import { QuestionComments } from "@/components/reviews/question-comments";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getAssessment, getLastYear } from "@/lib/assessments/queries";
import { awaitsConfirmation, stepSinceLastYear } from "@/lib/assessments/next-year";
import { diffFacts } from "@/lib/catalogue/facts";
import { editableStatuses } from "@/lib/assessments/schema";
import { answeredBy, findStep, itemsOfStep, partsOfStep, questionAnchor, sharedWith, stepOfItem, stepShowsPart, wizardSteps } from "@/lib/assessments/steps";
import { channelOptions } from "@/lib/assessments/channel-options";
import { scoreAssessments } from "@/lib/assessments/scoring";
import { sensitivity } from "@/lib/scoring";
import { localized } from "@/lib/i18n/localized";
import { getQuestionComments } from "@/lib/reviews/queries";
import { decisionSources, decisionsForChannel } from "@/lib/peers/queries";
import { sectionsForFacts } from "@/lib/reviews/sections";
import { lastYearEvaluation } from "@/lib/evaluations/queries";

type Props = { params: Promise<{ slug: string; id: string; step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  const t = await getTranslations("assessments.steps");
  return { title: findStep(step) ? t(step as "goals") : undefined };
}

export default async function AssessmentStepPage({ params }: Props) {
  const { slug, id, step: stepId } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "assessment.read");
  const step = findStep(stepId);
  const detail = await getAssessment(municipality.id, id);
  if (!detail || !step || !detail.channel) notFound();
  const { assessment, frameworks, answers, notApplicable } = detail;
  const [t, tTransparency, tComments, format, locale, channels, review, lastYear] = await Promise.all([
    getTranslations("assessments"),
    getTranslations("transparency"),
    getTranslations("reviews.comments"),
    getFormatter(),
    getLocale(),
    channelOptions(municipality.id),
    getQuestionComments(municipality.id, assessment, frameworks),
    getLastYear(municipality.id, assessment.previousAssessmentId),
  ]);
  const [summary, evaluation] =
    step.kind === "summary" ? await Promise.all([scoreAssessments(municipality.id, [detail]).then((scored) => scored[0]), lastYearEvaluation(municipality.id, assessment.previousAssessmentId)]) : [null, null];
  // What other municipalities published about this catalogue channel (a municipality's own channel has no counterpart elsewhere).
  const othersDecided =
    summary && !detail.channel.custom ? decisionsForChannel(await decisionSources({ excludeMunicipalityId: municipality.id, peersOf: municipality.id }), assessment.channelId) : null;
  const previousAnswers = lastYear?.answers ?? new Map<string, string | null>();
  const editable = can(roles, "assessment.edit") && (editableStatuses as readonly string[]).includes(assessment.status);
  const index = wizardSteps.findIndex((candidate) => candidate.id === step.id);
  const previous = wizardSteps[index - 1];
  const next = wizardSteps[index + 1];
  const baseHref = `/m/${slug}/assessments/${id}`;
  let questionNumber = 0;
  const stepNotApplicable = notApplicable.filter(({ framework, part }) => stepShowsPart(step, framework.id, part.id));
  // Next year's assessment: what changed since last year that bears on this step, before its questions.
  const since = lastYear && step.kind === "questions" ? stepSinceLastYear(step, frameworks, lastYear.frameworkVersions, answers) : null;
  const stepSections = new Set(itemsOfStep(step, frameworks).flatMap(({ ref }) => review.places.get(ref)?.section ?? []));
  const factsSinceLastYear =
    lastYear?.facts && detail.channel
      ? diffFacts(lastYear.facts, detail.channel.facts).filter((change) => sectionsForFacts([change.factKey]).some((section) => stepSections.has(section)))
      : [];

  return (
    <AssessmentFrame slug={slug} detail={detail} currentStep={step.id} municipalityName={municipality.name} canEdit={editable}>
      {!editable ? (
        <Alert type="info">
          <Paragraph>{can(roles, "assessment.edit") ? t("wizard.notEditable") : t("wizard.readOnly")}</Paragraph>
        </Alert>
      ) : null}
      {since && lastYear && since.carried + since.changedFrameworks.length + factsSinceLastYear.length > 0 ? (
        <SinceLastYear
          slug={slug}
          assessmentId={assessment.id}
          stepId={step.id}
          previousYear={lastYear.year}
          since={since}
          factChanges={factsSinceLastYear}
          editable={editable}
        />
      ) : null}
      {step.kind === "risks" ? <RiskStep slug={slug} detail={detail} editable={editable} /> : null}
      {evaluation ? <LastYearEvaluation slug={slug} evaluation={evaluation} /> : null}
      {summary ? (
        <SummaryStep
          slug={slug}
          detail={detail}
          result={summary.result}
          sensitivity={sensitivity(summary.input)}
          channelNames={Object.fromEntries(channels.map((channel) => [channel.id, channel.name]))}
        />
      ) : null}
      {othersDecided ? <DecisionsSummary channelId={assessment.channelId} channelName={detail.channel.name} own={othersDecided.own} peers={othersDecided.peers} /> : null}
      {summary ? (
        <Paragraph>
          <Link href={`${baseHref}/transparency`}>{tTransparency("link", { year: assessment.year })}</Link>
        </Paragraph>
      ) : null}
      {partsOfStep(step, frameworks).map(({ framework, part }) => (
        <section key={`${framework.id}-${part.id}`} aria-labelledby={`part-${framework.id}-${part.id}`}>
          <Heading2 id={`part-${framework.id}-${part.id}`}>{localized(part.title, locale)}</Heading2>
          {part.description ? <Paragraph>{localized(part.description, locale)}</Paragraph> : null}
          <Paragraph className="afk-source">
            {t("wizard.source", { publisher: framework.source.publisher, title: framework.source.title })}
            {". "}{framework.source.url ? (
              <>
                {" "}
                (<Link href={framework.source.url}>{framework.source.url}</Link>)
              </>
            ) : null}
            {part.items.some((item) => item.ownWording) ? <> {t("wizard.ownWording")}</> : null}
          </Paragraph>
          {part.items.map((item) => {
            questionNumber++;
            const ref = `${framework.id}:${item.id}`;
            // One answer per question: a question another framework asks first shows that answer.
            const primary = answeredBy(frameworks, item);
            const answer = answers.get(primary?.ref ?? ref);
            const alsoFor = sharedWith(frameworks, ref);
            const badges = [
              // Named by framework, or by part when the same framework asks it twice (IBD's considerations and questions).
              ...(alsoFor.length
                ? [t("wizard.alsoCountsFor", { frameworks: [...new Set(alsoFor.map((shared) => localized(shared.framework.id === framework.id ? shared.part.title : shared.framework.title, locale)))].join(", ") })]
                : []),
              // Carried over and not yet looked at this year, or confirmed or changed since.
              ...(answer?.carriedFrom ? [awaitsConfirmation(answer) ? t("wizard.carried") : t("wizard.checked")] : []),
              // Carried through a renamed or split question: the wording changed since last year.
              ...(answer?.carriedFrom && !previousAnswers.has(ref) ? [t("wizard.changedQuestion")] : []),
              ...(assessment.previousAssessmentId && !answer?.carriedFrom && !previousAnswers.has(ref) ? [t("wizard.new")] : []),
            ];
            const threads = review.threads.get(ref);
            const place = review.places.get(ref);
            const comments =
              threads && place ? (
                <QuestionComments
                  municipalitySlug={slug}
                  assessmentId={assessment.id}
                  itemRef={ref}
                  threads={threadsForDisplay(format, threads)}
                  subject={tComments("aboutQuestion", { number: questionNumber })}
                  reviewHref={`${baseHref}/review/${place.section}#q-${place.number}`}
                />
              ) : null;
            // What every form of the question shows, editable or not.
            const shown = { key: ref, item, number: `${questionNumber}.`, channels, badges, anchorId: questionAnchor(ref), comments };
            if (primary) {
              const primaryStep = stepOfItem(frameworks, primary.ref);
              return (
                <ReadOnlyAnswer
                  {...shown}
                  answer={answer}
                  answeredElsewhere={
                    <Paragraph className="afk-answered-elsewhere">
                      {t("wizard.answeredUnder", {
                        framework: localized(primary.framework.title, locale),
                        part: localized(primary.part.title, locale),
                        question: localized(primary.item.text, locale),
                      })}{" "}
                      {item.sameAs ? localized(item.sameAs.reason, locale) : null}{" "}
                      {primaryStep ? <Link href={`${baseHref}/${primaryStep}#${questionAnchor(primary.ref)}`}>{editable ? t("wizard.editWhereAsked") : t("wizard.showWhereAsked")}</Link> : null}
                    </Paragraph>
                  }
                />
              );
            }
            return editable ? (
              <AnswerField
                {...shown}
                municipalitySlug={slug}
                assessmentId={assessment.id}
                itemRef={ref}
                guidanceTitle={t("wizard.guidance")}
                initial={{ value: answer?.value ?? null, rationale: answer?.rationale ?? "", evidence: answer?.evidence ?? "", version: answer?.version ?? 0 }}
                lastYear={detail.lastYear.has(ref) ? { value: detail.lastYear.get(ref) ?? null } : undefined}
                ownChannelId={assessment.channelId}
              />
            ) : (
              <ReadOnlyAnswer {...shown} answer={answer} />
            );
          })}
        </section>
      ))}
      {stepNotApplicable.length ? (
        <section aria-labelledby="not-applicable">
          <Heading2 id="not-applicable">{t("wizard.notApplicableTitle")}</Heading2>
          <Paragraph>{t("wizard.notApplicableIntro", { channel: detail.channel.name })}</Paragraph>
          <ul className="afk-not-applicable">
            {stepNotApplicable.map(({ ref, framework, item, reason }) => (
              <li key={ref} id={questionAnchor(ref)}>
                <strong>{localized(item.text, locale)}</strong> ({localized(framework.title, locale)})
                <br />
                {t("wizard.notApplicable", { reason: localized(reason, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav className="afk-step-links" aria-label={t("wizard.stepsNav")}>
        {previous ? <Link href={`${baseHref}/${previous.id}`}>← {t("wizard.previousStep", { step: t(`steps.${previous.id as "goals"}`) })}</Link> : <span />}
        {next ? <Link href={`${baseHref}/${next.id}`}>{t("wizard.nextStep", { step: t(`steps.${next.id as "goals"}`) })} →</Link> : null}
      </nav>
    </AssessmentFrame>
  );
}
