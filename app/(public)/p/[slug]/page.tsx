import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { DocumentLinks } from "@/components/policy/document-links";
import { listPublishedVersions } from "@/lib/policy/queries";

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
        <div className="afk-table-wrap">
          <Table>
            <TableCaption>{t("public.caption", { municipality: municipality.name })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("list.year")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("list.adopted")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("list.documents")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.map((version) => (
                <TableRow key={version.id}>
                  <TableHeaderCell scope="row">{version.year}</TableHeaderCell>
                  <TableCell>{version.councilDecisionRef}</TableCell>
                  <TableCell>
                    <DocumentLinks
                      year={version.year}
                      links={[
                        { href: `/p/${slug}/${version.year}`, label: t("links.web") },
                        { href: `/api/public/${slug}/policies/${version.year}/pdf`, label: t("links.pdf") },
                        { href: `/api/public/${slug}/policies/${version.year}/json`, label: t("links.jsonShort") },
                      ]}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
