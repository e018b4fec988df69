import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Heading2, Heading3, Heading4, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { AssessmentFrame } from "@/components/assessments/assessment-frame";
import { CommentThreads, type CommentThread } from "@/components/reviews/comment-threads";
import { formatDay } from "@/components/reviews/format";
import { RiskDecisionForm } from "@/components/reviews/risk-decision-form";
import { SectionReviewForms } from "@/components/reviews/section-review-forms";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { channelOptions } from "@/lib/assessments/channel-options";
import { answerLabels, formatAnswer } from "@/lib/assessments/format";
import { editableStatuses } from "@/lib/assessments/mutations";
import { factLabel, factValueLabel, type Locale } from "@/lib/catalogue/facts";
import { localized } from "@/lib/i18n/localized";
import { getReviewDetail, type CommentView } from "@/lib/reviews/queries";
import { riskDecisionDefaults } from "@/lib/reviews/schema";
import { sectionSchema } from "@/lib/reviews/sections";
import { checkComment, checkRiskDecision, checkSectionReview, isAssessmentStatus } from "@/lib/reviews/transitions";

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
  const [t, tRoles, tAnswers, format, locale, channels] = await Promise.all([
    getTranslations("reviews"),
    getTranslations("common.roles"),
    getTranslations("assessments.answer"),
    getFormatter(),
    getLocale(),
    channelOptions(municipality.id),
  ]);
  const baseHref = `/m/${slug}/assessments/${assessment.id}`;
  const sectionTitle = t(`sections.${section}.title`);
  const canEdit = can(roles, "assessment.edit") && (editableStatuses as readonly string[]).includes(status);

  const labels = answerLabels(tAnswers);
  const channelName = (channelId: string) => channels.find((channel) => channel.id === channelId)?.name ?? channelId;
  const itemByRef = new Map(view.items.map((pinned, index) => [pinned.ref, { ...pinned, number: index + 1 }]));
  const show = (ref: string, value: AnswerValue | null) => {
    const pinned = itemByRef.get(ref);
    return pinned ? formatAnswer(value, pinned.item, locale, labels, channelName) : String(value ?? "");
  };
  const questionLabel = (ref: string) => {
    const pinned = itemByRef.get(ref);
    return pinned ? `${pinned.number}. ${localized(pinned.item.text, locale)}` : ref;
  };

  const sectionStatus = view.status ?? "open";
  const holdsReviewerRole = can(roles, "review.act") && roles.includes(view.reviewerRole as "privacy");
  const ownEdits = review.editorsBySection.get(section)?.has(user.id) ?? false;
  const undecided = view.risks.filter((risk) => !risk.decision).length;
  const reviewCheck = (action: "approve" | "request_changes") =>
    checkSectionReview({ action, status, sectionStatus, roles, reviewerRole: view.reviewerRole as "privacy", editedThisRound: false, undecidedRisks: 0 }).ok;
  // Four eyes: the author of the section sees why they cannot approve it instead of the approve form.
  const stateAllowsApproval = holdsReviewerRole && view.status !== null && reviewCheck("approve");
  const canApprove = stateAllowsApproval && !ownEdits;
  const canRequestChanges = holdsReviewerRole && view.status !== null && reviewCheck("request_changes");
  const riskCheck = (authoredThisRound: boolean) =>
    can(roles, "risk.decide") && checkRiskDecision({ status, sectionStatus, roles, reviewerRole: view.reviewerRole as "privacy", authoredThisRound }).ok;
  const canComment = can(roles, "comment.write") && checkComment({ status, roles }).ok;

  const toThreads = (threads: CommentView[] | undefined): CommentThread[] =>
    (threads ?? []).map((thread) => ({
      ...thread,
      createdAt: thread.createdAt.toISOString(),
      createdAtLabel: format.dateTime(thread.createdAt, { dateStyle: "medium", timeStyle: "short" }),
      replies: thread.replies.map((reply) => ({
        ...reply,
        createdAt: reply.createdAt.toISOString(),
        createdAtLabel: format.dateTime(reply.createdAt, { dateStyle: "medium", timeStyle: "short" }),
      })),
    }));

  const changesTitle =
    view.status === "needs_reapproval"
      ? t("changes.sinceApproval", { date: view.decidedAt ? format.dateTime(view.decidedAt, { dateStyle: "long", timeStyle: "short" }) : "" })
      : t("changes.sinceRequest", { date: view.decidedAt ? format.dateTime(view.decidedAt, { dateStyle: "long", timeStyle: "short" }) : "" });
  const hasChanges = view.changes.length > 0 || view.otherChanges.length > 0;

  return (
    <AssessmentFrame
      slug={slug}
      detail={detail}
      municipalityName={municipality.name}
      canEdit={canEdit}
      currentLabel={{ trail: [{ href: `${baseHref}/review`, label: t("title") }], label: sectionTitle }}
    >
      <section className="afk-stack" aria-labelledby="section-title">
        <Heading2 id="section-title">{sectionTitle}</Heading2>
        <Paragraph>{t(`sections.${section}.description`)}</Paragraph>
        <Paragraph>
          {t("table.reviewer")}: <strong>{tRoles(view.reviewerRole as "privacy")}</strong> · {t("table.status")}:{" "}
          <strong>{view.status ? t(`sectionStatuses.${view.status}`) : t("sectionStatuses.notSubmitted")}</strong>
        </Paragraph>
        {view.decidedAt && view.decidedBy ? (
          <div className="afk-card">
            <Paragraph>
              {t(view.status === "approved" || view.status === "needs_reapproval" ? "approvedBy" : "changesRequestedBy", {
                name: view.decidedBy,
                role: view.decidedRole ? tRoles(view.decidedRole as "privacy") : "",
                date: format.dateTime(view.decidedAt, { dateStyle: "long", timeStyle: "short" }),
              })}
            </Paragraph>
            {view.rationale ? (
              <blockquote className="utrecht-blockquote">
                <p>{view.rationale}</p>
              </blockquote>
            ) : null}
          </div>
        ) : null}

        {view.pendingFactKeys.length ? (
          <Alert type="warning">
            <Paragraph>
              {t("changes.pendingFacts", { facts: view.pendingFactKeys.map((key) => factLabel(key, locale as Locale)).join(", ") })}
            </Paragraph>
          </Alert>
        ) : null}

        {view.decidedAt && (view.status === "needs_reapproval" || view.status === "open" || view.status === "changes_requested") ? (
          <section className="afk-stack" aria-labelledby="changes-title">
            <Heading3 id="changes-title">{changesTitle}</Heading3>
            {!hasChanges ? <Paragraph>{t("changes.none")}</Paragraph> : null}
            {view.changes.length ? (
              <div className="afk-table-wrap">
                <Table>
                  <TableCaption>{t("changes.caption")}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t("changes.question")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("changes.before")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("changes.after")}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t("changes.changedBy")}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {view.changes.map((change) => (
                      <TableRow key={change.itemRef}>
                        <TableHeaderCell scope="row">
                          <a href={`#q-${itemByRef.get(change.itemRef)?.number ?? ""}`}>{questionLabel(change.itemRef)}</a>
                        </TableHeaderCell>
                        <TableCell>
                          {show(change.itemRef, change.before.value)}
                          {change.before.rationale !== change.after.rationale ? (
                            <span className="afk-change-rationale">
                              {t("changes.rationale")}: {change.before.rationale || "–"}
                            </span>
                          ) : null}
                        </TableCell>
                        <TableCell>
                          {show(change.itemRef, change.after.value)}
                          {change.before.rationale !== change.after.rationale ? (
                            <span className="afk-change-rationale">
                              {t("changes.rationale")}: {change.after.rationale || "–"}
                            </span>
                          ) : null}
                        </TableCell>
                        <TableCell>
                          {change.changedBy.join(", ")}, {format.dateTime(change.lastChangedAt, { dateStyle: "medium", timeStyle: "short" })}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            ) : null}
            {view.otherChanges.length ? (
              <ul>
                {view.otherChanges.map((change, index) => (
                  <li key={index}>
                    {change.kind === "facts"
                      ? t("changes.facts", {
                          facts: change.facts
                            .map((fact) => `${factLabel(fact.key, locale as Locale)}: ${factValueLabel(fact.key, fact.before, locale as Locale)} → ${factValueLabel(fact.key, fact.after, locale as Locale)}`)
                            .join("; "),
                          name: change.by ?? "–",
                          date: format.dateTime(change.at, { dateStyle: "medium", timeStyle: "short" }),
                        })
                      : t(`changes.${change.kind === "risk_deleted" ? "riskDeleted" : "riskSaved"}`, {
                          title: change.title,
                          name: change.by ?? "–",
                          date: format.dateTime(change.at, { dateStyle: "medium", timeStyle: "short" }),
                        })}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}

        {holdsReviewerRole && view.status !== null && status !== "decided" ? (
          <section className="afk-stack" aria-labelledby="your-review-title">
            <Heading3 id="your-review-title">{t("yourReview")}</Heading3>
            {stateAllowsApproval && ownEdits ? (
              <Alert type="warning">
                <Paragraph>{t("fourEyesNotice")}</Paragraph>
              </Alert>
            ) : null}
            {canApprove && undecided ? (
              <Alert type="info">
                <Paragraph>{t("risks.decideFirst", { count: undecided })}</Paragraph>
              </Alert>
            ) : null}
            <SectionReviewForms
              municipalitySlug={slug}
              assessmentId={assessment.id}
              section={section}
              questions={view.items.map((pinned) => ({ ref: pinned.ref, label: questionLabel(pinned.ref) }))}
              canApprove={canApprove}
              canRequestChanges={canRequestChanges}
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
          <section key={risk.id} className="afk-card afk-stack" aria-labelledby={`risk-${risk.id}`}>
            <Heading4 id={`risk-${risk.id}`}>{risk.title}</Heading4>
            {risk.description ? <Paragraph>{risk.description}</Paragraph> : null}
            <dl className="afk-review-dl">
              <dt>{t("risks.score")}</dt>
              <dd>
                {risk.likelihood} × {risk.impact} = {risk.likelihood * risk.impact}
              </dd>
              <dt>{t("risks.proposedMeasures")}</dt>
              <dd>{risk.measures || "–"}</dd>
              <dt>{t("risks.decision")}</dt>
              <dd>
                {risk.decision ? t(`risks.decisions.${risk.decision}`) : t("risks.undecided")}
                {risk.decision && review.riskDeciders.get(risk.id) && risk.decidedAt
                  ? ` (${review.riskDeciders.get(risk.id)}, ${format.dateTime(risk.decidedAt, { dateStyle: "medium" })})`
                  : ""}
              </dd>
              {risk.decision === "accepted" ? (
                <>
                  <dt>{t("risks.riskOwner")}</dt>
                  <dd>{risk.riskOwner}</dd>
                  <dt>{t("risks.reviewDate")}</dt>
                  <dd>{risk.reviewDate ? formatDay(format, risk.reviewDate) : "–"}</dd>
                </>
              ) : null}
              {risk.decision === "mitigated" ? (
                <>
                  <dt>{t("risks.mitigationBy")}</dt>
                  <dd>{risk.mitigationBy}</dd>
                </>
              ) : null}
              {risk.decisionRationale ? (
                <>
                  <dt>{t("risks.rationale")}</dt>
                  <dd>{risk.decisionRationale}</dd>
                </>
              ) : null}
            </dl>
            {riskCheck(ownEdits || risk.createdById === user.id) ? (
              <RiskDecisionForm
                municipalitySlug={slug}
                assessmentId={assessment.id}
                riskId={risk.id}
                riskTitle={risk.title}
                current={riskDecisionDefaults(risk, user.id)}
              />
            ) : riskCheck(false) ? (
              <Alert type="warning">
                <Paragraph>{t("risks.fourEyes")}</Paragraph>
              </Alert>
            ) : null}
          </section>
        ))}
      </section>

      <section className="afk-stack" aria-labelledby="section-comments-title">
        <Heading3 id="section-comments-title">{t("comments.sectionTitle")}</Heading3>
        <CommentThreads
          municipalitySlug={slug}
          assessmentId={assessment.id}
          section={section}
          threads={toThreads(review.threads.get(`section:${section}`))}
          canWrite={canComment}
          subject={t("comments.aboutSection", { section: sectionTitle })}
        />
      </section>

      <section className="afk-stack" aria-labelledby="questions-title">
        <Heading3 id="questions-title">{t("questions.title", { count: view.items.length })}</Heading3>
        {view.items.length === 0 ? <Paragraph>{t("questions.none")}</Paragraph> : null}
        {view.items.map((pinned, index) => {
          const answer = answers.get(pinned.ref);
          const number = index + 1;
          const threads = review.threads.get(`item:${pinned.ref}`);
          return (
            <article key={pinned.ref} id={`q-${number}`} className="afk-review-question" aria-labelledby={`q-${number}-title`}>
              <Heading4 id={`q-${number}-title`} className="afk-question">
                <span className="afk-question__number">{number}.</span> {localized(pinned.item.text, locale)}
              </Heading4>
              <p className="afk-muted">
                {localized(pinned.framework.title, locale)} · {localized(pinned.part.title, locale)}
              </p>
              <dl className="afk-review-dl">
                <dt>{tAnswers("value")}</dt>
                <dd>{show(pinned.ref, answer?.value ?? null)}</dd>
                {answer?.rationale ? (
                  <>
                    <dt>{tAnswers("rationale")}</dt>
                    <dd>{answer.rationale}</dd>
                  </>
                ) : null}
                {answer?.evidence ? (
                  <>
                    <dt>{tAnswers("evidence")}</dt>
                    <dd>{answer.evidence}</dd>
                  </>
                ) : null}
              </dl>
              <CommentThreads
                municipalitySlug={slug}
                assessmentId={assessment.id}
                itemRef={pinned.ref}
                threads={toThreads(threads)}
                canWrite={canComment}
                subject={t("comments.aboutQuestion", { number })}
              />
            </article>
          );
        })}
      </section>
    </AssessmentFrame>
  );
}
