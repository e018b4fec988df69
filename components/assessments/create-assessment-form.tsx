"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Heading2 } from "@utrecht/component-library-react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { FormSelect } from "@/components/forms/form-select";
import { useActionForm } from "@/components/forms/use-action-form";
import { createAssessmentAction } from "@/lib/assessments/actions";
import { createAssessmentInput, type CreateAssessmentInput } from "@/lib/assessments/schema";
import { channelKinds } from "@/lib/catalogue/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type ChannelOption = { id: string; name: string; kind: string };

export function CreateAssessmentForm({ municipalitySlug, year, channels }: { municipalitySlug: string; year: number; channels: ChannelOption[] }) {
  const t = useTranslations("assessments");
  const form = useForm<CreateAssessmentInput>({
    resolver: zodResolver(createAssessmentInput),
    defaultValues: { municipalitySlug, year, channelId: "", customName: "", customBase: "", customSelfHosted: false, customHost: "", carryForward: true },
  });
  const { submit, formError, errorOf } = useActionForm(form);

  const onSubmit = form.handleSubmit(async (values) => {
    const cleaned = {
      ...values,
      channelId: values.channelId || undefined,
      customName: values.customName || undefined,
      customBase: values.customBase || undefined,
      customHost: values.customHost || undefined,
    };
    const result = await submit(createAssessmentAction, cleaned as CreateAssessmentInput);
    if (result.ok) window.location.assign(`/m/${municipalitySlug}/assessments/${result.data.assessmentId}`);
  });

  const channelError = errorOf("channelId");
  const baseError = errorOf("customBase");
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <TextField label={t("year")} type="number" registration={form.register("year", { valueAsNumber: true })} error={errorOf("year")} required />
      <div className={`utrecht-form-field${channelError ? " utrecht-form-field--invalid" : ""}`}>
        <label className="utrecht-form-label" htmlFor="channel">
          {t("create.channel")}
        </label>
        {channelError ? (
          <div id="channel-error" className="utrecht-form-field-error-message">
            {channelError}
          </div>
        ) : null}
        <select
          id="channel"
          {...form.register("channelId")}
          aria-invalid={channelError ? true : undefined}
          aria-describedby={channelError ? "channel-error" : undefined}
          className="utrecht-select utrecht-select--html-select"
        >
          <option value="">{t("create.chooseChannel")}</option>
          {channelKinds.map((kind) => (
            <optgroup key={kind} label={t(`kinds.${kind}`)}>
              {channels
                .filter((channel) => channel.kind === kind)
                .map((channel) => (
                  <option key={channel.id} value={channel.id}>
                    {channel.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Heading2>{t("create.orCustom")}</Heading2>
      <TextField label={t("create.customName")} registration={form.register("customName")} error={errorOf("customName")} maxLength={120} />
      <ChoiceGroup
        legend={t("create.customKind")}
        registration={form.register("customKind")}
        error={errorOf("customKind")}
        options={channelKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <FormSelect
        id="custom-base"
        label={t("create.customBase")}
        description={t("create.customBaseHelp")}
        registration={form.register("customBase")}
        error={baseError}
        options={[{ value: "", label: t("create.noBase") }, ...channels.map((channel) => ({ value: channel.id, label: channel.name }))]}
      />
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input id="custom-self-hosted" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" {...form.register("customSelfHosted")} />{" "}
        <label htmlFor="custom-self-hosted" className="utrecht-form-label utrecht-form-label--checkbox">
          {t("create.customSelfHosted")}
        </label>
      </div>
      <TextField
        label={t("create.customHost")}
        description={t("create.customHostHelp")}
        registration={form.register("customHost")}
        error={errorOf("customHost")}
        maxLength={253}
      />
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input id="carry-forward" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" {...form.register("carryForward")} />{" "}
        <label htmlFor="carry-forward" className="utrecht-form-label utrecht-form-label--checkbox">
          {t("create.carryForward")}
        </label>
      </div>
      <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
        {t("create.submit")}
      </SubmitButton>
    </ActionForm>
  );
}
