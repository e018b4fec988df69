"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, Link, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction, acceptInvitationSignedInAction } from "@/lib/auth/actions";
import {
  acceptInvitationInput,
  acceptInvitationSignedInInput,
  type AcceptInvitationInput,
  type AcceptInvitationSignedInInput,
} from "@/lib/auth/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

const refusalReasons = ["account_exists", "not_invitee"] as const;
type RefusalReason = (typeof refusalReasons)[number];

/** The reason an invitation was refused, when it is one the person can act on. */
function refusalReasonOf(result: { ok: boolean; details?: unknown }): RefusalReason | null {
  if (result.ok) return null;
  const reason = (result.details as { reason?: unknown } | undefined)?.reason;
  return refusalReasons.find((known) => known === reason) ?? null;
}

/** For an address without an account: the account is created with the name and password typed here. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("auth.invite");
  const tNav = useTranslations("common.nav");
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationInput),
    defaultValues: { token, name: "", password: "", confirmPassword: "" },
  });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const [done, setDone] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(acceptInvitationAction, values);
    const reason = refusalReasonOf(result);
    if (reason) setFormError(t(`refused.${reason}`));
    if (result.ok) setDone(true);
  });

  if (done) {
    return (
      <Alert type="ok" role="status">
        <Paragraph>
          {t("done")} <Link href="/sign-in">{tNav("signIn")}</Link>
        </Paragraph>
      </Alert>
    );
  }
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <TextField label={t("name")} autoComplete="name" registration={form.register("name")} error={errorOf("name")} required />
      <TextField label={t("password")} type="password" autoComplete="new-password" registration={form.register("password")} error={errorOf("password")} required />
      <TextField
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        registration={form.register("confirmPassword")}
        error={errorOf("confirmPassword")}
        required
      />
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </SubmitButton>
    </ActionForm>
  );
}

/** For the account that is signed in and invited: one button, no password. */
export function AcceptInvitationSignedInForm({ token, municipality }: { token: string; municipality: { slug: string; name: string } }) {
  const t = useTranslations("auth.invite");
  const form = useForm<AcceptInvitationSignedInInput>({ resolver: zodResolver(acceptInvitationSignedInInput), defaultValues: { token } });
  const { submit, formError, setFormError } = useActionForm(form);
  const [done, setDone] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(acceptInvitationSignedInAction, values);
    const reason = refusalReasonOf(result);
    if (reason) setFormError(t(`refused.${reason}`));
    if (result.ok) setDone(true);
  });

  if (done) {
    return (
      <Alert type="ok" role="status">
        <Paragraph>
          {t("accepted")} <Link href={`/m/${municipality.slug}`}>{t("openMunicipality", { municipality: municipality.name })}</Link>
        </Paragraph>
      </Alert>
    );
  }
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("accept")}
      </SubmitButton>
    </ActionForm>
  );
}
