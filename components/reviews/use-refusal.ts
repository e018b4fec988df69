"use client";

import { useTranslations } from "next-intl";

/**
 * The review actions refuse with a reason (details.reason, see lib/reviews/transitions.ts);
 * this turns it into the sentence that says exactly why, or null for other failures.
 */
export function useRefusal() {
  const t = useTranslations("reviews.refusals");
  return (result: { ok: boolean; details?: unknown }): string | null => {
    if (result.ok) return null;
    const reason = (result.details as { reason?: unknown } | undefined)?.reason;
    return typeof reason === "string" && t.has(reason) ? t(reason) : null;
  };
}
