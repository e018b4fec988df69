"use client";

import type { ComponentProps } from "react";
import { Button } from "@utrecht/component-library-react";
import { useHydrated } from "@/components/forms/use-hydrated";

/**
 * The submit button of an ActionForm: disabled until the page's script runs. Before that the
 * browser would send the form itself, as a GET of the page with what was typed (a password too)
 * in the address, and save nothing. With its submit button disabled a form cannot be sent at all,
 * not by Enter in a field either (a disabled default button stops implicit submission), while its
 * fields can be filled in (and by the browser's saved sign-in details): react-hook-form keeps what
 * was typed before it was ready.
 */
export function SubmitButton({ disabled, ...props }: Omit<ComponentProps<typeof Button>, "type">) {
  const hydrated = useHydrated();
  return <Button {...props} type="submit" disabled={!hydrated || disabled} />;
}
