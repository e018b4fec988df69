"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { FormSelect } from "@/components/forms/form-select";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveFactOverrideAction } from "@/lib/catalogue/actions";
import { FACT_VALUE_MAX, factOverrideInput, type FactKey, type FactOverrideInput } from "@/lib/catalogue/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export type FactOption = {
  key: FactKey;
  label: string;
  /** The value in force now, so the form starts from it. */
  current: string;
  /** The allowed values with their labels for closed lists; null for free text. */
  values: { value: string; label: string }[] | null;
};

/**
 * The administrator records the municipality's own finding for one fact. A source is required:
 * an override without one would be a claim nobody can check.
 */
export function FactOverrideForm({
  municipalitySlug,
  channelId,
  facts,
  initialFact,
  today,
}: {
  municipalitySlug: string;
  channelId: string;
  facts: FactOption[];
  initialFact: FactKey;
  today: string;
}) {
  const t = useTranslations("catalogue.override");
  const router = useRouter();
  const byKey = new Map(facts.map((fact) => [fact.key, fact]));
  const defaults = (fact: FactOption): FactOverrideInput => ({
    channelId,
    factKey: fact.key,
    value: fact.current,
    sourcePublisher: "",
    sourceTitle: "",
    sourceUrl: "",
    checkedAt: today,
  });
  const form = useForm<FactOverrideInput>({ resolver: zodResolver(factOverrideInput), defaultValues: defaults(byKey.get(initialFact) ?? facts[0]) });
  const { submit, formError, errorOf } = useActionForm(form);
  const [saved, setSaved] = useState<string | null>(null);
  const selected = byKey.get(form.watch("factKey")) ?? facts[0];

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(null);
    const result = await submit((input) => saveFactOverrideAction({ ...input, municipalitySlug }), values);
    if (result.ok) {
      setSaved(selected.label);
      form.reset({ ...defaults(selected), value: values.value });
      router.refresh();
    }
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("saved", { fact: saved })}</Paragraph>
        </Alert>
      ) : null}
      <FormSelect
        id="override-fact"
        label={t("fact")}
        options={facts.map((fact) => ({ value: fact.key, label: fact.label }))}
        error={errorOf("factKey")}
        registration={form.register("factKey", {
          onChange: (event: React.ChangeEvent<HTMLSelectElement>) => {
            const fact = byKey.get(event.target.value as FactKey);
            if (fact) form.setValue("value", fact.current);
            form.clearErrors("value");
          },
        })}
      />
      {selected.values ? (
        <FormSelect id="override-value" label={t("value")} options={selected.values} error={errorOf("value")} registration={form.register("value")} />
      ) : (
        <TextField
          label={t("value")}
          registration={form.register("value")}
          error={errorOf("value")}
          maxLength={FACT_VALUE_MAX}
          required
        />
      )}
      <TextField label={t("publisher")} registration={form.register("sourcePublisher")} error={errorOf("sourcePublisher")} maxLength={200} required />
      <TextField label={t("sourceTitle")} registration={form.register("sourceTitle")} error={errorOf("sourceTitle")} maxLength={300} required />
      <TextField label={t("url")} type="url" registration={form.register("sourceUrl")} error={errorOf("sourceUrl")} />
      <TextField
        label={t("checkedAt")}
        description={t("checkedAtHint")}
        type="date"
        registration={form.register("checkedAt")}
        error={errorOf("checkedAt")}
        required
      />
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </SubmitButton>
    </ActionForm>
  );
}
