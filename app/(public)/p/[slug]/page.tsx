import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { DocumentLinks } from "@/components/policy/document-links";
import { listPublishedVersions } from "@/lib/policy/queries";
import { TableRegion } from "@/components/tables/table-region";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const published = await listPublishedVersions(slug);
  return { title: published ? (await getTranslations("policy.public"))("listTitle", { municipality: published.municipality.name }) : undefined };
}

/** The published policy documents of a municipality, for residents; no sign-in. */
export default async function PublicPoliciesPage({ params }: Props) {
  const { slug } = await params;
  const published = await listPublishedVersions(slug);
  if (!published) notFound();
  const t = await getTranslations("policy");
  const { municipality, versions } = published;
  return (
    <div className="afk-stack">
      <Heading1>{t("public.listTitle", { municipality: municipality.name })}</Heading1>
      <Paragraph>{t("public.listIntro")}</Paragraph>
      {versions.length === 0 ? (
        <Paragraph>{t("public.none")}</Paragraph>
      ) : (
        <TableRegion label={t("public.caption", { municipality: municipality.name })}>
          <DataTable
            caption={t("public.caption", { municipality: municipality.name })}
            rows={versions}
            rowKey={(version) => version.id}
            columns={[
              { header: t("list.year"), cell: (version) => version.year },
              { header: t("list.adopted"), cell: (version) => version.councilDecisionRef },
              {
                header: t("list.documents"),
                cell: (version) => (
                  <DocumentLinks
                    year={version.year}
                    links={[
                      { href: `/p/${slug}/${version.year}`, label: t("links.web") },
                      { href: `/api/public/${slug}/policies/${version.year}/pdf`, label: t("links.pdf") },
                      { href: `/api/public/${slug}/policies/${version.year}/json`, label: t("links.jsonShort") },
                    ]}
                  />
                ),
              },
            ]}
          />
        </TableRegion>
      )}
    </div>
  );
}
