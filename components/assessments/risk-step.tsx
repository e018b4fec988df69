import { getLocale, getTranslations } from "next-intl/server";
import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { ProposedRiskNote } from "@/components/assessments/proposed-risk-note";
import { RiskEditor } from "@/components/assessments/risk-editor";
import type { AssessmentDetail } from "@/lib/assessments/queries";
import { loadRiskFamilies } from "@/lib/frameworks/load";
import { localized } from "@/lib/i18n/localized";
import { riskDecisions, type RiskDecision } from "@/lib/reviews/transitions";
import { TableRegion } from "@/components/tables/table-region";

const isRiskDecision = (value: string | null): value is RiskDecision => (riskDecisions as readonly (string | null)[]).includes(value);

export async function RiskStep({ slug, detail, editable }: { slug: string; detail: AssessmentDetail; editable: boolean }) {
  const [t, tRoles, tDecisions, locale] = await Promise.all([getTranslations("assessments.risk"), getTranslations("common.roles"), getTranslations("reviews.risks.decisions"), getLocale()]);
  const families = loadRiskFamilies().map((family) => ({
    id: family.id,
    title: localized(family.title, locale),
    description: localized(family.description, locale),
    owner: family.owner,
  }));
  const risks = detail.assessment.risks;
  return (
    <section className="afk-stack" aria-labelledby="risks-title">
      <Heading2 id="risks-title">{t("title")}</Heading2>
      <Paragraph>{t("intro")}</Paragraph>
      {risks.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <TableRegion label={t("tableCaption")}>
          <Table>
            <TableCaption>{t("tableCaption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("riskTitle")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("family")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("score")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("ownerRole")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("decision")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {risks.map((risk) => (
                <TableRow key={risk.id}>
                  <TableHeaderCell scope="row">
                    {risk.title}
                    <ProposedRiskNote proposedFrom={risk.proposedFrom} decided={risk.decision !== null} />
                  </TableHeaderCell>
                  <TableCell>{families.find((family) => family.id === risk.familyId)?.title ?? t("customFamily")}</TableCell>
                  <TableCell>
                    {risk.likelihood} × {risk.impact} = {risk.likelihood * risk.impact}
                  </TableCell>
                  <TableCell>{tRoles(risk.ownerRole as "privacy")}</TableCell>
                  <TableCell>{isRiskDecision(risk.decision) ? tDecisions(risk.decision) : t("undecided")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
      {editable ? (
        <RiskEditor
          municipalitySlug={slug}
          assessmentId={detail.assessment.id}
          families={families}
          risks={risks.map((risk) => ({
            id: risk.id,
            familyId: risk.familyId ?? "",
            title: risk.title,
            description: risk.description,
            likelihood: risk.likelihood,
            impact: risk.impact,
            measures: risk.measures,
            ownerRole: risk.ownerRole as "privacy",
            version: risk.version,
          }))}
        />
      ) : null}
    </section>
  );
}
