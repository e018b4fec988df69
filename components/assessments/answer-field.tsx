"use client";

import { useId, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { maxEvidenceLength, maxRationaleLength } from "@/lib/assessments/limits";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { maxTextLength, type AnswerValue } from "@/lib/frameworks/answer-value";
import { localized } from "@/lib/i18n/localized";
import { Badges } from "@/components/assessments/badges";
import { AnswerConflict } from "@/components/assessments/answer-conflict";
import { AnswerInput, CharacterCount, type ChannelOption } from "@/components/assessments/answer-input";
import { useAnswerAutosave, type SavedAnswer } from "@/components/assessments/use-answer-autosave";
import { useHydrated } from "@/components/forms/use-hydrated";

type Props = {
  municipalitySlug: string;
  assessmentId: string;
  itemRef: string;
  item: FrameworkItem;
  initial: SavedAnswer;
  /** The answer carried from last year, when there is one. */
  lastYear?: { value: AnswerValue | null };
  channels: ChannelOption[];
  ownChannelId: string;
  badges: string[];
  number: string;
  guidanceTitle: string;
  /** The question's id on the page, for links to it. */
  anchorId?: string;
  /** What the review said about this question, shown under it. */
  comments?: ReactNode;
};

const ids = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ") || undefined;

/**
 * One question of the wizard. Choices save as soon as they change, texts when the field is left
 * (use-answer-autosave.ts). A save against someone else's newer version shows both answers and
 * lets the person choose; what they typed stays in the fields until they do.
 */
export function AnswerField({ municipalitySlug, assessmentId, itemRef, item, initial, lastYear, channels, ownChannelId, badges, number, guidanceTitle, anchorId, comments }: Props) {
  const t = useTranslations("assessments.answer");
  const tErrors = useTranslations("errors");
  const tFailed = useTranslations("common.actionFailed");
  const locale = useLocale();
  const id = useId();
  const hydrated = useHydrated();
  const { draft, errors, status, reason, reasonMissing, edit, choose, save, keepMine, takeTheirs } = useAnswerAutosave({
    municipalitySlug,
    assessmentId,
    itemRef,
    item,
    initial,
    lastYear,
    leaveMessage: t("leaveUnsaved"),
  });
  const translate = (code: string) => (tErrors.has(code) ? tErrors(code) : tErrors("invalid"));
  const leave = () => void save();

  const questionId = `${id}-question`;
  const valueErrorId = `${id}-value-error`;
  const textCountId = `${id}-value-count`;
  const rationaleMessage = errors.rationale ? translate(errors.rationale) : reasonMissing ? tErrors("rationale_required") : undefined;
  const textValue = item.answerType === "text" && typeof draft.value === "string" ? draft.value : null;

  return (
    <div className="afk-answer" id={anchorId}>
      <fieldset className="afk-answer__input utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={`${id}-guidance`} disabled={!hydrated}>
        <legend id={questionId} className="afk-question">
          <span className="afk-question__number">{number}</span> {localized(item.text, locale)}
        </legend>
        <Badges labels={badges} />
        <AnswerInput
          id={id}
          item={item}
          value={draft.value}
          onChoose={choose}
          onType={(value) => edit({ value })}
          onLeave={leave}
          locale={locale}
          questionId={questionId}
          describedBy={ids(errors.value && valueErrorId, textValue !== null && textCountId)}
          invalid={Boolean(errors.value)}
          channels={channels}
          ownChannelId={ownChannelId}
        />
        {textValue !== null ? <CharacterCount id={textCountId} length={textValue.length} max={maxTextLength} /> : null}
        {errors.value ? (
          <p id={valueErrorId} className="utrecht-form-field-error-message">
            {translate(errors.value)}
          </p>
        ) : null}
        {item.rationale !== "none" ? (
          <div className={`utrecht-form-field${errors.rationale ? " utrecht-form-field--invalid" : ""}`}>
            <label className="utrecht-form-label" htmlFor={`${id}-rationale`}>
              {reason.need === "required" ? t("rationaleRequired") : t("rationaleOptional")}
            </label>
            {reason.need === "required" ? (
              <p id={`${id}-rationale-why`} className="utrecht-form-field-description">
                {t("reasonBecause", { causes: reason.causes.map((cause) => t(`reasonCause.${cause}`)).join("; ") })}
              </p>
            ) : null}
            {rationaleMessage ? (
              <p id={`${id}-rationale-error`} className="utrecht-form-field-error-message">
                {rationaleMessage}
              </p>
            ) : null}
            <textarea
              id={`${id}-rationale`}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              rows={3}
              value={draft.rationale}
              aria-invalid={errors.rationale ? true : undefined}
              aria-required={reason.need === "required" ? true : undefined}
              aria-describedby={ids(reason.need === "required" && `${id}-rationale-why`, rationaleMessage && `${id}-rationale-error`, `${id}-rationale-count`)}
              onChange={(event) => edit({ rationale: event.target.value })}
              onBlur={leave}
            />
            <CharacterCount id={`${id}-rationale-count`} length={draft.rationale.length} max={maxRationaleLength} />
          </div>
        ) : null}
        {item.evidence ? (
          <div className={`utrecht-form-field${errors.evidence ? " utrecht-form-field--invalid" : ""}`}>
            <label className="utrecht-form-label" htmlFor={`${id}-evidence`}>
              {t("evidence")}
            </label>
            <p id={`${id}-evidence-hint`} className="utrecht-form-field-description">
              {t("evidenceHint")}
            </p>
            {errors.evidence ? (
              <p id={`${id}-evidence-error`} className="utrecht-form-field-error-message">
                {translate(errors.evidence)}
              </p>
            ) : null}
            <input
              id={`${id}-evidence`}
              className="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              value={draft.evidence}
              aria-invalid={errors.evidence ? true : undefined}
              aria-describedby={ids(`${id}-evidence-hint`, errors.evidence && `${id}-evidence-error`, `${id}-evidence-count`)}
              onChange={(event) => edit({ evidence: event.target.value })}
              onBlur={leave}
            />
            <CharacterCount id={`${id}-evidence-count`} length={draft.evidence.length} max={maxEvidenceLength} />
          </div>
        ) : null}
        <p className="afk-save-status" role="status" aria-live="polite">
          {status.kind === "saving" ? t("saving") : null}
          {status.kind === "saved" ? (reasonMissing ? t("savedReasonMissing") : t("saved")) : null}
          {status.kind === "dirty" ? t("unsaved") : null}
          {status.kind === "error" ? t("notSaved", { reason: tFailed.has(status.code) ? tFailed(status.code) : tFailed("server_error") }) : null}
        </p>
        {status.kind === "conflict" ? (
          <AnswerConflict
            item={item}
            theirs={status.theirs}
            mine={draft}
            channels={channels}
            onKeepMine={() => keepMine(status.theirs)}
            onTakeTheirs={() => takeTheirs(status.theirs)}
          />
        ) : null}
      </fieldset>
      <aside className="afk-answer__guidance" id={`${id}-guidance`} aria-label={guidanceTitle}>
        <p className="afk-guidance-title">{guidanceTitle}</p>
        <p>{localized(item.guidance, locale)}</p>
      </aside>
      {comments ? <div className="afk-answer__comments">{comments}</div> : null}
    </div>
  );
}
