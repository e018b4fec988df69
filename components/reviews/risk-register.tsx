import { getFormatter, getTranslations } from "next-intl/server";
import { Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { sectionOfRisk } from "@/lib/reviews/sections";
import { formatDay } from "@/components/reviews/format";
import { TableRegion } from "@/components/tables/table-region";

type Risk = {
  id: string;
  title: string;
  likelihood: number;
  impact: number;
  ownerRole: string;
  decision: string | null;
  decisionRationale: string | null;
  riskOwner: string | null;
  reviewDate: string | null;
  measures: string;
  mitigationBy: string | null;
  decidedAt: Date | null;
};

/** The risk register of one assessment: every risk with the owning reviewer's recorded choice. */
export async function RiskRegister({ risks, deciders, caption, sectionHref }: { risks: Risk[]; deciders: Map<string, string | null>; caption: string; sectionHref?: (section: string) => string }) {
  const [t, tSections, format] = await Promise.all([getTranslations("reviews.risks"), getTranslations("reviews.sections"), getFormatter()]);
  if (risks.length === 0) return <Paragraph>{t("none")}</Paragraph>;
  return (
    <TableRegion label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("risk")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("section")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("score")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("decision")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("details")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("decidedBy")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {risks.map((risk) => {
            const section = sectionOfRisk(risk.ownerRole);
            const decider = deciders.get(risk.id);
            return (
              <TableRow key={risk.id}>
                <TableHeaderCell scope="row">{risk.title}</TableHeaderCell>
                <TableCell>{sectionHref ? <Link href={sectionHref(section)}>{tSections(`${section}.title`)}</Link> : tSections(`${section}.title`)}</TableCell>
                <TableCell>
                  {risk.likelihood} × {risk.impact} = {risk.likelihood * risk.impact}
                </TableCell>
                <TableCell>{risk.decision ? t(`decisions.${risk.decision}`) : <strong>{t("undecided")}</strong>}</TableCell>
                <TableCell>
                  {risk.decision === "accepted" ? (
                    <>
                      {t("ownerIs", { owner: risk.riskOwner ?? "" })}. {t("reviewOn", { date: risk.reviewDate ? formatDay(format, risk.reviewDate) : "" })}.
                    </>
                  ) : null}
                  {risk.decision === "mitigated" ? (
                    <>
                      {risk.measures} ({t("carriedOutBy", { name: risk.mitigationBy ?? "" })})
                    </>
                  ) : null}
                  {risk.decisionRationale ? (
                    <>
                      {risk.decision ? " " : null}
                      <span className="afk-muted">{risk.decisionRationale}</span>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>{decider && risk.decidedAt ? `${decider}, ${format.dateTime(risk.decidedAt, { dateStyle: "medium" })}` : "–"}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
