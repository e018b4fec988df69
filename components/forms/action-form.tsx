"use client";

import type { FormHTMLAttributes, ReactNode } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";

/**
 * A form that sends through React (react-hook-form and a server action). Its fields and buttons
 * are disabled until the page's script runs: before that the browser would send the form itself,
 * as a GET of the page with what was typed (a password too) in the address, and save nothing.
 * Every form with `onSubmit` is one of these (tests/forms.test.ts).
 */
export function ActionForm({ children, ...form }: FormHTMLAttributes<HTMLFormElement> & { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <form noValidate {...form}>
      <fieldset disabled={!hydrated} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset afk-stack">
        {children}
      </fieldset>
    </form>
  );
}
