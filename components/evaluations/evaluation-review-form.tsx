"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button, ButtonGroup } from "@utrecht/component-library-react";
import { TextareaField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useEvaluationRefusal } from "@/components/evaluations/use-evaluation-refusal";
import { reviewEvaluationAction } from "@/lib/evaluations/actions";
import { evaluationReviewInput, type EvaluationReviewInput } from "@/lib/evaluations/schema";
import { ActionForm } from "@/components/forms/action-form";

/** The reviewer approves the evaluation or asks for changes with a note; the server checks four eyes. */
export function EvaluationReviewForm({ municipalitySlug, evaluationId }: { municipalitySlug: string; evaluationId: string }) {
  const t = useTranslations("evaluations.review");
  const router = useRouter();
  const refusal = useEvaluationRefusal();
  const form = useForm<EvaluationReviewInput>({ resolver: zodResolver(evaluationReviewInput), defaultValues: { municipalitySlug, evaluationId, action: "approve", note: "" } });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);

  const send = (action: EvaluationReviewInput["action"]) =>
    form.handleSubmit(async (values) => {
      const result = await submit(reviewEvaluationAction, { ...values, action });
      if (result.ok) {
        router.refresh();
        return;
      }
      const reason = refusal(result);
      if (reason) setFormError(reason);
    });

  return (
    <ActionForm className="afk-form afk-stack" aria-labelledby="evaluation-review-title" onSubmit={(event) => event.preventDefault()}>
      <h2 id="evaluation-review-title" className="utrecht-heading-2">
        {t("title")}
      </h2>
      <FormError message={formError} />
      <TextareaField label={t("note")} description={t("noteHint")} registration={form.register("note")} error={errorOf("note")} maxLength={2000} />
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" disabled={form.formState.isSubmitting} onClick={() => void send("approve")()}>
          {t("approve")}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={form.formState.isSubmitting} onClick={() => void send("request_changes")()}>
          {t("requestChanges")}
        </Button>
      </ButtonGroup>
    </ActionForm>
  );
}
