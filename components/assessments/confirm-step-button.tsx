"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { FormError } from "@/components/forms/form-error";
import { confirmStepUnchangedAction } from "@/lib/assessments/actions";

/** One action for a whole step of next year's assessment: its carried-over answers stand as they were. */
export function ConfirmStepButton({
  municipalitySlug,
  assessmentId,
  stepId,
  label,
  awaiting,
}: {
  municipalitySlug: string;
  assessmentId: string;
  stepId: string;
  label: string;
  /** Carried answers of the step still to confirm; with none the button goes, the outcome stays readable. */
  awaiting: number;
}) {
  const t = useTranslations("assessments.nextYear");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <FormError message={error} />
      {awaiting > 0 ? (
        <Paragraph>
          <Button
            appearance="primary-action-button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                const result = await confirmStepUnchangedAction({ municipalitySlug, assessmentId, stepId });
                if (result.ok) {
                  setDone(t("confirmed", { count: result.data.confirmed }));
                  router.refresh();
                } else setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
              } catch {
                setError(tFailed("server_error"));
              } finally {
                setBusy(false);
              }
            }}
          >
            {label}
          </Button>
        </Paragraph>
      ) : null}
      <div role="status">{done ? <Paragraph>{done}</Paragraph> : null}</div>
    </>
  );
}
