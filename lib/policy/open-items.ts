import type { OpenItem } from "@/lib/policy/mutations";

/** What resolves an open item (a key of messages policy.openItems.resolve) and where that is done. */
export type OpenItemResolution = {
  key:
    | "startAssessment"
    | "writeSummary"
    | "setEvaluationDate"
    | "submit"
    | "resubmit"
    | "review"
    | "record"
    | "decideRisk"
    | "reopen"
    | "alignEndDates";
  href: string;
};

/**
 * Every item that blocks adoption has a step in the app that resolves it; this says which, and
 * links to the page (and the part of it) where it is taken.
 */
export function openItemResolution(item: OpenItem, where: { slug: string; year: number }): OpenItemResolution {
  const policy = `/m/${where.slug}/policy/${where.year}`;
  if (item.kind === "no_assessments") return { key: "startAssessment", href: `/m/${where.slug}/assessments/new` };
  if (item.kind === "no_summary") return { key: "writeSummary", href: `${policy}#draft-form-title` };
  if (item.kind === "no_evaluation_date") return { key: "setEvaluationDate", href: `${policy}#draft-form-title` };
  const review = `/m/${where.slug}/assessments/${item.assessmentId}/review`;
  switch (item.kind) {
    case "assessment_status":
      if (item.status === "draft") return { key: "submit", href: review };
      if (item.status === "changes_requested") return { key: "resubmit", href: review };
      if (item.status === "approved") return { key: "record", href: `${review}#decision-title` };
      return { key: "review", href: review };
    case "review_open":
      return item.status === "changes_requested" ? { key: "resubmit", href: review } : { key: "review", href: `${review}/${item.section}` };
    case "no_decision":
      return { key: "record", href: `${review}#decision-title` };
    case "risk_undecided":
      return { key: "decideRisk", href: `${review}#register-title` };
    case "risk_not_accepted":
      return { key: "reopen", href: `${review}#reopen-title` };
    case "end_dates_differ":
      return { key: "alignEndDates", href: `${review}#reopen-title` };
  }
}
