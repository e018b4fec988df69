import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { AcknowledgeFactsButton } from "@/components/assessments/acknowledge-facts-button";
import { formatDay } from "@/components/reviews/format";
import { factLabel, factValueLabel, type Locale } from "@/lib/catalogue/facts";
import type { AssessmentDetail } from "@/lib/assessments/queries";
import { TableRegion } from "@/components/tables/table-region";

/** "Facts changed since this assessment": the old and new value side by side, with their sources. */
export async function FactsChanged({ slug, detail, canAcknowledge }: { slug: string; detail: AssessmentDetail; canAcknowledge?: boolean }) {
  if (detail.factChanges.length === 0) return null;
  const [t, locale, format] = await Promise.all([getTranslations("assessments.wizard"), getLocale() as Promise<Locale>, getFormatter()]);
  return (
    <Alert type="warning">
      <Heading2>{t("factsChanged")}</Heading2>
      <Paragraph>{t("factsChangedIntro")}</Paragraph>
      <TableRegion label={t("factsChanged")}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("fact")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("oldValue")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("newValue")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {detail.factChanges.map((change) => (
              <TableRow key={change.factKey}>
                <TableHeaderCell scope="row">{factLabel(change.factKey, locale)}</TableHeaderCell>
                <TableCell>
                  {factValueLabel(change.factKey, change.oldValue, locale)}
                  {change.oldSource ? <span className="afk-muted"> ({change.oldSource.publisher}, {formatDay(format, change.oldSource.date)})</span> : null}
                </TableCell>
                <TableCell>
                  {factValueLabel(change.factKey, change.newValue, locale)}
                  {change.newSource ? <span className="afk-muted"> ({change.newSource.publisher}, {formatDay(format, change.newSource.date)})</span> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
      {canAcknowledge ? <AcknowledgeFactsButton municipalitySlug={slug} assessmentId={detail.assessment.id} label={t("acknowledgeFacts")} /> : null}
    </Alert>
  );
}
