import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, Paragraph } from "@utrecht/component-library-react";
import { PolicyDocument } from "@/components/policy/policy-document";
import { toLocale } from "@/lib/i18n/locales";
import { policyTranslator } from "@/lib/policy/i18n";
import { frozenView } from "@/lib/policy/published";
import { getPublishedVersion, policyDocument } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";
import { buildPolicyView } from "@/lib/policy/view";

type Props = { params: Promise<{ slug: string; year: string }> };

// Once per request: the metadata and the page ask alike.
const published = cache((slug: string, year: number) => getPublishedVersion(slug, year));

async function load(params: Props["params"]) {
  const { slug, year: yearParam } = await params;
  const year = parseYearParam(yearParam);
  return year ? published(slug, year) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const t = await getTranslations("policy");
  return { title: `${t("doc.title", { year: found.version.year })} – ${found.municipality.name}` };
}

/** The published web version for residents: the same text as the PDF, readable with assistive technology. */
export default async function PublicPolicyPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { municipality, version } = found;
  const [t, locale] = await Promise.all([getTranslations("policy"), getLocale().then(toLocale)]);
  // getPublishedVersion only finds an adopted version with its hash: its view never changes.
  const view = await frozenView(version.snapshotHash!, locale, policyDocument(version).snapshot, (snapshot) =>
    buildPolicyView({ snapshot, status: "adopted", hash: version.snapshotHash, locale, t: policyTranslator(locale) }),
  );
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
