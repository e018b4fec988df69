import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { answerLabels, formatAnswer } from "@/lib/assessments/format";
import type { AnswerState } from "@/lib/assessments/queries";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { localized } from "@/lib/i18n/localized";
import { Badges } from "@/components/assessments/badges";

/** An answer for readers who may not change it (council members, decided assessments). */
export async function ReadOnlyAnswer({
  item,
  number,
  answer,
  channels,
  badges,
  anchorId,
  comments,
  answeredElsewhere,
}: {
  item: FrameworkItem;
  number: string;
  answer: AnswerState | undefined;
  channels: { id: string; name: string }[];
  badges: string[];
  /** The question's id on the page, for links to it. */
  anchorId?: string;
  /** What the review said about this question, shown under it. */
  comments?: ReactNode;
  /** Where the one answer to this question is given, when another framework asks it first. */
  answeredElsewhere?: ReactNode;
}) {
  const [t, tAnswer, locale] = await Promise.all([getTranslations("assessments"), getTranslations("assessments.answer"), getLocale()]);
  const labels = answerLabels(tAnswer);
  const channelName = (id: string) => channels.find((channel) => channel.id === id)?.name ?? id;
  return (
    <div className="afk-answer" id={anchorId}>
      <div>
        <h3 className="afk-question">
          <span className="afk-question__number">{number}</span> {localized(item.text, locale)}
        </h3>
        <Badges labels={badges} />
        {answeredElsewhere}
        <dl>
          <dt>{t("answer.value")}</dt>
          <dd>{formatAnswer(answer?.value, item, locale, labels, channelName)}</dd>
          {answer?.rationale ? (
            <>
              <dt>{t("answer.rationale")}</dt>
              <dd>{answer.rationale}</dd>
            </>
          ) : null}
          {answer?.evidence ? (
            <>
              <dt>{t("answer.evidence")}</dt>
              <dd>{answer.evidence}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <aside className="afk-answer__guidance" aria-label={t("wizard.guidance")}>
        <p className="afk-guidance-title">{t("wizard.guidance")}</p>
        <p>{localized(item.guidance, locale)}</p>
      </aside>
      {comments ? <div className="afk-answer__comments">{comments}</div> : null}
    </div>
  );
}
