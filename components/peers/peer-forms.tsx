"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { FormSelect } from "@/components/forms/form-select";
import { RefusalAlert, UploadForm, useUploadForm } from "@/components/forms/upload-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { useImportProblem } from "@/components/policy/use-import-problem";
import { addInstallationAction, fetchPeerPolicyAction, removeInstallationAction, removePeerPolicyAction, uploadPeerPolicyAction } from "@/lib/peers/actions";
import { addInstallationInputWith, fetchPeerPolicyInput, type AddInstallationInput, type FetchPeerPolicyInput } from "@/lib/peers/schema";
import type { ImportProblem } from "@/lib/policy/export-import";
import { MAX_IMPORT_BYTES } from "@/lib/policy/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

type RefusalDetails = { problems?: ImportProblem[]; fetchProblem?: string; status?: number } | undefined;

/** The reasons a peer document was refused, in the user's language (the import's wording where it is the import's check). */
function useRefusal() {
  const t = useTranslations("channels.peers");
  const importProblem = useImportProblem();
  return (details: unknown): string[] | null => {
    const refusal = details as RefusalDetails;
    if (refusal?.fetchProblem) return [t.has(`fetchProblems.${refusal.fetchProblem}`) ? t(`fetchProblems.${refusal.fetchProblem}`, { status: refusal.status ?? "–" }) : t("fetchProblems.network")];
    return refusal?.problems?.map((problem) => (t.has(`problems.${problem.code}`) ? t(`problems.${problem.code}`) : importProblem(problem))) ?? null;
  };
}

function Added({ added }: { added: { peerName: string; year: number } | null }) {
  const t = useTranslations("channels.peers");
  return added ? (
    <Alert type="ok" role="status">
      <Paragraph>{t("added", added)}</Paragraph>
    </Alert>
  ) : null;
}

/** `allowPrivateAddresses` only in a test run (PEERS_ALLOW_PRIVATE_ADDRESSES, lib/peers/guard-env.ts): the server checks again either way. */
export function AddInstallationForm({ municipalitySlug, allowPrivateAddresses }: { municipalitySlug: string; allowPrivateAddresses: boolean }) {
  const t = useTranslations("channels.peers");
  const router = useRouter();
  const form = useForm<AddInstallationInput>({
    resolver: zodResolver(addInstallationInputWith({ allowPrivate: allowPrivateAddresses })),
    defaultValues: { municipalitySlug, origin: "", label: "" },
  });
  const { submit, formError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async () => {
    // The resolver turns the address into its origin; the server checks the typed text again.
    if ((await submit(addInstallationAction, form.getValues())).ok) {
      form.reset({ municipalitySlug, origin: "", label: "" });
      router.refresh();
    }
  });
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <TextField label={t("installation.label")} registration={form.register("label")} error={errorOf("label")} required maxLength={100} />
      <TextField label={t("installation.origin")} description={t("installation.originHint")} type="url" registration={form.register("origin")} error={errorOf("origin")} required />
      <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {t("installation.submit")}
      </SubmitButton>
    </ActionForm>
  );
}

export function FetchPeerPolicyForm({ municipalitySlug, installations, defaultYear }: { municipalitySlug: string; installations: { id: string; label: string; origin: string }[]; defaultYear: number }) {
  const t = useTranslations("channels.peers");
  const router = useRouter();
  const refusal = useRefusal();
  const id = useId();
  const [reasons, setReasons] = useState<string[] | null>(null);
  const [added, setAdded] = useState<{ peerName: string; year: number } | null>(null);
  const form = useForm<FetchPeerPolicyInput>({
    resolver: zodResolver(fetchPeerPolicyInput),
    defaultValues: { municipalitySlug, installationId: installations[0]?.id ?? "", peerSlug: "", year: defaultYear },
  });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    setReasons(null);
    setAdded(null);
    const result = await submit(fetchPeerPolicyAction, values);
    if (result.ok) {
      setAdded(result.data);
      router.refresh();
      return;
    }
    const shown = refusal((result as { details?: unknown }).details);
    if (shown) {
      setFormError(null);
      setReasons(shown);
    }
  });
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack">
      <FormError message={formError} />
      <RefusalAlert title={(count) => t("refused", { count })} reasons={reasons} />
      <Added added={added} />
      <FormSelect
        id={`${id}-installation`}
        label={t("fetch.installation")}
        options={installations.map((installation) => ({ value: installation.id, label: `${installation.label} (${installation.origin})` }))}
        registration={form.register("installationId")}
        error={errorOf("installationId")}
      />
      <TextField label={t("fetch.peerSlug")} description={t("fetch.peerSlugHint")} registration={form.register("peerSlug")} error={errorOf("peerSlug")} required maxLength={100} />
      <TextField label={t("fetch.year")} type="number" registration={form.register("year")} error={errorOf("year")} required />
      <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("fetch.fetching") : t("fetch.submit")}
      </SubmitButton>
    </ActionForm>
  );
}

export function UploadPeerPolicyForm({ municipalitySlug }: { municipalitySlug: string }) {
  const t = useTranslations("channels.peers");
  const refusal = useRefusal();
  const upload = useUploadForm<{ peerName: string; year: number }>({
    send: ({ fileName, content }) => uploadPeerPolicyAction({ municipalitySlug, fileName, content }),
    reasonsOf: refusal,
    chooseFile: t("upload.chooseFile"),
  });
  return (
    <UploadForm
      upload={upload}
      appearance="secondary-action-button"
      labels={{
        file: t("upload.file"),
        fileHint: t("upload.fileHint", { max: Math.round(MAX_IMPORT_BYTES / 1000) }),
        submit: t("upload.submit"),
        pending: t("upload.uploading"),
        refused: (count) => t("refused", { count }),
      }}
    >
      <Added added={upload.done} />
    </UploadForm>
  );
}

/** Removes an installation from the list or a peer document, after a second click to confirm. */
export function RemovePeerButton({ municipalitySlug, target, label }: { municipalitySlug: string; target: { installationId: string } | { peerPolicyId: string }; label: string }) {
  const t = useTranslations("channels.peers");
  return (
    <ConfirmActionButton
      action={() =>
        "installationId" in target
          ? removeInstallationAction({ municipalitySlug, installationId: target.installationId })
          : removePeerPolicyAction({ municipalitySlug, peerPolicyId: target.peerPolicyId })
      }
      labels={{ button: t("remove.button"), accessibleName: `${t("remove.button")}: ${label}`, question: t("remove.confirm", { what: label }), confirm: t("remove.confirmButton"), cancel: t("remove.cancel") }}
    />
  );
}
