"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { FormSuccess } from "@/components/forms/form-success";
import { useActionForm } from "@/components/forms/use-action-form";
import { useEvaluationRefusal } from "@/components/evaluations/use-evaluation-refusal";
import { setEvaluationDueDateAction } from "@/lib/evaluations/actions";
import { dueDateInput, type DueDateInput } from "@/lib/evaluations/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

/** The advisor sets the evaluation date, e.g. earlier when the platform changed its terms. */
export function DueDateForm({ municipalitySlug, evaluationId, dueDate }: { municipalitySlug: string; evaluationId: string; dueDate: string }) {
  const t = useTranslations("evaluations.dueDate");
  const router = useRouter();
  const refusal = useEvaluationRefusal();
  const form = useForm<DueDateInput>({ resolver: zodResolver(dueDateInput), defaultValues: { municipalitySlug, evaluationId, dueDate } });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setDone(null);
    const result = await submit(setEvaluationDueDateAction, values);
    if (result.ok) {
      setDone(t("saved"));
      router.refresh();
      return;
    }
    const reason = refusal(result);
    if (reason) setFormError(reason);
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormSuccess message={done} />
      <FormError message={formError} />
      <TextField label={t("label")} description={t("hint")} type="date" registration={form.register("dueDate")} error={errorOf("dueDate")} />
      <Paragraph>
        <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
          {t("save")}
        </SubmitButton>
      </Paragraph>
    </ActionForm>
  );
}
