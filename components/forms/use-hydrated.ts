"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true from then on. A form that acts only
 * through React (the wizard's autosave, a comment) is disabled until then: a choice made before
 * the page's script ran would show as made and never be saved, and a comment sent would be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
