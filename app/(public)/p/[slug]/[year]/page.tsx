import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, Paragraph } from "@utrecht/component-library-react";
import { PolicyDocument } from "@/components/policy/policy-document";
import { toLocale } from "@/lib/i18n/locales";
import { policyTranslator } from "@/lib/policy/i18n";
import { getPublishedVersion, policyDocument } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";
import { buildPolicyView } from "@/lib/policy/view";

type Props = { params: Promise<{ slug: string; year: string }> };

async function load(params: Props["params"]) {
  const { slug, year: yearParam } = await params;
  const year = parseYearParam(yearParam);
  return year ? getPublishedVersion(slug, year) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const published = await load(params);
  if (!published) return {};
  const t = await getTranslations("policy");
  return { title: `${t("doc.title", { year: published.version.year })} – ${published.municipality.name}` };
}

/** The published web version for residents: the same text as the PDF, readable with assistive technology. */
export default async function PublicPolicyPage({ params }: Props) {
  const published = await load(params);
  if (!published) notFound();
  const { municipality, version } = published;
  const [t, locale, snapshot] = await Promise.all([getTranslations("policy"), getLocale(), policyDocument(version).snapshot()]);
  const view = buildPolicyView({ snapshot, status: "adopted", hash: version.snapshotHash, locale: toLocale(locale), t: policyTranslator(toLocale(locale)) });
  const api = `/api/public/${municipality.slug}/policies/${version.year}`;
  return (
    <div className="afk-stack">
      <Paragraph className="afk-policy-actions">
        <Link href={`/p/${municipality.slug}`}>{t("public.allVersions", { municipality: municipality.name })}</Link>
        {" · "}
        <Link href={`${api}/pdf`}>{t("links.pdfLong")}</Link>
        {" · "}
        <Link href={`${api}/json`}>{t("links.jsonPublic")}</Link>
      </Paragraph>
      <PolicyDocument view={view} />
    </div>
  );
}
