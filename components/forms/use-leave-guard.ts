"use client";

import { useEffect, useId, useRef } from "react";

/** What one form part has that would be lost: anything not yet stored, and input that was refused. */
export type Unsaved = { unsaved: boolean; refused: boolean };

const guards = new Map<string, { current: () => Unsaved }>();
let confirmMessage = "";

const anyGuard = (key: keyof Unsaved) => [...guards.values()].some((guard) => guard.current()[key]);

function warnBeforeUnload(event: BeforeUnloadEvent) {
  if (!anyGuard("unsaved")) return;
  event.preventDefault();
  // Older browsers show the dialog only when returnValue is set.
  event.returnValue = "";
}

/**
 * In-app links (next/link) change the page without unloading it, so beforeunload does not fire.
 * A save already under way finishes after such a move, so only refused input needs the question.
 * Listening on the document in the capture phase runs before React's own click handling.
 */
function confirmInAppLink(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download")) return;
  if (new URL(anchor.href, window.location.href).origin !== window.location.origin) return;
  if (!anyGuard("refused") || window.confirm(confirmMessage)) return;
  event.preventDefault();
  event.stopPropagation();
}

/**
 * Asks before the page is left while `state()` reports input that would be lost: on closing or
 * reloading (the browser's own dialog) and, for refused input, on an in-app link. `state` is read
 * at the moment of leaving, so it may read refs.
 */
export function useLeaveGuard(state: () => Unsaved, message: string) {
  const id = useId();
  const latest = useRef(state);
  latest.current = state;
  confirmMessage = message;

  useEffect(() => {
    if (guards.size === 0) {
      window.addEventListener("beforeunload", warnBeforeUnload);
      document.addEventListener("click", confirmInAppLink, true);
    }
    guards.set(id, latest);
    return () => {
      guards.delete(id);
      if (guards.size === 0) {
        window.removeEventListener("beforeunload", warnBeforeUnload);
        document.removeEventListener("click", confirmInAppLink, true);
      }
    };
  }, [id]);
}
