"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@utrecht/component-library-react";
import { TextField, TextareaField } from "@/components/forms/fields";
import { ActionErrorMessage } from "@/components/forms/confirm-action-button";
import { FormError } from "@/components/forms/form-error";
import { FormSuccess } from "@/components/forms/form-success";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRefreshingAction } from "@/components/forms/use-refreshing-action";
import { approveTransparencyAction, saveTransparencyAction } from "@/lib/transparency/actions";
import { figureKeys, saveTransparencyInput, type SaveTransparencyInput, type TransparencyFigures } from "@/lib/transparency/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Report = { figures: TransparencyFigures; dilemmas: string; version: number };

/** The advisor's form: the figures (empty for not known) and the dilemmas in plain words. Saving an approved report opens it for approval again. */
export function TransparencyForm({ municipalitySlug, assessmentId, report }: { municipalitySlug: string; assessmentId: string; report: Report | null }) {
  const t = useTranslations("transparency");
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const defaults = (version: number, figures: TransparencyFigures | null, dilemmas: string): SaveTransparencyInput => ({
    municipalitySlug,
    assessmentId,
    expectedVersion: version,
    dilemmas,
    ...(Object.fromEntries(figureKeys.map((key) => [key, figures?.[key] == null ? "" : String(figures[key])])) as Record<(typeof figureKeys)[number], string>),
  });
  const form = useForm<SaveTransparencyInput>({ resolver: zodResolver(saveTransparencyInput) as never, defaultValues: defaults(report?.version ?? 0, report?.figures ?? null, report?.dilemmas ?? "") });
  const { submit, formError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async () => {
    setSaved(null);
    const values = form.getValues();
    const result = await submit(saveTransparencyAction, values);
    if (result.ok) {
      form.reset({ ...values, expectedVersion: result.data.version });
      setSaved(t("saved"));
      router.refresh();
    }
  });
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <FormSuccess message={saved} />
      {figureKeys.map((key) => (
        <TextField key={key} label={t(`figures.${key}`)} description={t(`hints.${key}`)} registration={form.register(key)} error={errorOf(key)} maxLength={20} />
      ))}
      <TextareaField label={t("dilemmas")} description={t("dilemmasHint")} registration={form.register("dilemmas")} error={errorOf("dilemmas")} rows={6} maxLength={10_000} />
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("save")}
      </SubmitButton>
    </ActionForm>
  );
}

/** A second person approves the report (four eyes); only approved reports are published. */
export function ApproveTransparencyButton({ municipalitySlug, assessmentId, version }: { municipalitySlug: string; assessmentId: string; version: number }) {
  const t = useTranslations("transparency");
  const { pending, error, run } = useRefreshingAction();
  return (
    <div className="afk-stack">
      <Button type="button" appearance="secondary-action-button" disabled={pending} onClick={() => run(() => approveTransparencyAction({ municipalitySlug, assessmentId, expectedVersion: version }))}>
        {t("approve")}
      </Button>
      <ActionErrorMessage message={error} />
    </div>
  );
}
