"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { OpenItemsList } from "@/components/policy/open-items-list";
import { adoptVersionAction } from "@/lib/policy/actions";
import type { OpenItem } from "@/lib/policy/mutations";
import { adoptInput, type AdoptInput } from "@/lib/policy/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = { municipalitySlug: string; year: number; version: number; channelNames: Record<string, string> };

/** Adoption by an administrator: the council decision's date and reference; refused while anything is open. */
export function AdoptForm({ municipalitySlug, year, version, channelNames }: Props) {
  const t = useTranslations("policy.adopt");
  const router = useRouter();
  const form = useForm<AdoptInput>({
    resolver: zodResolver(adoptInput),
    defaultValues: { municipalitySlug, year, councilDecisionDate: "", councilDecisionRef: "", expectedVersion: version },
  });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [open, setOpen] = useState<OpenItem[] | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setOpen(null);
    const result = await submit(adoptVersionAction, values);
    if (result.ok) {
      router.refresh();
      return;
    }
    const details = (result as { details?: unknown }).details as { reason?: string; openItems?: OpenItem[] } | undefined;
    if (details?.reason === "open_items" && details.openItems) {
      setFormError(t("refusedOpen", { count: details.openItems.length }));
      setOpen(details.openItems);
    } else if (details?.reason === "policy_frozen") setFormError(t("alreadyAdopted"));
    else if (result.code === "conflict") setFormError(t("conflict"));
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {open ? (
        <Alert type="error">
          <Paragraph>{t("openTitle")}</Paragraph>
          <OpenItemsList items={open} channelNames={channelNames} slug={municipalitySlug} year={year} />
        </Alert>
      ) : null}
      <TextField label={t("date")} type="date" registration={form.register("councilDecisionDate")} error={errorOf("councilDecisionDate")} required />
      <TextField label={t("reference")} description={t("referenceHint")} registration={form.register("councilDecisionRef")} error={errorOf("councilDecisionRef")} required maxLength={200} />
      <Paragraph className="afk-muted">{t("warning")}</Paragraph>
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </SubmitButton>
    </ActionForm>
  );
}
