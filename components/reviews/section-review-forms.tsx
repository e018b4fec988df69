"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Heading4, Paragraph } from "@utrecht/component-library-react";
import { TextareaField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRefusal } from "@/components/reviews/use-refusal";
import { approveSectionAction, requestChangesAction } from "@/lib/reviews/actions";
import { maxReviewText } from "@/lib/reviews/limits";
import { approveSectionInput, requestChangesInput, type ApproveSectionInput, type RequestChangesInput } from "@/lib/reviews/schema";
import type { Section } from "@/lib/reviews/sections";
import { FormSuccess } from "@/components/forms/form-success";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  municipalitySlug: string;
  assessmentId: string;
  section: Section;
  /** The questions of the section, for "which question is this about". */
  questions: { ref: string; label: string }[];
  canApprove: boolean;
  canRequestChanges: boolean;
};

/** Approve a section (with a rationale) or say what must change; both forms go to the server, which checks the rules. */
export function SectionReviewForms({ municipalitySlug, assessmentId, section, questions, canApprove, canRequestChanges }: Props) {
  const t = useTranslations("reviews");
  const router = useRouter();
  const refusal = useRefusal();

  const approve = useForm<ApproveSectionInput>({ resolver: zodResolver(approveSectionInput), defaultValues: { municipalitySlug, assessmentId, section, rationale: "" } });
  const approveForm = useActionForm(approve);
  // One live region outside the forms: after a step the page refreshes and a form may disappear.
  const [done, setDone] = useState<string | null>(null);

  const request = useForm<RequestChangesInput>({
    resolver: zodResolver(requestChangesInput),
    defaultValues: { municipalitySlug, assessmentId, section, message: "", itemRef: "" },
  });
  const requestForm = useActionForm(request);

  const onApprove = approve.handleSubmit(async (values) => {
    setDone(null);
    const result = await approveForm.submit(approveSectionAction, values);
    if (result.ok) {
      setDone(t("approve.done"));
      approve.reset({ ...values, rationale: "" });
      router.refresh();
    } else {
      const reason = refusal(result);
      if (reason) approveForm.setFormError(reason);
    }
  });

  const onRequest = request.handleSubmit(async (values) => {
    setDone(null);
    const result = await requestForm.submit(requestChangesAction, values);
    if (result.ok) {
      setDone(t("requestChanges.done"));
      request.reset({ ...values, message: "", itemRef: "" });
      router.refresh();
    } else {
      const reason = refusal(result);
      if (reason) requestForm.setFormError(reason);
    }
  });

  return (
    <>
      <FormSuccess message={done} />
      <div className="afk-grid afk-review-forms">
        {canApprove ? (
          <ActionForm onSubmit={onApprove} className="afk-form afk-stack afk-card" aria-labelledby={`approve-${section}`}>
            <Heading4 id={`approve-${section}`}>{t("approve.title")}</Heading4>
            <Paragraph>{t("approve.intro")}</Paragraph>
            <FormError message={approveForm.formError} />
            <TextareaField
              label={t("approve.rationale")}
              description={t("approve.rationaleHint")}
              registration={approve.register("rationale")}
              error={approveForm.errorOf("rationale")}
              required
              maxLength={maxReviewText}
            />
            <Paragraph>
              <SubmitButton appearance="primary-action-button" disabled={approve.formState.isSubmitting}>
                {t("approve.button")}
              </SubmitButton>
            </Paragraph>
          </ActionForm>
        ) : null}
        {canRequestChanges ? (
          <ActionForm onSubmit={onRequest} className="afk-form afk-stack afk-card" aria-labelledby={`request-${section}`}>
            <Heading4 id={`request-${section}`}>{t("requestChanges.title")}</Heading4>
            <Paragraph>{t("requestChanges.intro")}</Paragraph>
            <FormError message={requestForm.formError} />
            <TextareaField
              label={t("requestChanges.message")}
              description={t("requestChanges.messageHint")}
              registration={request.register("message")}
              error={requestForm.errorOf("message")}
              required
              maxLength={maxReviewText}
            />
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor={`request-item-${section}`}>
                {t("requestChanges.question")}
              </label>
              {requestForm.errorOf("itemRef") ? <p className="utrecht-form-field-error-message">{requestForm.errorOf("itemRef")}</p> : null}
              <select id={`request-item-${section}`} className="utrecht-select utrecht-select--html-select afk-select-wide" {...request.register("itemRef")}>
                <option value="">{t("requestChanges.wholeSection")}</option>
                {questions.map((question) => (
                  <option key={question.ref} value={question.ref}>
                    {question.label}
                  </option>
                ))}
              </select>
            </div>
            <Paragraph>
              <SubmitButton appearance="secondary-action-button" disabled={request.formState.isSubmitting}>
                {t("requestChanges.button")}
              </SubmitButton>
            </Paragraph>
          </ActionForm>
        ) : null}
      </div>
    </>
  );
}
