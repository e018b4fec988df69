"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { inviteInput, type InviteInput } from "@/lib/auth/schema";
import { inviteMemberAction } from "@/lib/municipalities/actions";
import { roles } from "@/lib/auth/permissions";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export function InviteForm({ municipalitySlug }: { municipalitySlug: string }) {
  const t = useTranslations("admin.members");
  const tRoles = useTranslations("common.roles");
  const router = useRouter();
  const form = useForm<InviteInput>({ resolver: zodResolver(inviteInput), defaultValues: { municipalitySlug, email: "", roles: [] } });
  const { submit, formError, errorOf } = useActionForm(form);
  const [invited, setInvited] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setInvited(null);
    if ((await submit(inviteMemberAction, values)).ok) {
      setInvited(values.email);
      form.reset({ municipalitySlug, email: "", roles: [] });
      router.refresh();
    }
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {invited ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("invited", { email: invited })}</Paragraph>
        </Alert>
      ) : null}
      <TextField label={t("inviteEmail")} type="email" autoComplete="off" registration={form.register("email")} error={errorOf("email")} required />
      <ChoiceGroup
        legend={t("inviteRoles")}
        multiple
        registration={form.register("roles")}
        error={errorOf("roles")}
        options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
      />
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("inviteSubmit")}
      </SubmitButton>
    </ActionForm>
  );
}
