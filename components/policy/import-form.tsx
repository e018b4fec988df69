"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert, Button, Link, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { importFileAction, type ImportResult } from "@/lib/policy/actions";
import type { ImportProblem } from "@/lib/policy/export-import";
import { MAX_IMPORT_BYTES } from "@/lib/policy/schema";

function toBase64(bytes: Uint8Array) {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * Upload of an exported assessment or policy version (JSON, or a policy PDF that carries its
 * snapshot). The server checks the whole file first; a refused file lists every problem found.
 */
export function ImportForm({ municipalitySlug }: { municipalitySlug: string }) {
  const t = useTranslations("policy.import");
  const tFailed = useTranslations("common.actionFailed");
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);

  const describe = (problem: ImportProblem) => {
    const params = { ...(problem.params ?? {}) };
    if (problem.code === "field" && typeof params.problem === "string") {
      params.problem = t.has(`zodIssues.${params.problem}`) ? t(`zodIssues.${params.problem}`) : t("zodIssues.other");
    }
    return t.has(`problems.${problem.code}`) ? t(`problems.${problem.code}`, params) : problem.code;
  };

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblems(null);
    setError(null);
    setImported(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t("chooseFile"));
      input.current?.focus();
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setProblems([{ code: "tooLarge", params: { size: file.size, max: MAX_IMPORT_BYTES } }]);
      return;
    }
    setPending(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // As base64 whatever the file is: a PDF is binary, and JSON text full of quotes would double in size
      // as an action argument; base64 keeps the largest file (1.4 MB) within the 2 MB request limit.
      const result = await importFileAction({ municipalitySlug, fileName: file.name, content: toBase64(bytes), encoding: "base64" });
      if (result.ok) {
        setImported(result.data);
        if (input.current) input.current.value = "";
        router.refresh();
        return;
      }
      const details = result.details as { reason?: string; problems?: ImportProblem[] } | undefined;
      if (details?.problems) setProblems(details.problems);
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
      {problems ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("refused", { count: problems.length })}</Paragraph>
          <UnorderedList>
            {problems.map((problem, index) => (
              <UnorderedListItem key={index}>{describe(problem)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      {imported ? (
        <Alert type="ok" role="status">
          <Paragraph>
            {imported.kind === "assessment" ? t("importedAssessment", { year: imported.year }) : t("importedPolicy", { year: imported.year })}{" "}
            <Link href={imported.kind === "assessment" ? `/m/${municipalitySlug}/assessments/${imported.assessmentId}` : `/m/${municipalitySlug}/policy/${imported.year}`}>
              {t("open")}
            </Link>
          </Paragraph>
        </Alert>
      ) : null}
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor={`${id}-file`}>
          {t("file")}
        </label>
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {t("fileHint", { max: Math.round(MAX_IMPORT_BYTES / 1000) })}
        </p>
        <input ref={input} id={`${id}-file`} name="file" type="file" accept=".json,application/json,.pdf,application/pdf" aria-describedby={`${id}-hint`} className="afk-file-input" />
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={pending}>
        {pending ? t("importing") : t("submit")}
      </Button>
    </form>
  );
}
