import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { PolicyDocument } from "@/components/policy/policy-document";
import { requirePolicyVersion } from "@/lib/policy/access";
import { toLocale } from "@/lib/i18n/locales";
import { policyTranslator } from "@/lib/policy/i18n";
import { policyDocument } from "@/lib/policy/queries";
import { buildPolicyView } from "@/lib/policy/view";

type Props = { params: Promise<{ slug: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("policy"))("doc.title", { year }) };
}

/** The accessible web version of a version's document, inside the app. */
export default async function PolicyDocumentPage({ params }: Props) {
  const { slug, year: yearParam } = await params;
  const { municipality, year, version } = await requirePolicyVersion(slug, yearParam);
  const document = policyDocument(version);
  const [t, tNav, locale, snapshot] = await Promise.all([getTranslations("policy"), getTranslations("common.nav"), getLocale(), document.snapshot()]);
  const view = buildPolicyView({ snapshot, status: document.status, hash: document.hash, locale: toLocale(locale), t: policyTranslator(toLocale(locale)), answerChangeLimit: 8 });
  return (
    <div className="afk-stack">
      <Breadcrumb
        items={[
          { href: `/m/${slug}`, label: municipality.name },
          { href: `/m/${slug}/policy`, label: tNav("policy") },
          { href: `/m/${slug}/policy/${year}`, label: String(year) },
          { label: t("links.web") },
        ]}
      />
      <Paragraph className="afk-policy-actions">
        <Link href={`/m/${slug}/policy/${year}/pdf`}>{t("links.pdfLong")}</Link>
      </Paragraph>
      <PolicyDocument view={view} />
    </div>
  );
}
