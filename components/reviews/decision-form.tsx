"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextareaField, TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useReviewSubmit } from "@/components/reviews/use-review-submit";
import { recordDecisionAction } from "@/lib/reviews/actions";
import { maxReviewText } from "@/lib/reviews/limits";
import { recordDecisionInput, type RecordDecisionInput } from "@/lib/reviews/schema";
import { decisions } from "@/lib/reviews/transitions";
import { FormSuccess } from "@/components/forms/form-success";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

/** The decision on the channel, once every section is approved: use, with conditions, not, or phase out by a date. */
export function DecisionForm({
  municipalitySlug,
  assessmentId,
  decisionLabels,
  recorded,
}: {
  municipalitySlug: string;
  assessmentId: string;
  decisionLabels: Record<string, string>;
  /** The recorded decision; shown instead of the form, in the same place, so the confirmation stays announced. */
  recorded?: React.ReactNode;
}) {
  const t = useTranslations("reviews.decision");
  const form = useForm<RecordDecisionInput>({
    resolver: zodResolver(recordDecisionInput),
    defaultValues: { municipalitySlug, assessmentId, conditions: "", phaseOutDate: "", rationale: "" },
  });
  const { onSubmit, saved, formError, errorOf } = useReviewSubmit(form, recordDecisionAction);
  const decision = form.watch("decision");

  const status = (
    <FormSuccess message={saved ? t("done") : null} />
  );
  if (recorded) {
    return (
      <>
        {status}
        {recorded}
      </>
    );
  }
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack afk-card">
      <FormError message={formError} />
      <ChoiceGroup
        legend={t("legend")}
        registration={form.register("decision")}
        error={errorOf("decision")}
        options={decisions.map((value) => ({ value, label: decisionLabels[value] ?? value, description: t(`hints.${value}`) }))}
      />
      {decision === "use_with_conditions" ? (
        <TextareaField label={t("conditions")} registration={form.register("conditions")} error={errorOf("conditions")} required maxLength={maxReviewText} />
      ) : null}
      {decision === "phase_out" ? (
        <TextField label={t("phaseOutDate")} description={t("phaseOutDateHint")} type="date" registration={form.register("phaseOutDate")} error={errorOf("phaseOutDate")} required />
      ) : null}
      <TextareaField label={t("rationale")} registration={form.register("rationale")} error={errorOf("rationale")} required maxLength={maxReviewText} />
      <Paragraph>
        <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
          {t("button")}
        </SubmitButton>
      </Paragraph>
      {status}
    </ActionForm>
  );
}
