import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Heading4, Paragraph } from "@utrecht/component-library-react";
import { ProposedRiskNote } from "@/components/assessments/proposed-risk-note";
import { formatDay } from "@/components/reviews/format";
import { RiskDecisionForm } from "@/components/reviews/risk-decision-form";
import type { SectionView } from "@/lib/reviews/queries";
import { riskDecisionDefaults } from "@/lib/reviews/schema";
import type { RiskDecision } from "@/lib/reviews/transitions";

/**
 * One risk of a section as its reviewer weighs it: score, measures, the decision so far and, for
 * the reviewer, the decision form, or why four eyes leave the decision to a colleague.
 */
export async function SectionRisk({
  risk,
  decidedBy,
  municipalitySlug,
  assessmentId,
  decision,
  userId,
}: {
  risk: SectionView["risks"][number];
  decidedBy: string | undefined;
  municipalitySlug: string;
  assessmentId: string;
  decision: "form" | "four_eyes" | "none";
  userId: string;
}) {
  const [t, format] = await Promise.all([getTranslations("reviews"), getFormatter()]);
  return (
    <section className="afk-card afk-stack" aria-labelledby={`risk-${risk.id}`}>
      <Heading4 id={`risk-${risk.id}`}>{risk.title}</Heading4>
      <ProposedRiskNote proposedFrom={risk.proposedFrom} decided={risk.decision !== null} />
      {risk.description ? <Paragraph>{risk.description}</Paragraph> : null}
      <dl className="afk-review-dl">
        <dt>{t("risks.score")}</dt>
        <dd>
          {risk.likelihood} × {risk.impact} = {risk.likelihood * risk.impact}
        </dd>
        <dt>{t("risks.proposedMeasures")}</dt>
        <dd>{risk.measures || "–"}</dd>
        <dt>{t("risks.decision")}</dt>
        <dd>
          {risk.decision ? t(`risks.decisions.${risk.decision as RiskDecision}`) : t("risks.undecided")}
          {risk.decision && decidedBy && risk.decidedAt ? ` (${decidedBy}, ${format.dateTime(risk.decidedAt, { dateStyle: "medium" })})` : ""}
        </dd>
        {risk.decision === "accepted" ? (
          <>
            <dt>{t("risks.riskOwner")}</dt>
            <dd>{risk.riskOwner}</dd>
            <dt>{t("risks.reviewDate")}</dt>
            <dd>{risk.reviewDate ? formatDay(format, risk.reviewDate) : "–"}</dd>
          </>
        ) : null}
        {risk.decision === "mitigated" ? (
          <>
            <dt>{t("risks.mitigationBy")}</dt>
            <dd>{risk.mitigationBy}</dd>
          </>
        ) : null}
        {risk.decisionRationale ? (
          <>
            <dt>{t("risks.rationale")}</dt>
            <dd>{risk.decisionRationale}</dd>
          </>
        ) : null}
      </dl>
      {decision === "form" ? (
        <RiskDecisionForm
          municipalitySlug={municipalitySlug}
          assessmentId={assessmentId}
          riskId={risk.id}
          riskTitle={risk.title}
          current={riskDecisionDefaults(risk, userId)}
        />
      ) : decision === "four_eyes" ? (
        <Alert type="warning">
          <Paragraph>{t("risks.fourEyes")}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}
