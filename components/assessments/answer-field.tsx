"use client";

import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { answerValueSchema, isEmptyAnswer, ynpuValues, type AnswerValue } from "@/lib/frameworks/answer-value";
import { formatAnswer } from "@/lib/assessments/format";
import { saveAnswerAction } from "@/lib/assessments/actions";
import type { AnswerConflict } from "@/lib/assessments/mutations";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { localized } from "@/lib/i18n/localized";
import { Badges } from "@/components/assessments/badges";

type ChannelOption = { id: string; name: string; kind: string };
type Saved = { value: AnswerValue | null; rationale: string; evidence: string; version: number };
type Status = { kind: "idle" | "saving" | "saved" | "dirty" } | { kind: "error"; message: string } | { kind: "conflict"; conflict: AnswerConflict["current"] };

type Props = {
  municipalitySlug: string;
  assessmentId: string;
  itemRef: string;
  item: FrameworkItem;
  initial: Saved;
  channels: ChannelOption[];
  badges: string[];
  number: string;
  guidanceTitle: string;
};

/**
 * One question of the wizard. Choices save as soon as they change, texts when the field loses
 * focus. A save against a stale version shows both answers and lets the person choose; what they
 * typed stays in the fields until they do.
 */
export function AnswerField({ municipalitySlug, assessmentId, itemRef, item, initial, channels, badges, number, guidanceTitle }: Props) {
  const t = useTranslations("assessments.answer");
  const tErrors = useTranslations("errors");
  const tFailed = useTranslations("common.actionFailed");
  const locale = useLocale();
  const id = useId();
  const [value, setValue] = useState<AnswerValue | null>(initial.value);
  const [rationale, setRationale] = useState(initial.rationale);
  const [evidence, setEvidence] = useState(initial.evidence);
  const [errors, setErrors] = useState<{ value?: string; rationale?: string; evidence?: string }>({});
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const saved = useRef<Saved>(initial);
  const latest = useRef({ value, rationale, evidence });
  latest.current = { value, rationale, evidence };

  const translate = (code: string) => (tErrors.has(code) ? tErrors(code) : tErrors("invalid"));

  async function save(expectedVersion = saved.current.version) {
    const current = latest.current;
    if (
      JSON.stringify(current.value) === JSON.stringify(saved.current.value) &&
      current.rationale === saved.current.rationale &&
      current.evidence === saved.current.evidence
    ) {
      return;
    }
    if (current.value === null) return;
    const check = answerValueSchema(item).safeParse(current.value);
    const needsRationale = item.rationale === "required" && current.value !== "unknown" && !isEmptyAnswer(current.value) && !current.rationale.trim();
    if (!check.success || needsRationale) {
      setErrors({
        value: check.success ? undefined : translate(check.error.issues[0]?.message ?? "invalid"),
        rationale: needsRationale ? translate("rationale_required") : undefined,
      });
      setStatus({ kind: "dirty" });
      return;
    }
    setErrors({});
    setStatus({ kind: "saving" });
    let result: Awaited<ReturnType<typeof saveAnswerAction>>;
    try {
      result = await saveAnswerAction({ municipalitySlug, assessmentId, itemRef, ...current, expectedVersion });
    } catch {
      setStatus({ kind: "error", message: tFailed("server_error") });
      return;
    }
    if (result.ok) {
      saved.current = { ...current, version: result.data.version };
      setStatus({ kind: "saved" });
      return;
    }
    if (result.code === "conflict") {
      setStatus({ kind: "conflict", conflict: (result.details as AnswerConflict).current });
      return;
    }
    const fieldErrors = result.fieldErrors ?? {};
    setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, code]) => [field, translate(code)])));
    setStatus({ kind: "error", message: tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error") });
  }

  function change(next: AnswerValue) {
    setValue(next);
    latest.current = { ...latest.current, value: next };
    setStatus({ kind: "dirty" });
    void save();
  }

  function takeTheirs(conflict: AnswerConflict["current"]) {
    saved.current = conflict;
    setValue(conflict.value);
    setRationale(conflict.rationale);
    setEvidence(conflict.evidence);
    setErrors({});
    setStatus({ kind: "saved" });
  }

  const channelName = (channelId: string) => channels.find((channel) => channel.id === channelId)?.name ?? channelId;
  const labels = { ynpu: Object.fromEntries(ynpuValues.map((v) => [v, t(`ynpu.${v}`)])), unknown: t("scaleUnknown"), none: t("noneSelected"), notAnswered: t("notAnswered") };
  const questionId = `${id}-question`;
  const valueErrorId = `${id}-value-error`;
  const rationaleLabel = item.rationale === "required" ? t("rationaleRequired") : t("rationale");

  return (
    <div className="afk-answer">
      <fieldset className="afk-answer__input utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={`${id}-guidance`}>
        <legend id={questionId} className="afk-question">
          <span className="afk-question__number">{number}</span> {localized(item.text, locale)}
        </legend>
        <Badges labels={badges} />
        <AnswerInput
          id={id}
          item={item}
          value={value}
          onChange={change}
          locale={locale}
          questionId={questionId}
          errorId={errors.value ? valueErrorId : undefined}
          channels={channels}
          unknownLabel={t("scaleUnknown")}
          ynpuLabel={(v) => t(`ynpu.${v}`)}
          onBlurText={() => void save()}
          onTextChange={(next) => {
            setValue(next);
            setStatus({ kind: "dirty" });
          }}
        />
        {errors.value ? (
          <p id={valueErrorId} className="utrecht-form-field-error-message">
            {errors.value}
          </p>
        ) : null}
        {item.rationale !== "none" ? (
          <div className={`utrecht-form-field${errors.rationale ? " utrecht-form-field--invalid" : ""}`}>
            <label className="utrecht-form-label" htmlFor={`${id}-rationale`}>
              {rationaleLabel}
            </label>
            {errors.rationale ? (
              <p id={`${id}-rationale-error`} className="utrecht-form-field-error-message">
                {errors.rationale}
              </p>
            ) : null}
            <textarea
              id={`${id}-rationale`}
              className="utrecht-textarea utrecht-textarea--html-textarea"
              rows={3}
              maxLength={5000}
              value={rationale}
              aria-invalid={errors.rationale ? true : undefined}
              aria-describedby={errors.rationale ? `${id}-rationale-error` : undefined}
              onChange={(event) => {
                setRationale(event.target.value);
                setStatus({ kind: "dirty" });
              }}
              onBlur={() => void save()}
            />
          </div>
        ) : null}
        {item.evidence ? (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${id}-evidence`}>
              {t("evidence")}
            </label>
            <p id={`${id}-evidence-hint`} className="utrecht-form-field-description">
              {t("evidenceHint")}
            </p>
            <input
              id={`${id}-evidence`}
              className="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              maxLength={1000}
              value={evidence}
              aria-describedby={`${id}-evidence-hint`}
              onChange={(event) => {
                setEvidence(event.target.value);
                setStatus({ kind: "dirty" });
              }}
              onBlur={() => void save()}
            />
          </div>
        ) : null}
        <p className="afk-save-status" role="status" aria-live="polite">
          {status.kind === "saving" ? t("saving") : null}
          {status.kind === "saved" ? t("saved") : null}
          {status.kind === "dirty" ? t("unsaved") : null}
          {status.kind === "error" ? t("notSaved", { reason: status.message }) : null}
        </p>
        {status.kind === "conflict" ? (
          <div className="afk-conflict" role="alert">
            <Paragraph>
              <strong>{t("conflictTitle")}</strong>
            </Paragraph>
            <Paragraph>{t("conflictIntro", { name: status.conflict.updatedBy ?? t("someoneElse") })}</Paragraph>
            <dl className="afk-conflict__values">
              <dt>{t("theirs")}</dt>
              <dd>
                {formatAnswer(status.conflict.value, item, locale, labels, channelName)}
                {status.conflict.rationale ? <span className="afk-muted"> — {status.conflict.rationale}</span> : null}
              </dd>
              <dt>{t("mine")}</dt>
              <dd>
                {formatAnswer(value, item, locale, labels, channelName)}
                {rationale ? <span className="afk-muted"> — {rationale}</span> : null}
              </dd>
            </dl>
            <Paragraph>
              <Button appearance="primary-action-button" onClick={() => void save(status.conflict.version)}>
                {t("keepMine")}
              </Button>{" "}
              <Button appearance="secondary-action-button" onClick={() => takeTheirs(status.conflict)}>
                {t("takeTheirs")}
              </Button>
            </Paragraph>
          </div>
        ) : null}
      </fieldset>
      <aside className="afk-answer__guidance" id={`${id}-guidance`} aria-label={guidanceTitle}>
        <p className="afk-guidance-title">{guidanceTitle}</p>
        <p>{localized(item.guidance, locale)}</p>
      </aside>
    </div>
  );
}

type InputProps = {
  id: string;
  item: FrameworkItem;
  value: AnswerValue | null;
  onChange: (value: AnswerValue) => void;
  onTextChange: (value: AnswerValue) => void;
  onBlurText: () => void;
  locale: string;
  questionId: string;
  errorId?: string;
  channels: ChannelOption[];
  unknownLabel: string;
  ynpuLabel: (value: string) => string;
};

function AnswerInput({ id, item, value, onChange, onTextChange, onBlurText, locale, questionId, errorId, channels, unknownLabel, ynpuLabel }: InputProps) {
  const invalid = errorId ? true : undefined;
  if (item.answerType === "ynpu" || item.answerType === "scale" || (item.answerType === "choice" && !item.multiple)) {
    const options =
      item.answerType === "ynpu"
        ? ynpuValues.map((v) => ({ value: v, label: ynpuLabel(v) }))
        : [
            ...(item.options ?? []).map((option) => ({ value: option.value, label: localized(option.label, locale) })),
            ...(item.answerType === "scale" ? [{ value: "unknown", label: unknownLabel }] : []),
          ];
    return (
      <div className="afk-options" role="radiogroup" aria-labelledby={questionId} aria-describedby={errorId}>
        {options.map((option) => (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={`${id}-value`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />{" "}
            <label htmlFor={`${id}-${option.value}`} className="utrecht-form-label utrecht-form-label--radio">
              {option.label}
            </label>
          </div>
        ))}
      </div>
    );
  }
  if (item.answerType === "choice" || item.answerType === "channels") {
    const options =
      item.answerType === "choice"
        ? (item.options ?? []).map((option) => ({ value: option.value, label: localized(option.label, locale) }))
        : channels.map((channel) => ({ value: channel.id, label: channel.name }));
    const selected = Array.isArray(value) ? value : [];
    return (
      <div className="afk-options afk-options--columns" role="group" aria-labelledby={questionId} aria-describedby={errorId}>
        {options.map((option) => (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option.value] : selected.filter((entry) => entry !== option.value))
              }
            />{" "}
            <label htmlFor={`${id}-${option.value}`} className="utrecht-form-label utrecht-form-label--checkbox">
              {option.label}
            </label>
          </div>
        ))}
      </div>
    );
  }
  const common = {
    id: `${id}-input`,
    "aria-labelledby": questionId,
    "aria-describedby": errorId,
    "aria-invalid": invalid,
    onBlur: onBlurText,
  };
  if (item.answerType === "text") {
    return (
      <textarea
        {...common}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        rows={4}
        maxLength={5000}
        value={typeof value === "string" ? value : ""}
        onChange={(event) => onTextChange(event.target.value)}
      />
    );
  }
  if (item.answerType === "number") {
    return (
      <input
        {...common}
        className="utrecht-textbox utrecht-textbox--html-input"
        type="number"
        inputMode="numeric"
        min={0}
        value={typeof value === "number" ? value : ""}
        onChange={(event) => onTextChange(event.target.value === "" ? ("" as AnswerValue) : Number(event.target.value))}
      />
    );
  }
  return (
    <input
      {...common}
      className="utrecht-textbox utrecht-textbox--html-input"
      type="date"
      value={typeof value === "string" ? value : ""}
      onChange={(event) => onTextChange(event.target.value)}
    />
  );
}
