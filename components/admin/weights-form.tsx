"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveWeightsAction } from "@/lib/municipalities/actions";
import { saveWeightsInput, type SaveWeightsInput } from "@/lib/municipalities/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type Dimension = { id: string; title: string; description: string; defaultWeight: number };

/** Dimension ids contain dots ("baseline.equal-safe"), which react-hook-form reads as nesting. */
function nested(weights: Record<string, number>) {
  const result: Record<string, Record<string, number>> = {};
  for (const [id, weight] of Object.entries(weights)) {
    const [group, name] = id.split(".");
    result[group] = { ...result[group], [name]: weight };
  }
  return result as unknown as SaveWeightsInput["weights"];
}

export function WeightsForm({ municipalitySlug, dimensions, weights }: { municipalitySlug: string; dimensions: Dimension[]; weights: Record<string, number> }) {
  const t = useTranslations("scoring.weights");
  const tCommon = useTranslations("common");
  const defaults = Object.fromEntries(dimensions.map((dimension) => [dimension.id, dimension.defaultWeight]));
  const form = useForm<SaveWeightsInput>({
    resolver: zodResolver(saveWeightsInput),
    defaultValues: { municipalitySlug, weights: nested({ ...defaults, ...weights }) },
  });
  const { submit, formError, errorOf } = useActionForm(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if ((await submit(saveWeightsAction, values)).ok) setSaved(true);
  });

  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{tCommon("saved")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("help")}</Paragraph>
      {dimensions.map((dimension) => {
        const field = `weights.${dimension.id}` as `weights.${string}`;
        return (
          <TextField
            key={dimension.id}
            label={dimension.title}
            description={`${dimension.description} ${t("default", { weight: dimension.defaultWeight })}`}
            type="number"
            registration={form.register(field as never, { valueAsNumber: true })}
            error={errorOf(field as never)}
          />
        );
      })}
      <Paragraph>
        <SubmitButton appearance="primary-action-button" disabled={form.formState.isSubmitting}>
          {t("save")}
        </SubmitButton>{" "}
        <Button appearance="secondary-action-button" onClick={() => form.reset({ municipalitySlug, weights: nested(defaults) })}>
          {t("reset")}
        </Button>
      </Paragraph>
    </ActionForm>
  );
}
