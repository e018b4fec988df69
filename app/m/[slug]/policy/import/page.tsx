import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Link, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { DeleteImportButton } from "@/components/policy/delete-import-button";
import { ImportForm } from "@/components/policy/import-form";
import { can } from "@/lib/auth/permissions";
import { requireMunicipality } from "@/lib/auth/session";
import { listImports } from "@/lib/policy/queries";
import { TableRegion } from "@/components/tables/table-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy"))("import.title") };
}

export default async function PolicyImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "policy.import");
  const [t, tNav, format, imports] = await Promise.all([getTranslations("policy"), getTranslations("common.nav"), getFormatter(), listImports(municipality.id)]);
  const mayDelete = can(roles, "import.delete");
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: `/m/${slug}/policy`, label: tNav("policy") }, { label: t("import.title") }]} />
      <Heading1>{t("import.title")}</Heading1>
      <Paragraph>{t("import.intro")}</Paragraph>
      <Paragraph>{t("import.draftNote")}</Paragraph>
      <Paragraph>{t("import.formatNote")}</Paragraph>
      <ImportForm municipalitySlug={slug} />
      <section aria-labelledby="imports-heading" className="afk-stack">
        <Heading2 id="imports-heading">{t("import.list.title")}</Heading2>
        {imports.length === 0 ? (
          <Paragraph>{t("import.list.none")}</Paragraph>
        ) : (
          <TableRegion label={t("import.list.title")}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("import.list.at")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("import.list.what")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("import.list.source")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("import.list.by")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("import.list.state")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {imports.map((record) => {
                  const what =
                    record.kind === "assessment"
                      ? t("import.list.assessment", { channel: record.channel ?? "–", year: record.year ?? "–" })
                      : t("import.list.policy", { year: record.year ?? "–" });
                  const href = record.kind === "assessment" ? `/m/${slug}/assessments/${record.objectId}` : `/m/${slug}/policy/${record.year}`;
                  return (
                    <TableRow key={`${record.objectId}-${record.at.toISOString()}`}>
                      <TableCell>
                        <time dateTime={record.at.toISOString()}>{format.dateTime(record.at, { dateStyle: "short", timeStyle: "short" })}</time>
                      </TableCell>
                      <TableCell>
                        {record.present ? <Link href={href}>{what}</Link> : what}
                        {record.fileName ? <div className="afk-muted">{record.fileName}</div> : null}
                      </TableCell>
                      <TableCell>
                        {record.source
                          ? t("import.list.history", { source: record.source, status: t.has(`import.list.sourceStatus.${record.sourceStatus}`) ? t(`import.list.sourceStatus.${record.sourceStatus}`) : (record.sourceStatus ?? "–") })
                          : "–"}
                      </TableCell>
                      <TableCell>{record.actorEmail ?? "–"}</TableCell>
                      <TableCell>
                        {!record.present ? (
                          t("import.list.deleted")
                        ) : mayDelete ? (
                          <DeleteImportButton municipalitySlug={slug} objectId={record.objectId} label={what} />
                        ) : (
                          t("import.list.present")
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableRegion>
        )}
      </section>
    </div>
  );
}
