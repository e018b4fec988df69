import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { SectionOwnersForm } from "@/components/reviews/section-owners-form";
import { requireMunicipality } from "@/lib/auth/session";
import { latestFrameworks } from "@/lib/frameworks/load";
import { localized } from "@/lib/i18n/localized";
import { getSectionOwners } from "@/lib/reviews/queries";
import { sectionOfItem } from "@/lib/reviews/sections";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews.sectionOwners"))("title") };
}

/** Administrators divide the assessments into review sections: the reviewing role per section and the section per question. */
export default async function SectionOwnersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "settings.edit");
  const [t, tRisks, locale, owners] = await Promise.all([
    getTranslations("reviews.sectionOwners"),
    getTranslations("reviews.risksPage"),
    getLocale(),
    getSectionOwners(municipality.id),
  ]);
  const groups = latestFrameworks().flatMap((framework) =>
    framework.parts.map((part) => ({
      id: `${framework.id}:${part.id}`,
      title: `${localized(framework.title, locale)} – ${localized(part.title, locale)}`,
      items: part.items.map((item) => {
        const ref = `${framework.id}:${item.id}`;
        return { ref, label: localized(item.text, locale), owner: item.owner, section: sectionOfItem(ref, item.owner, owners) };
      }),
    })),
  );
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: `/m/${slug}/risks`, label: tRisks("title") }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <SectionOwnersForm municipalitySlug={slug} reviewers={owners.reviewers} groups={groups} />
    </div>
  );
}
