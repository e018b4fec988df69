"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

type Failure = { ok: false; code: string; fieldErrors?: Record<string, string> };
type Result<T> = { ok: true; data: T } | Failure;

/**
 * Sends a form to its server action and puts a refusal where the user looks: field errors on the
 * fields (translated from their codes), anything else in one message above the form. What the
 * user typed stays in the form either way.
 */
export function useActionForm<V extends FieldValues>(form: UseFormReturn<V>) {
  const tErrors = useTranslations("errors");
  const tCommon = useTranslations("common.actionFailed");
  const [formError, setFormError] = useState<string | null>(null);

  async function submit<T>(action: (values: V) => Promise<Result<T> | Failure>, values: V): Promise<Result<T> | Failure> {
    setFormError(null);
    let result: Result<T> | Failure;
    try {
      result = await action(values);
    } catch {
      setFormError(tCommon("server_error"));
      return { ok: false, code: "server_error" };
    }
    if (result.ok) return result;
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    for (const [field, code] of fieldErrors) {
      // Stored as the code; errorOf translates it, like client-side errors.
      form.setError(field as Path<V>, { type: "server", message: code });
    }
    if (fieldErrors.length === 0 || result.code !== "invalid") {
      setFormError(tCommon.has(result.code) ? tCommon(result.code) : tCommon("server_error"));
    }
    return result;
  }

  /** Client-side validation errors arrive as codes too; translate them the same way. */
  function errorOf(field: Path<V>): string | undefined {
    const message = form.getFieldState(field, form.formState).error?.message;
    if (!message) return undefined;
    // Schemas give codes for the messages users can trigger; anything else is a generic "invalid".
    return tErrors.has(message) ? tErrors(message) : tErrors("invalid");
  }

  return { submit, formError, setFormError, errorOf };
}
