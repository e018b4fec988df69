"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { setRolesInput, type SetRolesInput } from "@/lib/auth/schema";
import { setMemberRolesAction } from "@/lib/municipalities/actions";
import { roles, type Role } from "@/lib/auth/permissions";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export function MemberRolesForm({ municipalitySlug, member }: { municipalitySlug: string; member: { id: string; name: string; roles: Role[] } }) {
  const t = useTranslations("admin.members");
  const tRoles = useTranslations("common.roles");
  const form = useForm<SetRolesInput>({
    resolver: zodResolver(setRolesInput),
    defaultValues: { municipalitySlug, userId: member.id, roles: member.roles },
  });
  const { submit, formError, errorOf } = useActionForm(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if ((await submit(setMemberRolesAction, values)).ok) setSaved(true);
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-stack">
      <FormError message={formError} />
      <ChoiceGroup
        legend={t("rolesFor", { name: member.name })}
        multiple
        registration={form.register("roles")}
        error={errorOf("roles")}
        options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
      />
      <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {t("saveRoles")}
      </SubmitButton>
      <div role="status">{saved ? <Paragraph>{t("rolesSaved", { name: member.name })}</Paragraph> : null}</div>
    </ActionForm>
  );
}
