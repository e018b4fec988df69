"use client";

import type { UseFormRegisterReturn } from "react-hook-form";

type Option = { value: string; label: string };

/** A labelled select wired to react-hook-form, with its error and hint linked for screen readers. */
export function FormSelect({
  id,
  label,
  options,
  registration,
  error,
  description,
}: {
  id: string;
  label: string;
  options: Option[];
  registration: UseFormRegisterReturn;
  error?: string;
  description?: string;
}) {
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--select${error ? " utrecht-form-field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div id={`${id}-description`} className="utrecht-form-field-description">
          {description}
        </div>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="utrecht-form-field-error-message">
          {error}
        </div>
      ) : null}
      <select
        id={id}
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="utrecht-select utrecht-select--html-select"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
