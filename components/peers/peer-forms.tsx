"use client";

import { useId, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Button, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { TextField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { FormSelect } from "@/components/forms/form-select";
import { useActionForm } from "@/components/forms/use-action-form";
import { addInstallationAction, fetchPeerPolicyAction, removeInstallationAction, removePeerPolicyAction, uploadPeerPolicyAction } from "@/lib/peers/actions";
import { addInstallationInput, fetchPeerPolicyInput, type AddInstallationInput, type FetchPeerPolicyInput } from "@/lib/peers/schema";
import { MAX_IMPORT_BYTES } from "@/lib/policy/schema";

type Problem = { code: string; params?: Record<string, string | number> };
type RefusalDetails = { problems?: Problem[]; fetchProblem?: string; status?: number } | undefined;

/** The reasons a peer document was refused, in the user's language (the import's wording where it is the import's check). */
function useRefusal() {
  const t = useTranslations("channels.peers");
  const tImport = useTranslations("policy.import");
  return (details: RefusalDetails): string[] | null => {
    if (details?.fetchProblem) return [t.has(`fetchProblems.${details.fetchProblem}`) ? t(`fetchProblems.${details.fetchProblem}`, { status: details.status ?? "–" }) : t("fetchProblems.network")];
    if (!details?.problems) return null;
    return details.problems.map((problem) => {
      if (t.has(`problems.${problem.code}`)) return t(`problems.${problem.code}`);
      const params = { ...(problem.params ?? {}) };
      if (problem.code === "field" && typeof params.problem === "string") {
        params.problem = tImport.has(`zodIssues.${params.problem}`) ? tImport(`zodIssues.${params.problem}`) : tImport("zodIssues.other");
      }
      return tImport.has(`problems.${problem.code}`) ? tImport(`problems.${problem.code}`, params) : problem.code;
    });
  };
}

function Refusal({ reasons }: { reasons: string[] | null }) {
  const t = useTranslations("channels.peers");
  if (!reasons) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t("refused", { count: reasons.length })}</Paragraph>
      <UnorderedList>
        {reasons.map((reason, index) => (
          <UnorderedListItem key={index}>{reason}</UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

function Added({ added }: { added: { peerName: string; year: number } | null }) {
  const t = useTranslations("channels.peers");
  return added ? (
    <Alert type="ok" role="status">
      <Paragraph>{t("added", added)}</Paragraph>
    </Alert>
  ) : null;
}

export function AddInstallationForm({ municipalitySlug }: { municipalitySlug: string }) {
  const t = useTranslations("channels.peers");
  const router = useRouter();
  const form = useForm<AddInstallationInput>({ resolver: zodResolver(addInstallationInput), defaultValues: { municipalitySlug, origin: "", label: "" } });
  const { submit, formError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async () => {
    // The resolver turns the address into its origin; the server checks the typed text again.
    if ((await submit(addInstallationAction, form.getValues())).ok) {
      form.reset({ municipalitySlug, origin: "", label: "" });
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="afk-form afk-stack">
      <FormError message={formError} />
      <TextField label={t("installation.label")} registration={form.register("label")} error={errorOf("label")} required maxLength={100} />
      <TextField label={t("installation.origin")} description={t("installation.originHint")} type="url" registration={form.register("origin")} error={errorOf("origin")} required />
      <Button type="submit" appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {t("installation.submit")}
      </Button>
    </form>
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
    const shown = refusal((result as { details?: RefusalDetails }).details);
    if (shown) {
      setFormError(null);
      setReasons(shown);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="afk-form afk-stack">
      <FormError message={formError} />
      <Refusal reasons={reasons} />
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
      <Button type="submit" appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("fetch.fetching") : t("fetch.submit")}
      </Button>
    </form>
  );
}

function toBase64(bytes: Uint8Array) {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

export function UploadPeerPolicyForm({ municipalitySlug }: { municipalitySlug: string }) {
  const t = useTranslations("channels.peers");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const refusal = useRefusal();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reasons, setReasons] = useState<string[] | null>(null);
  const [added, setAdded] = useState<{ peerName: string; year: number } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setReasons(null);
    setAdded(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t("upload.chooseFile"));
      input.current?.focus();
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setReasons(refusal({ problems: [{ code: "tooLarge", params: { size: file.size, max: MAX_IMPORT_BYTES } }] }));
      return;
    }
    setPending(true);
    try {
      const result = await uploadPeerPolicyAction({ municipalitySlug, fileName: file.name, content: toBase64(new Uint8Array(await file.arrayBuffer())) });
      if (result.ok) {
        setAdded(result.data);
        if (input.current) input.current.value = "";
        router.refresh();
        return;
      }
      const shown = refusal(result.details as RefusalDetails);
      if (shown) setReasons(shown);
      else setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
    } catch {
      setError(tFailed("server_error"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="afk-form afk-stack">
      {error ? (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <Refusal reasons={reasons} />
      <Added added={added} />
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor={`${id}-file`}>
          {t("upload.file")}
        </label>
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {t("upload.fileHint", { max: Math.round(MAX_IMPORT_BYTES / 1000) })}
        </p>
        <input ref={input} id={`${id}-file`} name="file" type="file" accept=".json,application/json,.pdf,application/pdf" aria-describedby={`${id}-hint`} className="afk-file-input" />
      </div>
      <Button type="submit" appearance="secondary-action-button" disabled={pending}>
        {pending ? t("upload.uploading") : t("upload.submit")}
      </Button>
    </form>
  );
}

/** Removes an installation from the list or a peer document, after a second click to confirm. */
export function RemovePeerButton({ municipalitySlug, target, label }: { municipalitySlug: string; target: { installationId: string } | { peerPolicyId: string }; label: string }) {
  const t = useTranslations("channels.peers");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result =
          "installationId" in target
            ? await removeInstallationAction({ municipalitySlug, installationId: target.installationId })
            : await removePeerPolicyAction({ municipalitySlug, peerPolicyId: target.peerPolicyId });
        if (result.ok) {
          setConfirming(false);
          router.refresh();
          return;
        }
        setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
      } catch {
        setError(tFailed("server_error"));
      }
    });
  return (
    <div className="afk-stack">
      {confirming ? (
        <>
          <p>{t("remove.confirm", { what: label })}</p>
          <div className="afk-cell-actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={pending} onClick={remove}>
              {t("remove.confirmButton")}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={pending} onClick={() => setConfirming(false)}>
              {t("remove.cancel")}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirming(true)} aria-label={`${t("remove.button")}: ${label}`}>
          {t("remove.button")}
        </button>
      )}
      {error ? (
        <p role="alert" className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
    </div>
  );
}
