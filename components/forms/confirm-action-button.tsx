"use client";

import { useState } from "react";
import { useRefreshingAction } from "@/components/forms/use-refreshing-action";

/** The message of a failed button action, announced where the button is. */
export function ActionErrorMessage({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="utrecht-form-field-error-message">
      {message}
    </p>
  ) : null;
}

/**
 * A button for an action that cannot be undone (removing something): the first click asks, the
 * second runs the server action; the page is read again afterwards.
 */
export function ConfirmActionButton({
  action,
  labels,
}: {
  action: () => Promise<{ ok: true } | { ok: false; code: string }>;
  /** `button` is the first button's text, `accessibleName` says what it removes, `question` asks before the second click. */
  labels: { button: string; accessibleName: string; question: string; confirm: string; cancel: string };
}) {
  const { pending, error, run } = useRefreshingAction();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="afk-stack">
      {confirming ? (
        <>
          <p>{labels.question}</p>
          <div className="afk-cell-actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={pending} onClick={() => run(action, () => setConfirming(false))}>
              {labels.confirm}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={pending} onClick={() => setConfirming(false)}>
              {labels.cancel}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirming(true)} aria-label={labels.accessibleName}>
          {labels.button}
        </button>
      )}
      <ActionErrorMessage message={error} />
    </div>
  );
}
