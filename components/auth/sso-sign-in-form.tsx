"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { startSsoSignInAction } from "@/lib/auth/actions";
import type { StartSsoSignInInput } from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

/** Signing in with the municipality's own account: by the e-mail address, or by choosing the municipality. */
export function SsoSignInForm({ municipalities, next }: { municipalities: { slug: string; name: string }[]; next: string }) {
  const t = useTranslations("auth.sso");
  // Validated on the server only, like the password form beside it (sign-in-form.tsx says why).
  const form = useForm<StartSsoSignInInput>({ defaultValues: { email: "", next } });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [busy, setBusy] = useState(false);

  async function start(values: StartSsoSignInInput) {
    setBusy(true);
    const result = await startSsoSignInAction(values);
    if (result.ok) {
      // To the municipality's identity provider; it sends the browser back to the app.
      window.location.assign(result.data.url);
      return;
    }
    setBusy(false);
    if (result.code === "unavailable") setFormError(t("refused.unavailable"));
    else await submit(async () => result, values);
  }

  return (
    <div className="afk-stack">
      <ActionForm onSubmit={form.handleSubmit(start)} className="afk-form afk-stack">
        <FormError message={formError} />
        <TextField label={t("email")} description={t("emailHint")} type="email" autoComplete="username" registration={form.register("email")} error={errorOf("email")} required />
        <SubmitButton appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t("continue")}
        </SubmitButton>
      </ActionForm>
      {municipalities.length > 0 ? (
        <>
          <Paragraph>{t("orChoose")}</Paragraph>
          <ButtonGroup>
            {municipalities.map((municipality) => (
              <Button key={municipality.slug} type="button" appearance="secondary-action-button" disabled={busy} onClick={() => start({ municipalitySlug: municipality.slug, next })}>
                {municipality.name}
              </Button>
            ))}
          </ButtonGroup>
        </>
      ) : null}
    </div>
  );
}
