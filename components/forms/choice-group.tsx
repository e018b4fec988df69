"use client";

import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

type Option = { value: string; label: React.ReactNode; description?: React.ReactNode };

/**
 * A fieldset of checkboxes (multiple) or radio buttons (single) with a legend, styled with the
 * Utrecht CSS classes; the error is linked to the group so screen readers read it with the legend.
 */
export function ChoiceGroup({
  legend,
  options,
  registration,
  multiple = false,
  error,
  description,
}: {
  legend: React.ReactNode;
  options: Option[];
  registration: UseFormRegisterReturn;
  multiple?: boolean;
  error?: string;
  description?: React.ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const type = multiple ? "checkbox" : "radio";
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? (
        <div id={descriptionId} className="utrecht-form-field-description">
          {description}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="utrecht-form-field-error-message">
          {error}
        </div>
      ) : null}
      {options.map((option, index) => {
        const inputId = `${id}-${index}`;
        return (
          <div key={option.value} className={`utrecht-form-field utrecht-form-field--${type}`}>
            <input
              {...registration}
              id={inputId}
              type={type}
              value={option.value}
              className={`utrecht-${type === "checkbox" ? "checkbox" : "radio-button"} utrecht-${type === "checkbox" ? "checkbox" : "radio-button"}--html-input utrecht-form-field__input`}
            />{" "}
            <label htmlFor={inputId} className={`utrecht-form-label utrecht-form-label--${type} utrecht-form-field__label`}>
              {option.label}
            </label>
            {option.description ? <div className="utrecht-form-field-description">{option.description}</div> : null}
          </div>
        );
      })}
    </fieldset>
  );
}
