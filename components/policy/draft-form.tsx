"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { TextareaField, TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateDraftAction } from "@/lib/policy/actions";
import { draftInput, type DraftInput } from "@/lib/policy/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  municipalitySlug: string;
  year: number;
  version: number;
  initial: { introduction: string; summary: string; evaluationDate: string | null };
};

/** The parts of a draft the advisor writes: the introduction, the plain-language summary and the evaluation date. */
export function DraftForm({ municipalitySlug, year, version, initial }: Props) {
  const t = useTranslations("policy.draft");
  const router = useRouter();
  const form = useForm<DraftInput>({
    resolver: zodResolver(draftInput),
    defaultValues: { municipalitySlug, year, introduction: initial.introduction, summary: initial.summary, evaluationDate: initial.evaluationDate ?? "", expectedVersion: version },
  });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await submit(updateDraftAction, values);
    if (result.ok) {
      form.setValue("expectedVersion", result.data.version);
      setSaved(true);
      router.refresh();
      return;
    }
    const reason = ((result as { details?: unknown }).details as { reason?: string } | undefined)?.reason;
    if (reason === "policy_frozen") setFormError(t("frozen"));
    else if (result.code === "conflict") setFormError(t("conflict"));
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("saved")}</Paragraph>
        </Alert>
      ) : null}
      <TextareaField label={t("introduction")} description={t("introductionHint")} rows={8} registration={form.register("introduction")} error={errorOf("introduction")} />
      <TextareaField label={t("summary")} description={t("summaryHint")} rows={6} registration={form.register("summary")} error={errorOf("summary")} />
      <TextField label={t("evaluationDate")} description={t("evaluationDateHint")} type="date" registration={form.register("evaluationDate")} error={errorOf("evaluationDate")} />
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("save")}
      </SubmitButton>
    </ActionForm>
  );
}
