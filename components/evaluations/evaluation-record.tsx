import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { formatDay } from "@/components/reviews/format";
import { localized } from "@/lib/i18n/localized";
import type { EvaluationDetail } from "@/lib/evaluations/queries";

const figureFields = ["engagement", "incidents", "complaints", "hours", "costs"] as const;

/** What the assessment set against what was measured, read-only; and where the review stands. */
export async function EvaluationRecord({ evaluation, showMeasured }: { evaluation: EvaluationDetail; showMeasured: boolean }) {
  const [t, tDecisions, format, locale] = await Promise.all([getTranslations("evaluations"), getTranslations("assessments.decisions"), getFormatter(), getLocale()]);
  const none = t("page.notAnswered");
  const labels = (value: unknown, options: { value: string; label: { nl: string; en: string } }[]) =>
    Array.isArray(value) && value.length ? options.filter((option) => value.includes(option.value)).map((option) => localized(option.label, locale)).join(", ") : none;
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? "–" : format.number(value));
  const { measurements } = evaluation;
  const reachRows = evaluation.audiences.length ? evaluation.audiences : [{ value: "general-public", label: { nl: "", en: "" } }];
  return (
    <>
      <section className="afk-stack" aria-labelledby="evaluation-assessment">
        <Heading2 id="evaluation-assessment">{t("page.assessmentTitle")}</Heading2>
        <dl className="afk-review-dl">
          <dt>{t("page.decision")}</dt>
          <dd>
            {evaluation.decision ? tDecisions(evaluation.decision) : none}
            {evaluation.decisionConditions ? ` — ${evaluation.decisionConditions}` : null}
          </dd>
          <dt>{t("page.goals")}</dt>
          <dd>{labels(evaluation.goals.value, evaluation.goals.options)}</dd>
          <dt>{t("page.audiences")}</dt>
          <dd>{labels(evaluation.audiences.map((audience) => audience.value), evaluation.audiences)}</dd>
          <dt>{t("page.reachTarget")}</dt>
          <dd>{typeof evaluation.reachTarget === "number" ? format.number(evaluation.reachTarget) : none}</dd>
          <dt>{t("page.exitTriggers")}</dt>
          <dd>{typeof evaluation.exitTriggersPlanned === "string" && evaluation.exitTriggersPlanned ? evaluation.exitTriggersPlanned : none}</dd>
        </dl>
      </section>
      {showMeasured ? (
        <section className="afk-stack" aria-labelledby="evaluation-measured">
          <Heading2 id="evaluation-measured">{t("page.measured")}</Heading2>
          <dl className="afk-review-dl">
            {reachRows.map((audience) => (
              <div key={audience.value}>
                <dt>{audience.label.nl ? t("form.reach", { audience: localized(audience.label, locale) }) : t("form.reachGeneral")}</dt>
                <dd>{figure(measurements.reach[audience.value])}</dd>
              </div>
            ))}
            {figureFields.map((field) => (
              <div key={field}>
                <dt>{t(`form.${field}`)}</dt>
                <dd>{figure(measurements[field])}</dd>
              </div>
            ))}
            <dt>{t("form.exitTriggers")}</dt>
            <dd>{evaluation.exitTriggers || none}</dd>
            <dt>{t("form.outcome")}</dt>
            <dd>{evaluation.outcome ? t(`outcome.${evaluation.outcome}`) : none}</dd>
            <dt>{t("form.rationale")}</dt>
            <dd>{evaluation.rationale || none}</dd>
          </dl>
          {evaluation.editedBy ? <Paragraph>{t("page.submittedBy", { name: evaluation.editedBy })}</Paragraph> : null}
          {evaluation.reviewedBy && evaluation.reviewedAt ? (
            <Paragraph>
              {t("page.reviewedBy", {
                status: t(`status.${evaluation.status}`),
                name: evaluation.reviewedBy,
                date: formatDay(format, evaluation.reviewedAt.toISOString().slice(0, 10)),
              })}
            </Paragraph>
          ) : null}
          {evaluation.reviewNote ? <Paragraph>{t("page.reviewNote", { note: evaluation.reviewNote })}</Paragraph> : null}
        </section>
      ) : null}
    </>
  );
}
