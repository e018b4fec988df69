"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { TextareaField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { unpublishVersionAction } from "@/lib/policy/actions";
import { unpublishInput, type UnpublishInput } from "@/lib/policy/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

/** Withdraws a publication, with the reason for the audit trail; the version stays adopted. */
export function UnpublishForm({ municipalitySlug, year }: { municipalitySlug: string; year: number }) {
  const t = useTranslations("policy.unpublish");
  const router = useRouter();
  const form = useForm<UnpublishInput>({ resolver: zodResolver(unpublishInput), defaultValues: { municipalitySlug, year, reason: "" } });
  const { submit, formError, errorOf } = useActionForm(form);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(unpublishVersionAction, values);
    if (result.ok) router.refresh();
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack" aria-labelledby="unpublish-title">
      <Heading3 id="unpublish-title">{t("title")}</Heading3>
      <Paragraph className="afk-muted">{t("intro")}</Paragraph>
      <FormError message={formError} />
      <TextareaField label={t("reason")} description={t("reasonHint")} registration={form.register("reason")} error={errorOf("reason")} required maxLength={1000} rows={3} />
      <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </SubmitButton>
    </ActionForm>
  );
}
