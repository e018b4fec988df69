"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@utrecht/component-library-react";
import { FormError } from "@/components/forms/form-error";
import { acknowledgeFactsAction } from "@/lib/assessments/actions";

export function AcknowledgeFactsButton({ municipalitySlug, assessmentId, label }: { municipalitySlug: string; assessmentId: string; label: string }) {
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <FormError message={error} />
      <Button
        appearance="secondary-action-button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await acknowledgeFactsAction({ municipalitySlug, assessmentId });
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
        }}
      >
        {label}
      </Button>
    </>
  );
}
