"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, Button, Link, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction } from "@/lib/auth/actions";
import { acceptInvitationInput, type AcceptInvitationInput } from "@/lib/auth/schema";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("auth.invite");
  const tNav = useTranslations("common.nav");
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationInput),
    defaultValues: { token, name: "", password: "", confirmPassword: "" },
  });
  const { submit, formError, errorOf } = useActionForm(form);
  const [done, setDone] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    if ((await submit(acceptInvitationAction, values)).ok) setDone(true);
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
    <form onSubmit={onSubmit} noValidate className="afk-form afk-stack">
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
      <Button type="submit" appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
