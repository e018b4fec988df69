import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { WeightsForm } from "@/components/admin/weights-form";
import { requireMunicipality } from "@/lib/auth/session";
import { municipalityWeights } from "@/lib/assessments/scoring";
import { loadDimensions } from "@/lib/frameworks/load";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scoring.weights"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "settings.edit");
  const [t, tNav, tScoring, locale, weights] = await Promise.all([
    getTranslations("scoring.weights"),
    getTranslations("common.nav"),
    getTranslations("scoring.labels"),
    getLocale(),
    municipalityWeights(municipality.id),
  ]);
  const dimensions = loadDimensions().map((dimension) => ({
    id: dimension.id,
    title: localized(dimension.title, locale),
    description: localized(dimension.description, locale),
    defaultWeight: dimension.defaultWeight,
  }));
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: tNav("settings") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>
        <Link href="/method">{tScoring("method")}</Link>
      </Paragraph>
      <WeightsForm municipalitySlug={slug} dimensions={dimensions} weights={weights} />
    </div>
  );
}
