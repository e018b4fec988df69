"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextareaField, TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useReviewSubmit } from "@/components/reviews/use-review-submit";
import { decideRiskAction } from "@/lib/reviews/actions";
import { maxReviewText } from "@/lib/reviews/limits";
import { riskDecisionInput, type RiskDecisionInput } from "@/lib/reviews/schema";
import { riskDecisions, type RiskDecision } from "@/lib/reviews/transitions";
import { FormSuccess } from "@/components/forms/form-success";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Current = { decision: RiskDecision | null; rationale: string; riskOwner: string; reviewDate: string; measures: string; mitigationBy: string };

/**
 * The owning reviewer's explicit choice on one risk. Only the fields of the chosen option show;
 * the server checks them again (an acceptance needs a review date after today).
 */
export function RiskDecisionForm({
  municipalitySlug,
  assessmentId,
  riskId,
  riskTitle,
  current,
}: {
  municipalitySlug: string;
  assessmentId: string;
  riskId: string;
  riskTitle: string;
  current: Current;
}) {
  const t = useTranslations("reviews.risks");
  const form = useForm<RiskDecisionInput>({
    resolver: zodResolver(riskDecisionInput),
    defaultValues: {
      municipalitySlug,
      assessmentId,
      riskId,
      decision: current.decision ?? undefined,
      rationale: current.rationale,
      riskOwner: current.riskOwner,
      reviewDate: current.reviewDate,
      measures: current.measures,
      mitigationBy: current.mitigationBy,
    },
  });
  const { onSubmit, saved, formError, errorOf } = useReviewSubmit(form, decideRiskAction);
  const decision = form.watch("decision");

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <ChoiceGroup
        legend={t("decisionLegend", { title: riskTitle })}
        registration={form.register("decision")}
        error={errorOf("decision")}
        options={riskDecisions.map((value) => ({ value, label: t(`decisions.${value}`), description: t(`decisionHints.${value}`) }))}
      />
      {decision === "mitigated" ? (
        <>
          <TextareaField label={t("measures")} registration={form.register("measures")} error={errorOf("measures")} required maxLength={maxReviewText} />
          <TextField label={t("mitigationBy")} description={t("mitigationByHint")} registration={form.register("mitigationBy")} error={errorOf("mitigationBy")} required maxLength={200} />
        </>
      ) : null}
      {decision === "accepted" ? (
        <>
          <TextField label={t("riskOwner")} description={t("riskOwnerHint")} registration={form.register("riskOwner")} error={errorOf("riskOwner")} required maxLength={200} />
          <TextField label={t("reviewDate")} description={t("reviewDateHint")} type="date" registration={form.register("reviewDate")} error={errorOf("reviewDate")} required />
        </>
      ) : null}
      <TextareaField
        label={decision === "mitigated" ? t("rationaleOptional") : t("rationale")}
        registration={form.register("rationale")}
        error={errorOf("rationale")}
        required={decision !== "mitigated"}
        maxLength={maxReviewText}
      />
      <Paragraph>
        <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
          {t("save")}
        </SubmitButton>
      </Paragraph>
      <FormSuccess message={saved ? t("saved") : null} />
    </ActionForm>
  );
}
