"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteImportAction } from "@/lib/policy/actions";

/** Deletes what one import brought in, after a second click to confirm; for administrators. */
export function DeleteImportButton({ municipalitySlug, objectId, label }: { municipalitySlug: string; objectId: string; label: string }) {
  const t = useTranslations("policy.import.list");
  return (
    <ConfirmActionButton
      action={() => deleteImportAction({ municipalitySlug, objectId })}
      labels={{ button: t("delete"), accessibleName: `${t("delete")}: ${label}`, question: t("confirm", { what: label }), confirm: t("confirmDelete"), cancel: t("cancel") }}
    />
  );
}
