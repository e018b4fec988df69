"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { removeFactOverrideAction } from "@/lib/catalogue/actions";
import type { FactKey } from "@/lib/catalogue/schema";

/** Withdraws the municipality's own source for one fact; the catalogue fact is in force again. */
export function RemoveOverrideButton({ municipalitySlug, channelId, factKey, factLabel }: { municipalitySlug: string; channelId: string; factKey: FactKey; factLabel: string }) {
  const t = useTranslations("catalogue.override");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const remove = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await removeFactOverrideAction({ municipalitySlug, channelId, factKey });
        if (result.ok) router.refresh();
        else setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
      } catch {
        setError(tFailed("server_error"));
      }
    });

  return (
    <>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={pending} onClick={remove}>
        {t("remove")}
        <span className="afk-visually-hidden"> {t("forFact", { fact: factLabel })}</span>
      </button>
      {error ? (
        <span role="alert" className="utrecht-form-field-error-message">
          {error}
        </span>
      ) : null}
    </>
  );
}
