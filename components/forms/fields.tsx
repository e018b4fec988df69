"use client";

import { FormFieldTextarea, FormFieldTextbox } from "@utrecht/component-library-react";
import type { UseFormRegisterReturn } from "react-hook-form";

type BaseProps = {
  label: React.ReactNode;
  registration: UseFormRegisterReturn;
  error?: string;
  description?: React.ReactNode;
  required?: boolean;
};

/** A labelled text input wired to react-hook-form; the error sits on the field and is announced. */
export function TextField({
  registration,
  error,
  type = "text",
  autoComplete,
  maxLength,
  ...props
}: BaseProps & { type?: "text" | "email" | "password" | "url" | "date" | "number"; autoComplete?: string; maxLength?: number }) {
  const { ref, ...rest } = registration;
  return (
    <FormFieldTextbox
      {...props}
      {...rest}
      inputRef={ref}
      type={type}
      autoComplete={autoComplete}
      maxLength={maxLength}
      invalid={Boolean(error)}
      errorMessage={error}
    />
  );
}

export function TextareaField({ registration, error, rows = 4, maxLength, ...props }: BaseProps & { rows?: number; maxLength?: number }) {
  const { ref, ...rest } = registration;
  return (
    <FormFieldTextarea {...props} {...rest} inputRef={ref} rows={rows} maxLength={maxLength} invalid={Boolean(error)} errorMessage={error} />
  );
}
