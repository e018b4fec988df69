"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Alert, Button, Heading3, Paragraph } from "@utrecht/component-library-react";
import { TextareaField, TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteRiskAction, saveRiskAction } from "@/lib/assessments/actions";
import { riskLimits } from "@/lib/assessments/limits";
import type { RiskInput } from "@/lib/assessments/schema";
import { ownerRoles, type OwnerRole } from "@/lib/frameworks/roles";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Family = { id: string; title: string; description: string; owner: string };
type Risk = {
  id: string;
  familyId: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  measures: string;
  ownerRole: OwnerRole;
  version: number;
};

const levels = ["1", "2", "3", "4", "5"] as const;

/** Add a risk (from a known family or the advisor's own) or change one; one form, picked per risk. */
export function RiskEditor({ municipalitySlug, assessmentId, families, risks }: { municipalitySlug: string; assessmentId: string; families: Family[]; risks: Risk[] }) {
  const t = useTranslations("assessments.risk");
  const tRoles = useTranslations("common.roles");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [editing, setEditing] = useState<Risk | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const empty: RiskInput = { municipalitySlug, assessmentId, familyId: "", title: "", description: "", likelihood: 3, impact: 3, measures: "", ownerRole: "privacy", expectedVersion: 0 };
  // Validated on the server only (riskInput in saveRiskAction), its errors on the fields: the
  // schema library would weigh more than the rest of the wizard's JavaScript (lib/assessments/limits.ts).
  const form = useForm<RiskInput>({ defaultValues: empty });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);

  function startEdit(risk: Risk | null) {
    setEditing(risk);
    setMessage(null);
    form.reset(risk ? { ...empty, ...risk, riskId: risk.id, expectedVersion: risk.version } : empty);
  }

  function pickFamily(familyId: string) {
    const family = families.find((candidate) => candidate.id === familyId);
    if (!family) return;
    if (!form.getValues("title")) form.setValue("title", family.title);
    if (!form.getValues("description")) form.setValue("description", family.description);
    form.setValue("ownerRole", family.owner as Risk["ownerRole"]);
  }

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(saveRiskAction, values);
    if (result.ok) {
      setMessage(t("saved"));
      startEdit(null);
      setMessage(t("saved"));
      router.refresh();
    }
  });

  async function remove(risk: Risk) {
    const result = await deleteRiskAction({ municipalitySlug, assessmentId, riskId: risk.id });
    if (result.ok) {
      setMessage(t("deleted"));
      router.refresh();
    } else setFormError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
  }

  return (
    <div className="afk-stack">
      {message ? (
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
      {risks.length ? (
        <ul className="afk-risk-actions">
          {risks.map((risk) => (
            <li key={risk.id}>
              {risk.title}{" "}
              <Button appearance="subtle-button" onClick={() => startEdit(risk)} aria-label={`${t("edit")}: ${risk.title}`}>
                {t("edit")}
              </Button>{" "}
              <Button appearance="subtle-button" onClick={() => void remove(risk)} aria-label={`${t("delete")}: ${risk.title}`}>
                {t("delete")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <ActionForm onSubmit={onSubmit} className="afk-form afk-stack afk-card">
        <Heading3>{editing ? `${t("edit")}: ${editing.title}` : t("add")}</Heading3>
        <FormError message={formError} />
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="risk-family">
            {t("family")}
          </label>
          <select
            id="risk-family"
            className="utrecht-select utrecht-select--html-select"
            {...form.register("familyId", { onChange: (event) => pickFamily(event.target.value) })}
          >
            <option value="">{t("customFamily")}</option>
            {families.map((family) => (
              <option key={family.id} value={family.id}>
                {family.title}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t("riskTitle")} registration={form.register("title")} error={errorOf("title")} required maxLength={riskLimits.title} />
        <TextareaField label={t("description")} registration={form.register("description")} error={errorOf("description")} maxLength={riskLimits.description} />
        {(["likelihood", "impact"] as const).map((field) => (
          <div key={field} className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`risk-${field}`}>
              {t(field)}
            </label>
            {errorOf(field) ? <p className="utrecht-form-field-error-message">{errorOf(field)}</p> : null}
            <select id={`risk-${field}`} className="utrecht-select utrecht-select--html-select" {...form.register(field, { valueAsNumber: true })}>
              {levels.map((level) => (
                <option key={level} value={level}>
                  {t(`levels.${level}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <TextareaField label={t("measures")} registration={form.register("measures")} error={errorOf("measures")} maxLength={riskLimits.measures} />
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="risk-owner">
            {t("ownerRole")}
          </label>
          <select id="risk-owner" className="utrecht-select utrecht-select--html-select" {...form.register("ownerRole")}>
            {ownerRoles.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </div>
        <Paragraph>
          <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
            {t("save")}
          </SubmitButton>
          {editing ? (
            <>
              {" "}
              <Button appearance="secondary-action-button" onClick={() => startEdit(null)}>
                {t("add")}
              </Button>
            </>
          ) : null}
        </Paragraph>
      </ActionForm>
    </div>
  );
}
