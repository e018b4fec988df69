"use client";

import { useTranslations } from "next-intl";
import { answerLabels } from "@/lib/assessments/format";
import { ynpuValues, type AnswerValue } from "@/lib/frameworks/answer-value";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { localized } from "@/lib/i18n/localized";

export type ChannelOption = { id: string; name: string; kind: string };

type Props = {
  id: string;
  item: FrameworkItem;
  value: AnswerValue | null;
  /** A choice: saved at once. */
  onChoose: (value: AnswerValue) => void;
  /** Typing: saved when the field is left. */
  onType: (value: AnswerValue) => void;
  onLeave: () => void;
  locale: string;
  questionId: string;
  /** Ids of the error message and the character count, when shown. */
  describedBy?: string;
  invalid: boolean;
  channels: ChannelOption[];
  /** The channel being assessed: it is no alternative or fallback for itself. */
  ownChannelId: string;
};

/** The input for one answer type: radios, checkboxes, a text, a number or a date. */
export function AnswerInput({ id, item, value, onChoose, onType, onLeave, locale, questionId, describedBy, invalid, channels, ownChannelId }: Props) {
  const t = useTranslations("assessments.answer");
  if (item.answerType === "ynpu" || item.answerType === "scale" || (item.answerType === "choice" && !item.multiple)) {
    const labels = answerLabels(t);
    const options =
      item.answerType === "ynpu"
        ? ynpuValues.map((v) => ({ value: v, label: labels.ynpu[v] }))
        : [
            ...(item.options ?? []).map((option) => ({ value: option.value, label: localized(option.label, locale) })),
            ...(item.answerType === "scale" ? [{ value: "unknown", label: labels.unknown }] : []),
          ];
    return (
      <div className="afk-options" role="radiogroup" aria-labelledby={questionId} aria-describedby={describedBy}>
        {options.map((option) => (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={`${id}-value`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={value === option.value}
              onChange={() => onChoose(option.value)}
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
    const selected = Array.isArray(value) ? value : [];
    const options =
      item.answerType === "choice"
        ? (item.options ?? []).map((option) => ({ value: option.value, label: localized(option.label, locale) }))
        : channels
            // Kept while an older answer still names it, so it can be unticked.
            .filter((channel) => channel.id !== ownChannelId || selected.includes(channel.id))
            .map((channel) => ({ value: channel.id, label: channel.name }));
    return (
      <div className="afk-options afk-options--columns" role="group" aria-labelledby={questionId} aria-describedby={describedBy}>
        {options.map((option) => (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={selected.includes(option.value)}
              onChange={(event) => onChoose(event.target.checked ? [...selected, option.value] : selected.filter((entry) => entry !== option.value))}
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
    "aria-describedby": describedBy,
    "aria-invalid": invalid || undefined,
    onBlur: onLeave,
  };
  if (item.answerType === "text") {
    // No maxLength: the browser would cut a long paste without a word. The counter shows the limit.
    return (
      <textarea
        {...common}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        rows={4}
        value={typeof value === "string" ? value : ""}
        onChange={(event) => onType(event.target.value)}
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
        onChange={(event) => onType(event.target.value === "" ? ("" as AnswerValue) : Number(event.target.value))}
      />
    );
  }
  return (
    <input
      {...common}
      className="utrecht-textbox utrecht-textbox--html-input"
      type="date"
      value={typeof value === "string" ? value : ""}
      onChange={(event) => onType(event.target.value)}
    />
  );
}

/** The length of a text against its limit, beside the field; past the limit it says so. */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useTranslations("assessments.answer");
  return (
    <p id={id} className={`utrecht-form-field-description afk-character-count${length > max ? " afk-character-count--over" : ""}`}>
      {t("characterCount", { count: length, max })}
    </p>
  );
}
