"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { disableTwoFactorAction } from "@/lib/auth/actions";
import { disableTwoFactorInput, type DisableTwoFactorInput } from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export function TwoFactorDisableForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("auth.twoFactor");
  const form = useForm<DisableTwoFactorInput>({ resolver: zodResolver(disableTwoFactorInput), defaultValues: { password: "" } });
  const { submit, formError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(disableTwoFactorAction, values);
    if (result.ok) window.location.reload();
  });
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {hasPassword ? (
        <TextField label={t("password")} type="password" autoComplete="current-password" registration={form.register("password")} error={errorOf("password")} required />
      ) : null}
      <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {t("disable")}
      </SubmitButton>
    </ActionForm>
  );
}
