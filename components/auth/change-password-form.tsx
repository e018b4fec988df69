"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordInput, type ChangePasswordInput } from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export function ChangePasswordForm() {
  const t = useTranslations("auth.account");
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { submit, formError, errorOf } = useActionForm(form);
  const [done, setDone] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setDone(false);
    const result = await submit(changePasswordAction, values);
    if (result.ok) {
      form.reset();
      setDone(true);
    }
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("changed")}</Paragraph>
        </Alert>
      ) : null}
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        registration={form.register("currentPassword")}
        error={errorOf("currentPassword")}
        required
      />
      <TextField
        label={t("newPassword")}
        description={t("newPasswordHint")}
        type="password"
        autoComplete="new-password"
        registration={form.register("newPassword")}
        error={errorOf("newPassword")}
        required
      />
      <TextField
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        registration={form.register("confirmPassword")}
        error={errorOf("confirmPassword")}
        required
      />
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </SubmitButton>
    </ActionForm>
  );
}
