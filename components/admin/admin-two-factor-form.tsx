"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { FormSuccess } from "@/components/forms/form-success";
import { useActionForm } from "@/components/forms/use-action-form";
import { setAdminTwoFactorAction } from "@/lib/municipalities/actions";
import { adminTwoFactorInput, type AdminTwoFactorInput } from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export function AdminTwoFactorForm({ municipalitySlug, required }: { municipalitySlug: string; required: boolean }) {
  const t = useTranslations("admin.sso");
  const form = useForm<AdminTwoFactorInput>({ resolver: zodResolver(adminTwoFactorInput), defaultValues: { municipalitySlug, required } });
  const { submit, formError } = useActionForm(form);
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (input) => {
    setMessage(null);
    const result = await submit(setAdminTwoFactorAction, input);
    if (result.ok) setMessage(t("saved"));
  });
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <FormSuccess message={message} />
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input
          id="require-admin-two-factor"
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input"
          {...form.register("required")}
        />{" "}
        <label htmlFor="require-admin-two-factor" className="utrecht-form-label utrecht-form-label--checkbox utrecht-form-field__label">
          {t("requireAdminTwoFactor")}
        </label>
      </div>
      <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {t("save")}
      </SubmitButton>
    </ActionForm>
  );
}
