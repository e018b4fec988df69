import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { DocumentLinks } from "@/components/policy/document-links";
import { VersionActionButton } from "@/components/policy/version-action-button";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { policyYearNow } from "@/lib/assessments/policy-year";
import { listPolicyVersions } from "@/lib/policy/queries";
import { TableRegion } from "@/components/tables/table-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy"))("title") };
}

export default async function PolicyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "policy.read");
  const [t, tNav, format, versions] = await Promise.all([
    getTranslations("policy"),
    getTranslations("common.nav"),
    getFormatter(),
    listPolicyVersions(municipality.id, { includeDrafts: can(roles, "policy.draft.read") }),
  ]);
  const currentYear = policyYearNow();
  const years = new Set(versions.map((version) => version.year));
  const latestAdopted = versions.find((version) => version.status === "adopted");
  const canEdit = can(roles, "policy.edit");
  // The newest version is a draft: the year after it starts only once it is adopted.
  const pendingDraft = versions[0]?.status === "draft" ? versions[0] : null;
  const adoptedCount = versions.filter((version) => version.status === "adopted").length;
  const date = (value: string | null) => (value ? format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" }) : "");

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: tNav("policy") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {versions.length === 0 ? (
        <Paragraph>{t("list.none")}</Paragraph>
      ) : (
        <TableRegion label={t("list.caption", { municipality: municipality.name })}>
          <DataTable
            caption={t("list.caption", { municipality: municipality.name })}
            rows={versions}
            rowKey={(version) => version.id}
            columns={[
              { header: t("list.year"), cell: (version) => <Link href={`/m/${slug}/policy/${version.year}`}>{t("list.versionLink", { year: version.year })}</Link> },
              { header: t("list.status"), cell: (version) => t(`statuses.${version.status as "draft"}`) },
              {
                header: t("list.adopted"),
                cell: (version) =>
                  version.status === "adopted" ? t("list.adoptedOn", { date: date(version.councilDecisionDate), reference: version.councilDecisionRef ?? "" }) : "–",
              },
              { header: t("list.published"), cell: (version) => (version.publishedAt ? format.dateTime(version.publishedAt, { dateStyle: "long" }) : t("list.notPublished")) },
              {
                header: t("list.documents"),
                cell: (version) => (
                  <DocumentLinks
                    year={version.year}
                    links={[
                      { href: `/m/${slug}/policy/${version.year}/document`, label: t("links.web") },
                      { href: `/m/${slug}/policy/${version.year}/pdf`, label: t("links.pdf") },
                    ]}
                  />
                ),
              },
            ]}
          />
        </TableRegion>
      )}
      {adoptedCount >= 2 ? (
        <Paragraph>
          <Link href={`/m/${slug}/policy/compare`}>{t("list.compare")}</Link>
        </Paragraph>
      ) : null}
      {canEdit ? (
        <section aria-labelledby="policy-start" className="afk-stack">
          <Heading2 id="policy-start">{t("list.startTitle")}</Heading2>
          {latestAdopted && !years.has(latestAdopted.year + 1) ? (
            <>
              <Paragraph>{t("list.nextYearIntro", { from: latestAdopted.year, to: latestAdopted.year + 1 })}</Paragraph>
              <VersionActionButton
                municipalitySlug={slug}
                year={latestAdopted.year}
                action="startNextYear"
                primary
                label={t("list.nextYear", { year: latestAdopted.year + 1 })}
                goTo={`/m/${slug}/policy/${latestAdopted.year + 1}`}
              />
            </>
          ) : null}
          {!years.has(currentYear) && !(latestAdopted && latestAdopted.year + 1 === currentYear) ? (
            <>
              <Paragraph>{t("list.draftIntro", { year: currentYear })}</Paragraph>
              <VersionActionButton municipalitySlug={slug} year={currentYear} action="createDraft" label={t("list.createDraft", { year: currentYear })} goTo={`/m/${slug}/policy/${currentYear}`} />
            </>
          ) : null}
          {pendingDraft ? (
            <Paragraph>
              {t("list.waitsForAdoption", { year: pendingDraft.year, next: pendingDraft.year + 1 })}{" "}
              <Link href={`/m/${slug}/policy/${pendingDraft.year}#open-items`}>{t("list.waitsForAdoptionLink", { year: pendingDraft.year })}</Link>
            </Paragraph>
          ) : years.has(currentYear) && (!latestAdopted || years.has(latestAdopted.year + 1)) ? (
            <Paragraph>{t("list.nothingToStart")}</Paragraph>
          ) : null}
        </section>
      ) : null}
      {can(roles, "policy.import") ? (
        <Paragraph>
          <Link href={`/m/${slug}/policy/import`}>{t("list.import")}</Link>
        </Paragraph>
      ) : null}
    </div>
  );
}
