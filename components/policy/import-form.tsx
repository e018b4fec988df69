"use client";

import { useTranslations } from "next-intl";
import { Alert, Link, Paragraph } from "@utrecht/component-library-react";
import { UploadForm, useUploadForm } from "@/components/forms/upload-form";
import { useImportProblem } from "@/components/policy/use-import-problem";
import { importFileAction, type ImportResult } from "@/lib/policy/actions";
import type { ImportProblem } from "@/lib/policy/export-import";
import { MAX_IMPORT_BYTES } from "@/lib/policy/schema";

/**
 * Upload of an exported assessment or policy version (JSON, or a policy PDF that carries its
 * snapshot). The server checks the whole file first; a refused file lists every problem found.
 */
export function ImportForm({ municipalitySlug }: { municipalitySlug: string }) {
  const t = useTranslations("policy.import");
  const describe = useImportProblem();
  const upload = useUploadForm<ImportResult>({
    // As base64 whatever the file is: base64 keeps the largest file (1.4 MB) within the 2 MB request limit.
    send: ({ fileName, content }) => importFileAction({ municipalitySlug, fileName, content, encoding: "base64" }),
    reasonsOf: (details) => (details as { problems?: ImportProblem[] } | undefined)?.problems?.map(describe) ?? null,
    chooseFile: t("chooseFile"),
  });
  const imported = upload.done;
  return (
    <UploadForm
      upload={upload}
      appearance="primary-action-button"
      labels={{ file: t("file"), fileHint: t("fileHint", { max: Math.round(MAX_IMPORT_BYTES / 1000) }), submit: t("submit"), pending: t("importing"), refused: (count) => t("refused", { count }) }}
    >
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
    </UploadForm>
  );
}
