import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading4, Link } from "@utrecht/component-library-react";
import type { AnswerState } from "@/lib/assessments/queries";
import type { PinnedItem } from "@/lib/assessments/steps";
import { localized } from "@/lib/i18n/localized";

/** A question of the section under review: its wording and source, the answer as given, then its comments. */
export async function ReviewQuestion({
  pinned,
  number,
  answer,
  shownValue,
  wizardHref,
  stepLabel,
  children,
}: {
  pinned: PinnedItem;
  number: number;
  answer: AnswerState | undefined;
  /** The answer value as the reader sees it. */
  shownValue: string;
  /** The question in the wizard (its step, anchored to it), where it is answered. */
  wizardHref?: string;
  stepLabel?: string;
  /** The comment threads on the question. */
  children: ReactNode;
}) {
  const [t, tQuestions, locale] = await Promise.all([getTranslations("assessments.answer"), getTranslations("reviews.questions"), getLocale()]);
  return (
    <article id={`q-${number}`} className="afk-review-question" aria-labelledby={`q-${number}-title`}>
      <Heading4 id={`q-${number}-title`} className="afk-question">
        <span className="afk-question__number">{number}.</span> {localized(pinned.item.text, locale)}
      </Heading4>
      <p className="afk-muted">
        {localized(pinned.framework.title, locale)} · {localized(pinned.part.title, locale)}
        {wizardHref && stepLabel ? (
          <>
            {" · "}
            <Link href={wizardHref}>{tQuestions("toWizard", { step: stepLabel })}</Link>
          </>
        ) : null}
      </p>
      <dl className="afk-review-dl">
        <dt>{t("value")}</dt>
        <dd>{shownValue}</dd>
        {answer?.rationale ? (
          <>
            <dt>{t("rationale")}</dt>
            <dd>{answer.rationale}</dd>
          </>
        ) : null}
        {answer?.evidence ? (
          <>
            <dt>{t("evidence")}</dt>
            <dd>{answer.evidence}</dd>
          </>
        ) : null}
      </dl>
      {children}
    </article>
  );
}
