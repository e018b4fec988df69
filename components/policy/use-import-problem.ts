"use client";

import { useTranslations } from "next-intl";
import type { ImportProblem } from "@/lib/policy/export-import";

/** One problem of a refused import file in the user's language (also for a peer's policy, which passes the same checks). */
export function useImportProblem() {
  const t = useTranslations("policy.import");
  return (problem: ImportProblem): string => {
    const params = { ...(problem.params ?? {}) };
    if (problem.code === "field" && typeof params.problem === "string") {
      params.problem = t.has(`zodIssues.${params.problem}`) ? t(`zodIssues.${params.problem}`) : t("zodIssues.other");
    }
    return t.has(`problems.${problem.code}`) ? t(`problems.${problem.code}`, params) : problem.code;
  };
}
