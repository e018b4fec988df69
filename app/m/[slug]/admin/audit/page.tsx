import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button, FormFieldTextbox, Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { requireMunicipality } from "@/lib/auth/session";
import { auditFilter } from "@/lib/audit/schema";
import { auditPageSize, listAuditEntries, listAuditObjectTypes } from "@/lib/audit/queries";
import { TableRegion } from "@/components/tables/table-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "audit.read");
  const parsed = auditFilter.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : auditFilter.parse({});
  const [t, tCommon, format, { entries, total }, objectTypes] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("common"),
    getFormatter(),
    listAuditEntries(municipality.id, filter),
    listAuditObjectTypes(municipality.id),
  ]);
  const pages = Math.max(1, Math.ceil(total / auditPageSize));
  const query = (extra: Record<string, string | number>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value !== undefined && value !== "") search.set(key, String(value));
    return search.toString();
  };

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <form method="get" className="afk-card" aria-label={t("filters")}>
        <div className="afk-grid">
          <FormFieldTextbox label={t("actor")} name="actor" type="text" defaultValue={filter.actor ?? ""} />
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="audit-object-type">
              {t("objectType")}
            </label>
            <select id="audit-object-type" name="objectType" className="utrecht-select utrecht-select--html-select" defaultValue={filter.objectType ?? ""}>
              <option value="">{t("anyObjectType")}</option>
              {objectTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <FormFieldTextbox label={t("objectId")} name="objectId" type="text" defaultValue={filter.objectId ?? ""} />
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="audit-result">
              {t("result")}
            </label>
            <select id="audit-result" name="result" className="utrecht-select utrecht-select--html-select" defaultValue={filter.result ?? ""}>
              <option value="">{t("anyResult")}</option>
              <option value="success">{t("success")}</option>
              <option value="refused">{t("refused")}</option>
            </select>
          </div>
          <FormFieldTextbox label={t("from")} name="from" type="date" defaultValue={filter.from ?? ""} />
          <FormFieldTextbox label={t("to")} name="to" type="date" defaultValue={filter.to ?? ""} />
        </div>
        <Paragraph>
          <Button type="submit" appearance="primary-action-button">
            {t("apply")}
          </Button>{" "}
          <Link href={`/m/${slug}/admin/audit`}>{tCommon("reset")}</Link>
        </Paragraph>
      </form>
      <Paragraph>
        <Link href={`/m/${slug}/admin/audit/export?${query({})}`} download>
          {t("export")}
        </Link>
      </Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <TableRegion label={t("tableCaption", { total })}>
          <DataTable
            caption={t("tableCaption", { total })}
            rows={entries}
            rowKey={(entry) => entry.id}
            rowHeaders={false}
            columns={[
              { header: t("at"), cell: (entry) => <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}</time> },
              { header: t("who"), cell: (entry) => entry.actorEmail ?? t("system") },
              { header: t("action"), cell: (entry) => <code>{entry.action}</code> },
              {
                header: t("object"),
                cell: (entry) => (
                  <>
                    {entry.objectType}
                    {entry.objectId ? <span className="afk-muted"> {entry.objectId}</span> : null}
                  </>
                ),
              },
              {
                header: t("outcome"),
                cell: (entry) => (
                  <>
                    {entry.result === "success" ? t("success") : t("refused")}
                    {entry.reason ? <span className="afk-muted"> ({entry.reason})</span> : null}
                  </>
                ),
              },
              { header: t("origin"), cell: (entry) => entry.ip ?? "" },
            ]}
          />
        </TableRegion>
      )}
      {pages > 1 ? (
        <nav aria-label={tCommon("pageOf", { page: filter.page, pages })}>
          <Paragraph>
            {filter.page > 1 ? <Link href={`?${query({ page: filter.page - 1 })}`}>{tCommon("previous")}</Link> : null}{" "}
            {tCommon("pageOf", { page: filter.page, pages })}{" "}
            {filter.page < pages ? <Link href={`?${query({ page: filter.page + 1 })}`}>{tCommon("next")}</Link> : null}
          </Paragraph>
        </nav>
      ) : null}
    </div>
  );
}
