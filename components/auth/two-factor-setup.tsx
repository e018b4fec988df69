"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Heading2, Link, OrderedList, OrderedListItem, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { confirmTwoFactorSetupAction, startTwoFactorSetupAction } from "@/lib/auth/actions";
import {
  confirmTwoFactorSetupInput,
  startTwoFactorSetupInput,
  type ConfirmTwoFactorSetupInput,
  type StartTwoFactorSetupInput,
} from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Started = { secret: string; uri: string; recoveryCodes: string[] };

/**
 * Setting up an authenticator in two steps: the password (when the account has one) gives the
 * secret and the recovery codes; a code from the app then switches the second factor on.
 */
export function TwoFactorSetup({ hasPassword, next }: { hasPassword: boolean; next: string }) {
  const [started, setStarted] = useState<Started | null>(null);
  return started ? <ConfirmStep started={started} next={next} /> : <StartStep hasPassword={hasPassword} onStarted={setStarted} />;
}

function StartStep({ hasPassword, onStarted }: { hasPassword: boolean; onStarted: (started: Started) => void }) {
  const t = useTranslations("auth.twoFactor");
  const form = useForm<StartTwoFactorSetupInput>({ resolver: zodResolver(startTwoFactorSetupInput), defaultValues: { password: "" } });
  const { submit, formError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(startTwoFactorSetupAction, values);
    if (result.ok) onStarted(result.data);
  });
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {hasPassword ? (
        <TextField
          label={t("password")}
          description={t("passwordHint")}
          type="password"
          autoComplete="current-password"
          registration={form.register("password")}
          error={errorOf("password")}
          required
        />
      ) : null}
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("start")}
      </SubmitButton>
    </ActionForm>
  );
}

function ConfirmStep({ started, next }: { started: Started; next: string }) {
  const t = useTranslations("auth.twoFactor");
  const form = useForm<ConfirmTwoFactorSetupInput>({ resolver: zodResolver(confirmTwoFactorSetupInput), defaultValues: { code: "" } });
  const { submit, formError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(confirmTwoFactorSetupAction, values);
    // A full navigation: the session was renewed with the second factor on.
    if (result.ok) window.location.assign(next);
  });
  return (
    <div className="afk-stack">
      <Heading2>{t("scanTitle")}</Heading2>
      <Paragraph>{t("scanIntro")}</Paragraph>
      <Paragraph>
        {t("secretLabel")} <code data-testid="totp-secret">{started.secret}</code>
      </Paragraph>
      <Paragraph>
        <Link href={started.uri}>{t("openInApp")}</Link>
      </Paragraph>
      <Heading2>{t("recoveryTitle")}</Heading2>
      <Paragraph>{t("recoveryIntro")}</Paragraph>
      <OrderedList data-testid="recovery-codes">
        {started.recoveryCodes.map((code) => (
          <OrderedListItem key={code}>
            <code>{code}</code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <Heading2>{t("confirmTitle")}</Heading2>
      <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
        <FormError message={formError} />
        <TextField label={t("code")} description={t("codeHint")} autoComplete="one-time-code" registration={form.register("code")} error={errorOf("code")} maxLength={6} required />
        <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
          {t("confirm")}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
