"use client";

import { useTranslations } from "next-intl";

/** The evaluation's refusals (details.reason, lib/evaluations/transitions.ts) as the sentence that says why. */
export function useEvaluationRefusal() {
  const t = useTranslations("evaluations");
  return (result: { ok: boolean; code?: string; details?: unknown }): string | null => {
    if (result.ok) return null;
    if (result.code === "conflict") return t("form.conflict");
    const reason = (result.details as { reason?: unknown } | undefined)?.reason;
    return typeof reason === "string" && t.has(`refusals.${reason}`) ? t(`refusals.${reason}`) : null;
  };
}
