import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { ImportForm } from "@/components/policy/import-form";
import { requireMunicipality } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy"))("import.title") };
}

export default async function PolicyImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "policy.import");
  const [t, tNav] = await Promise.all([getTranslations("policy"), getTranslations("common.nav")]);
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: `/m/${slug}/policy`, label: tNav("policy") }, { label: t("import.title") }]} />
      <Heading1>{t("import.title")}</Heading1>
      <Paragraph>{t("import.intro")}</Paragraph>
      <Paragraph>{t("import.formatNote")}</Paragraph>
      <ImportForm municipalitySlug={slug} />
    </div>
  );
}
