import type { FormHTMLAttributes, ReactNode } from "react";

/**
 * A form that sends through React (react-hook-form and a server action). Its submit buttons are
 * SubmitButtons, which wait for the page's script (components/forms/submit-button.tsx); the
 * browser's own validation is off, since the form's schema gives translated errors on the fields.
 * Every form with `onSubmit` is one of these (tests/forms.test.ts).
 */
export function ActionForm({ children, ...form }: FormHTMLAttributes<HTMLFormElement> & { children: ReactNode }) {
  return (
    <form noValidate {...form}>
      {children}
    </form>
  );
}
