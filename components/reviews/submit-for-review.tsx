"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { FormError } from "@/components/forms/form-error";
import { useRefusal } from "@/components/reviews/use-refusal";
import { submitForReviewAction } from "@/lib/reviews/actions";
import { FormSuccess } from "@/components/forms/form-success";

/** The advisor hands the assessment to the reviewers (again, after changes were requested). */
export function SubmitForReview({
  municipalitySlug,
  assessmentId,
  label,
  canSubmit,
}: {
  municipalitySlug: string;
  assessmentId: string;
  label: string;
  /** False once submitted: the component stays mounted so its confirmation stays readable. */
  canSubmit: boolean;
}) {
  const t = useTranslations("reviews.submit");
  const tFailed = useTranslations("common.actionFailed");
  const refusal = useRefusal();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const result = await submitForReviewAction({ municipalitySlug, assessmentId });
      if (result.ok) {
        setDone(true);
        router.refresh();
      } else setError(refusal(result) ?? (tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error")));
    } catch {
      setError(tFailed("server_error"));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="afk-stack">
      <FormError message={error} />
      {canSubmit ? (
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => void submit()} disabled={pending}>
            {label}
          </Button>
        </Paragraph>
      ) : null}
      <FormSuccess message={done ? t("done") : null} />
    </div>
  );
}
