"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { TextareaField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { FormSuccess } from "@/components/forms/form-success";
import { useReviewSubmit } from "@/components/reviews/use-review-submit";
import { reopenDecisionAction } from "@/lib/reviews/actions";
import { maxReviewText } from "@/lib/reviews/limits";
import { reopenInput, type ReopenInput } from "@/lib/reviews/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

/** Takes a recorded decision back, with a reason; the assessment then goes through review again. */
export function ReopenForm({ municipalitySlug, assessmentId }: { municipalitySlug: string; assessmentId: string }) {
  const t = useTranslations("reviews.reopen");
  const form = useForm<ReopenInput>({ resolver: zodResolver(reopenInput), defaultValues: { municipalitySlug, assessmentId, reason: "" } });
  const { onSubmit, saved, formError, errorOf } = useReviewSubmit(form, reopenDecisionAction);
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack afk-card" aria-labelledby="reopen-title">
      <FormError message={formError} />
      <Paragraph>{t("intro")}</Paragraph>
      <TextareaField label={t("reason")} registration={form.register("reason")} error={errorOf("reason")} required maxLength={maxReviewText} />
      <Paragraph>
        <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
          {t("button")}
        </SubmitButton>
      </Paragraph>
      <FormSuccess message={saved ? t("done") : null} />
    </ActionForm>
  );
}
