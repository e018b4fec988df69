"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { FormError } from "@/components/forms/form-error";
import { MAX_IMPORT_BYTES } from "@/lib/policy/schema";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export type UploadOutcome<T> = { ok: true; data: T } | { ok: false; code: string; details?: unknown };
export type UploadedFile = { fileName: string; content: string };

/** A file's bytes as base64: a PDF is binary, and JSON full of quotes would double in size as an action argument. */
function toBase64(bytes: Uint8Array) {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * A file sent to a server action (an import, a peer's policy): no file or one past the size limit
 * is answered in the browser; the server checks the whole file and a refusal lists every reason
 * found (`reasonsOf` puts them in the user's language), or says in one message why it failed.
 * On success the page is read again and the file field emptied.
 */
export function useUploadForm<T>({
  send,
  reasonsOf,
  chooseFile,
}: {
  send: (file: UploadedFile) => Promise<UploadOutcome<T>>;
  /** The reasons in a refusal's details (`problems`, as the import gives them); null when it has none. */
  reasonsOf: (details: unknown) => string[] | null;
  chooseFile: string;
}) {
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reasons, setReasons] = useState<string[] | null>(null);
  const [done, setDone] = useState<T | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setReasons(null);
    setDone(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setError(chooseFile);
      input.current?.focus();
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setReasons(reasonsOf({ problems: [{ code: "tooLarge", params: { size: file.size, max: MAX_IMPORT_BYTES } }] }));
      return;
    }
    setPending(true);
    try {
      const result = await send({ fileName: file.name, content: toBase64(new Uint8Array(await file.arrayBuffer())) });
      if (result.ok) {
        setDone(result.data);
        if (input.current) input.current.value = "";
        router.refresh();
        return;
      }
      const shown = reasonsOf(result.details);
      if (shown) setReasons(shown);
      else setError(tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error"));
    } catch {
      setError(tFailed("server_error"));
    } finally {
      setPending(false);
    }
  }

  return { input, pending, error, reasons, done, onSubmit };
}

/** Why a document was refused: a title that counts the reasons, and the reasons. */
export function RefusalAlert({ title, reasons }: { title: (count: number) => string; reasons: string[] | null }) {
  if (!reasons) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{title(reasons.length)}</Paragraph>
      <UnorderedList>
        {reasons.map((reason, index) => (
          <UnorderedListItem key={index}>{reason}</UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

/** The form of useUploadForm: its messages, what the caller shows on success (`children`), the file field and the button. */
export function UploadForm<T>({
  upload,
  labels,
  appearance,
  children,
}: {
  upload: ReturnType<typeof useUploadForm<T>>;
  labels: { file: string; fileHint: string; submit: string; pending: string; refused: (count: number) => string };
  appearance: "primary-action-button" | "secondary-action-button";
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <ActionForm onSubmit={upload.onSubmit} className="afk-form afk-stack">
      <FormError message={upload.error} />
      <RefusalAlert title={labels.refused} reasons={upload.reasons} />
      {children}
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor={`${id}-file`}>
          {labels.file}
        </label>
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {labels.fileHint}
        </p>
        <input ref={upload.input} id={`${id}-file`} name="file" type="file" accept=".json,application/json,.pdf,application/pdf" aria-describedby={`${id}-hint`} className="afk-file-input" />
      </div>
      <SubmitButton appearance={appearance} disabled={upload.pending}>
        {upload.pending ? labels.pending : labels.submit}
      </SubmitButton>
    </ActionForm>
  );
}
