"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRefusal } from "@/components/reviews/use-refusal";

type Result = { ok: true; data: unknown } | { ok: false; code: string; fieldErrors?: Record<string, string>; details?: unknown };

/**
 * Submits a reviewer's form to its action: on success it says so and refreshes the page; a
 * refusal by the workflow (wrong state, four eyes) shows its reason above the form.
 */
export function useReviewSubmit<V extends FieldValues>(form: UseFormReturn<V>, action: (values: V) => Promise<Result>) {
  const router = useRouter();
  const refusal = useRefusal();
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await submit(action, values);
    if (result.ok) {
      setSaved(true);
      router.refresh();
    } else {
      const reason = refusal(result);
      if (reason) setFormError(reason);
    }
  });

  return { onSubmit, saved, formError, errorOf };
}
