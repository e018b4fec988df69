"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { deleteImportAction } from "@/lib/policy/actions";

/** Deletes what one import brought in, after a second click to confirm; for administrators. */
export function DeleteImportButton({ municipalitySlug, objectId, label }: { municipalitySlug: string; objectId: string; label: string }) {
  const t = useTranslations("policy.import.list");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await deleteImportAction({ municipalitySlug, objectId });
        if (result.ok) {
          setConfirming(false);
          router.refresh();
          return;
        }
        setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
      } catch {
        setError(tFailed("server_error"));
      }
    });

  return (
    <div className="afk-stack">
      {confirming ? (
        <>
          <p>{t("confirm", { what: label })}</p>
          <div className="afk-cell-actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={pending} onClick={remove}>
              {t("confirmDelete")}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={pending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirming(true)} aria-label={`${t("delete")}: ${label}`}>
          {t("delete")}
        </button>
      )}
      {error ? (
        <p role="alert" className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
    </div>
  );
}
