"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button, ButtonGroup, Link, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { verifyTwoFactorAction } from "@/lib/auth/actions";
import { verifyTwoFactorInput, type VerifyTwoFactorInput } from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

/** The second step of signing in: the code from the authenticator app, or a recovery code instead. */
export function TwoFactorSignInForm({ next }: { next: string }) {
  const t = useTranslations("auth.twoFactorSignIn");
  const form = useForm<VerifyTwoFactorInput>({ resolver: zodResolver(verifyTwoFactorInput), defaultValues: { method: "totp", code: "", next } });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const method = form.watch("method");

  const onSubmit = form.handleSubmit(async (values) => {
    setBusy(true);
    setExpired(false);
    const result = await verifyTwoFactorAction(values);
    if (result.ok) {
      window.location.assign(result.data.next);
      return;
    }
    setBusy(false);
    if (result.code === "locked") setFormError(t("locked"));
    else if (result.code === "expired") {
      setFormError(t("expired"));
      setExpired(true);
    } else await submit(async () => result, values);
  });

  function switchMethod() {
    form.reset({ method: method === "totp" ? "recovery_code" : "totp", code: "", next });
    form.setFocus("code");
  }

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {expired ? (
        <Paragraph>
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>{t("signInAgain")}</Link>
        </Paragraph>
      ) : null}
      {method === "totp" ? (
        <TextField label={t("code")} description={t("codeHint")} autoComplete="one-time-code" registration={form.register("code")} error={errorOf("code")} maxLength={6} required />
      ) : (
        <TextField label={t("recoveryCode")} description={t("recoveryCodeHint")} autoComplete="off" registration={form.register("code")} error={errorOf("code")} maxLength={32} required />
      )}
      <ButtonGroup>
        <SubmitButton appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </SubmitButton>
        <Button type="button" appearance="subtle-button" onClick={switchMethod}>
          {method === "totp" ? t("useRecoveryCode") : t("useApp")}
        </Button>
      </ButtonGroup>
    </ActionForm>
  );
}
