import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button, Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { formatDay } from "@/components/reviews/format";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAcceptedRisks } from "@/lib/reviews/queries";
import { parseRegisterScope, registerScopeParam, type RegisterScope } from "@/lib/reviews/risk-register";
import { sectionOfRisk } from "@/lib/reviews/sections";
import { TableRegion } from "@/components/tables/table-region";
import { SelectField } from "@/components/forms/select-field";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews.risksPage"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ scope?: string | string[] }> };

/** The accepted risks in force (or of a year, or all), with their review dates; those past their date are flagged. */
export default async function RisksPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "assessment.read");
  const requested = parseRegisterScope((await searchParams).scope);
  const [t, tSections, tStatuses, format, { scope, risks, years }] = await Promise.all([
    getTranslations("reviews.risksPage"),
    getTranslations("reviews.sections"),
    getTranslations("assessments.statuses"),
    getFormatter(),
    listAcceptedRisks(municipality.id, requested),
  ]);
  const overdue = risks.filter((risk) => risk.overdue).length;
  const scopes: RegisterScope[] = [{ kind: "in_force" }, ...years.map((year) => ({ kind: "year", year }) as const), { kind: "all" }];
  const scopeLabel = (option: RegisterScope) => (option.kind === "year" ? t("scope.year", { year: option.year }) : t(option.kind === "all" ? "scope.all" : "scope.inForce"));
  const captionScope = scope.kind === "year" ? t("captionScope.year", { year: scope.year }) : t(scope.kind === "all" ? "captionScope.all" : "captionScope.inForce");
  const caption = t("caption", { municipality: municipality.name, scope: captionScope });
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <form method="get" className="afk-filter">
        <SelectField
          key={registerScopeParam(scope)}
          id="risks-scope"
          name="scope"
          label={t("scope.label")}
          value={registerScopeParam(scope)}
          options={scopes.map((option) => ({ value: registerScopeParam(option), label: scopeLabel(option) }))}
        />
        <div className="afk-filter__actions">
          <Button type="submit" appearance="secondary-action-button">
            {t("scope.submit")}
          </Button>
        </div>
      </form>
      {risks.length ? <Paragraph>{t("summary", { count: risks.length, overdue })}</Paragraph> : null}
      {can(roles, "settings.edit") ? (
        <Paragraph>
          <Link href={`/m/${slug}/risks/sections`}>{t("sectionsLink")}</Link>
        </Paragraph>
      ) : null}
      {risks.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <TableRegion label={caption}>
          <DataTable
            caption={caption}
            rows={risks}
            rowKey={(risk) => risk.id}
            rowClassName={(risk) => (risk.overdue ? "afk-row-overdue" : undefined)}
            columns={[
              {
                header: t("risk"),
                cell: (risk) => (
                  <>
                    {risk.title}
                    {risk.rationale ? <span className="afk-review-note">{risk.rationale}</span> : null}
                  </>
                ),
              },
              {
                header: t("channel"),
                cell: (risk) => (
                  <>
                    <Link href={`/m/${slug}/assessments/${risk.assessmentId}/review/${sectionOfRisk(risk.ownerRole)}`}>
                      {risk.channelName} {risk.year}
                    </Link>
                    <span className="afk-review-note">{tStatuses(risk.assessmentStatus as "draft")}</span>
                  </>
                ),
              },
              { header: t("section"), cell: (risk) => tSections(`${sectionOfRisk(risk.ownerRole)}.title`) },
              { header: t("owner"), cell: (risk) => risk.riskOwner ?? "–" },
              {
                header: t("acceptedBy"),
                cell: (risk) => (
                  <>
                    {risk.decidedBy ?? "–"}
                    {risk.decidedAt ? `, ${format.dateTime(risk.decidedAt, { dateStyle: "medium" })}` : ""}
                  </>
                ),
              },
              {
                header: t("reviewDate"),
                cell: (risk) => (
                  <>
                    {risk.reviewDate ? formatDay(format, risk.reviewDate) : "–"}
                    {risk.overdue ? <strong className="afk-flag">{t("overdue")}</strong> : null}
                  </>
                ),
              },
            ]}
          />
        </TableRegion>
      )}
    </div>
  );
}
