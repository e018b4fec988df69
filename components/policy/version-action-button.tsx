"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createDraftAction, publishVersionAction, startNextYearAction } from "@/lib/policy/actions";

const actions = { createDraft: createDraftAction, startNextYear: startNextYearAction, publish: publishVersionAction };

/** One button for one step on a version: start a draft, start next year's version, publish. */
export function VersionActionButton({
  municipalitySlug,
  year,
  action,
  label,
  primary = false,
  goTo,
}: {
  municipalitySlug: string;
  year: number;
  action: keyof typeof actions;
  label: string;
  primary?: boolean;
  /** Where to go after success; the current page is refreshed when omitted. */
  goTo?: string;
}) {
  const t = useTranslations("policy.actions");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = () =>
    startTransition(async () => {
      setError(null);
      setDone(null);
      try {
        const result = await actions[action]({ municipalitySlug, year });
        if (result.ok) {
          setDone(t(`done.${action}`));
          if (goTo) router.push(goTo);
          else router.refresh();
          return;
        }
        const reason = (result.details as { reason?: string } | undefined)?.reason;
        setError(reason && t.has(`refused.${reason}`) ? t(`refused.${reason}`) : tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
      } catch {
        setError(tFailed("server_error"));
      }
    });

  return (
    <div className="afk-stack">
      <button type="button" className={`utrecht-button utrecht-button--${primary ? "primary" : "secondary"}-action`} disabled={pending} onClick={run}>
        {label}
      </button>
      {error ? (
        <p role="alert" className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="afk-muted">
          {done}
        </p>
      ) : null}
    </div>
  );
}
