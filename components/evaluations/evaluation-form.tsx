"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextareaField, TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useEvaluationRefusal } from "@/components/evaluations/use-evaluation-refusal";
import { submitEvaluationAction } from "@/lib/evaluations/actions";
import { evaluationInput, outcomes, type EvaluationFormValues, type Measurements, type Outcome } from "@/lib/evaluations/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  municipalitySlug: string;
  evaluationId: string;
  version: number;
  /** The audiences the assessment named, with their label in the reader's language; none: one general reach figure. */
  audiences: { value: string; label: string }[];
  initial: { measurements: Measurements; exitTriggers: string; outcome: Outcome | null; rationale: string };
};

const figureFields = ["engagement", "incidents", "complaints", "hours", "costs"] as const;
const typed = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** The advisor's evaluation: figures against the assessment's goals and audiences, the exit triggers, the outcome. */
export function EvaluationForm({ municipalitySlug, evaluationId, version, audiences, initial }: Props) {
  const t = useTranslations("evaluations");
  const router = useRouter();
  const refusal = useEvaluationRefusal();
  const reachKeys = audiences.length ? audiences : [{ value: "general-public", label: "" }];
  const form = useForm<EvaluationFormValues>({
    resolver: zodResolver(evaluationInput),
    defaultValues: {
      municipalitySlug,
      evaluationId,
      expectedVersion: version,
      reach: Object.fromEntries(reachKeys.map(({ value }) => [value, typed(initial.measurements.reach[value])])),
      ...Object.fromEntries(figureFields.map((field) => [field, typed(initial.measurements[field])])),
      exitTriggers: initial.exitTriggers,
      outcome: initial.outcome ?? undefined,
      rationale: initial.rationale,
    },
  });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(submitEvaluationAction, values);
    if (result.ok) {
      router.refresh();
      return;
    }
    const reason = refusal(result);
    if (reason) setFormError(reason);
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack" aria-labelledby="evaluation-form-title">
      <h2 id="evaluation-form-title" className="utrecht-heading-2">
        {t("form.title")}
      </h2>
      <FormError message={formError} />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset afk-stack">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("form.measuredLegend")}</legend>
        <Paragraph>{t("form.measuredHint")}</Paragraph>
        {reachKeys.map(({ value, label }) => (
          <TextField
            key={value}
            label={label ? t("form.reach", { audience: label }) : t("form.reachGeneral")}
            registration={form.register(`reach.${value}`)}
            error={errorOf(`reach.${value}`)}
            maxLength={12}
          />
        ))}
        {figureFields.map((field) => (
          <TextField key={field} label={t(`form.${field}`)} registration={form.register(field)} error={errorOf(field)} maxLength={12} />
        ))}
      </fieldset>
      <TextareaField label={t("form.exitTriggers")} description={t("form.exitTriggersHint")} registration={form.register("exitTriggers")} error={errorOf("exitTriggers")} required maxLength={5000} />
      <ChoiceGroup
        legend={t("form.outcome")}
        options={outcomes.map((outcome) => ({ value: outcome, label: t(`outcome.${outcome}`), description: t(`outcomeHint.${outcome}`) }))}
        registration={form.register("outcome")}
        error={errorOf("outcome")}
      />
      <TextareaField label={t("form.rationale")} description={t("form.rationaleHint")} registration={form.register("rationale")} error={errorOf("rationale")} required maxLength={5000} />
      <Paragraph>
        <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
          {t("form.submit")}
        </SubmitButton>
      </Paragraph>
    </ActionForm>
  );
}
