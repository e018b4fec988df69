"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/lib/auth/actions";
import type { SignInInput } from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth.signIn");
  // No validation in the browser: the home page and the sign-in page carry this form, and the
  // schema library would add about a third to their JavaScript. The server checks the same
  // schema and its field errors appear on the fields, one round trip later.
  const form = useForm<SignInInput>({ defaultValues: { email: "", password: "", next } });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [busy, setBusy] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setBusy(true);
    const result = await signInAction(values);
    if (result.ok) {
      // A full navigation, so every server component renders with the new session.
      window.location.assign(result.data.next);
      return;
    }
    setBusy(false);
    if (result.code === "invalid_credentials") setFormError(t("invalidCredentials"));
    else if (result.code === "locked") setFormError(t("locked"));
    else await submit(async () => result, values);
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <TextField label={t("email")} type="email" autoComplete="username" registration={form.register("email")} error={errorOf("email")} required />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        registration={form.register("password")}
        error={errorOf("password")}
        required
      />
      <SubmitButton appearance="primary-action-button" busy={busy} disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </SubmitButton>
    </ActionForm>
  );
}
