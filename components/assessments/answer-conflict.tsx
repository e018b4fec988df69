"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { answerLabels, formatAnswer } from "@/lib/assessments/format";
import type { AnswerConflict as Conflict } from "@/lib/assessments/mutations";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import type { AnswerDraft } from "@/lib/assessments/answer-check";
import type { ChannelOption } from "@/components/assessments/answer-input";

type Props = {
  item: FrameworkItem;
  theirs: Conflict["current"];
  mine: AnswerDraft;
  channels: ChannelOption[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Someone else saved this answer meanwhile: both answers side by side, and the choice which stays. */
export function AnswerConflict({ item, theirs, mine, channels, onKeepMine, onTakeTheirs }: Props) {
  const t = useTranslations("assessments.answer");
  const locale = useLocale();
  const channelName = (channelId: string) => channels.find((channel) => channel.id === channelId)?.name ?? channelId;
  const labels = answerLabels(t);
  return (
    <div className="afk-conflict" role="alert">
      <Paragraph>
        <strong>{t("conflictTitle")}</strong>
      </Paragraph>
      <Paragraph>{t("conflictIntro", { name: theirs.updatedBy ?? t("someoneElse") })}</Paragraph>
      <dl className="afk-conflict__values">
        <dt>{t("theirs")}</dt>
        <dd>
          {formatAnswer(theirs.value, item, locale, labels, channelName)}
          {theirs.rationale ? <span className="afk-muted"> — {theirs.rationale}</span> : null}
        </dd>
        <dt>{t("mine")}</dt>
        <dd>
          {formatAnswer(mine.value, item, locale, labels, channelName)}
          {mine.rationale ? <span className="afk-muted"> — {mine.rationale}</span> : null}
        </dd>
      </dl>
      <Paragraph>
        <Button appearance="primary-action-button" onClick={onKeepMine}>
          {t("keepMine")}
        </Button>{" "}
        <Button appearance="secondary-action-button" onClick={onTakeTheirs}>
          {t("takeTheirs")}
        </Button>
      </Paragraph>
    </div>
  );
}
