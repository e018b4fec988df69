import type { SnapshotChannel } from "@/lib/policy/schema";
import type { PlanSection } from "@/lib/policy/view-model";
import type { ViewContext } from "@/lib/policy/view-text";

const counted = ["engagement", "incidents", "complaints", "hours", "costs"] as const;

/**
 * "Last year's evaluation" in a channel's chapter: the outcome of the approved evaluation of the
 * channel's previous decision, what was measured, what happened with the exit triggers, the
 * reasoning, and who approved it when. Null for a channel without one.
 */
export function evaluationSection(ctx: ViewContext, channel: SnapshotChannel): PlanSection | null {
  const evaluation = channel.evaluation;
  if (!evaluation) return null;
  const { t, l, date, locale } = ctx;
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL");
  const figure = (value: number | null) => (value === null ? t("evaluations.doc.notMeasured") : number.format(value));
  const row = (question: string, answer: string) => ({ question, answer, rationale: "" });
  const { measurements } = evaluation;
  return {
    id: "evaluation",
    title: t("evaluations.doc.title"),
    questions: [
      row(t("evaluations.doc.decisionYear"), t("evaluations.doc.policyYear", { year: evaluation.year })),
      row(t("evaluations.form.outcome"), t(`evaluations.outcome.${evaluation.outcome}`)),
      ...measurements.reach.map((reach) =>
        row(reach.label ? t("evaluations.form.reach", { audience: l(reach.label) }) : t("evaluations.form.reachGeneral"), figure(reach.value)),
      ),
      ...counted.map((key) => row(t(`evaluations.form.${key}`), figure(measurements[key]))),
      row(t("evaluations.form.exitTriggers"), evaluation.exitTriggers.trim() || t("evaluations.page.notAnswered")),
      row(t("evaluations.form.rationale"), evaluation.rationale.trim() || t("evaluations.page.notAnswered")),
      row(t("evaluations.doc.evaluated"), date(evaluation.evaluatedAt)),
      row(t("evaluations.doc.approved"), evaluation.approvedBy ? t("evaluations.doc.approvedBy", { name: evaluation.approvedBy, date: date(evaluation.approvedAt) }) : date(evaluation.approvedAt)),
    ],
  };
}
