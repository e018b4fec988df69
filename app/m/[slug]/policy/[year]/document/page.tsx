import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { PolicyDocument } from "@/components/policy/policy-document";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { toLocale } from "@/lib/i18n/locales";
import { policyTranslator } from "@/lib/policy/i18n";
import { getPolicyVersion, policyDocument } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";
import { buildPolicyView } from "@/lib/policy/view";

type Props = { params: Promise<{ slug: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("policy"))("doc.title", { year }) };
}

/** The accessible web version of a version's document, inside the app. */
export default async function PolicyDocumentPage({ params }: Props) {
  const { slug, year: yearParam } = await params;
  const { municipality, roles } = await requireMunicipality(slug, "policy.read");
  const year = parseYearParam(yearParam);
  if (!year) notFound();
  const version = await getPolicyVersion(municipality.id, year, { includeDrafts: can(roles, "policy.draft.read") });
  if (!version) notFound();
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
