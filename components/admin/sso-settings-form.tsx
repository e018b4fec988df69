"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button, ButtonGroup } from "@utrecht/component-library-react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextareaField, TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { FormSuccess } from "@/components/forms/form-success";
import { useActionForm } from "@/components/forms/use-action-form";
import { removeSsoSettingsAction, saveSsoSettingsAction } from "@/lib/municipalities/actions";
import { ssoSettingsInput, type SsoSettingsInput } from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export type SsoSettingsValues = Omit<SsoSettingsInput, "municipalitySlug" | "clientSecret">;

/** The municipality's OpenID Connect provider. A stored secret is never sent back: an empty field keeps it. */
export function SsoSettingsForm({ municipalitySlug, values, hasStoredSecret }: { municipalitySlug: string; values: SsoSettingsValues | null; hasStoredSecret: boolean }) {
  const t = useTranslations("admin.sso");
  const form = useForm<SsoSettingsInput>({
    resolver: zodResolver(ssoSettingsInput),
    defaultValues: {
      municipalitySlug,
      issuer: values?.issuer ?? "",
      clientId: values?.clientId ?? "",
      secretSource: values?.secretSource ?? "stored",
      clientSecretEnv: values?.clientSecretEnv ?? "",
      clientSecret: "",
      domains: values?.domains ?? "",
      roleClaim: values?.roleClaim ?? "",
      roleMapping: values?.roleMapping ?? "",
    },
  });
  const { submit, formError, errorOf } = useActionForm(form);
  const [message, setMessage] = useState<string | null>(null);
  const secretSource = form.watch("secretSource");

  const onSubmit = form.handleSubmit(async (input) => {
    setMessage(null);
    const result = await submit(saveSsoSettingsAction, input);
    if (result.ok) {
      form.setValue("clientSecret", "");
      setMessage(t("saved"));
    }
  });

  async function remove() {
    setMessage(null);
    const result = await submit(() => removeSsoSettingsAction({ municipalitySlug }), form.getValues());
    if (result.ok) window.location.reload();
  }

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <FormSuccess message={message} />
      <TextField label={t("issuer")} description={t("issuerHint")} type="url" registration={form.register("issuer")} error={errorOf("issuer")} required />
      <TextField label={t("clientId")} registration={form.register("clientId")} error={errorOf("clientId")} required />
      <ChoiceGroup
        legend={t("secretSource")}
        options={[
          { value: "stored", label: t("secretStored") },
          { value: "env", label: t("secretEnv") },
        ]}
        registration={form.register("secretSource")}
        error={errorOf("secretSource")}
      />
      {secretSource === "env" ? (
        <TextField label={t("clientSecretEnv")} description={t("clientSecretEnvHint")} registration={form.register("clientSecretEnv")} error={errorOf("clientSecretEnv")} required />
      ) : (
        <TextField
          label={t("clientSecret")}
          description={hasStoredSecret ? t("clientSecretKeep") : t("clientSecretHint")}
          type="password"
          autoComplete="off"
          registration={form.register("clientSecret")}
          error={errorOf("clientSecret")}
          required={!hasStoredSecret}
        />
      )}
      <TextField label={t("domains")} description={t("domainsHint")} registration={form.register("domains")} error={errorOf("domains")} required />
      <TextField label={t("roleClaim")} description={t("roleClaimHint")} registration={form.register("roleClaim")} error={errorOf("roleClaim")} />
      <TextareaField label={t("roleMapping")} description={t("roleMappingHint")} registration={form.register("roleMapping")} error={errorOf("roleMapping")} rows={3} />
      <ButtonGroup>
        <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
          {t("save")}
        </SubmitButton>
        {values ? (
          <Button type="button" appearance="secondary-action-button" onClick={remove} disabled={form.formState.isSubmitting}>
            {t("remove")}
          </Button>
        ) : null}
      </ButtonGroup>
    </ActionForm>
  );
}
