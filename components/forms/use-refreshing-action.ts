"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

type Result = { ok: true } | { ok: false; code: string };

/**
 * Runs a server action from a button: on success the page is read again (the server renders what
 * changed), on a refusal or failure a translated message is kept for the button to show.
 */
export function useRefreshingAction() {
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<Result>, onDone?: () => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await call();
        if (result.ok) {
          onDone?.();
          router.refresh();
          return;
        }
        setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
      } catch {
        setError(tFailed("server_error"));
      }
    });
  return { pending, error, run };
}
