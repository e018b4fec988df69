import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { CreateAssessmentForm } from "@/components/assessments/create-assessment-form";
import { requireMunicipality } from "@/lib/auth/session";
import { getCatalogue } from "@/lib/catalogue/load";
import { policyYearNow } from "@/lib/assessments/policy-year";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.create"))("title") };
}

export default async function NewAssessmentPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ year?: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "assessment.create");
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested >= 2020 && requested <= 2100 ? requested : policyYearNow();
  const t = await getTranslations("assessments");
  const channels = getCatalogue().channels.map((channel) => ({ id: channel.id, name: channel.name, kind: channel.kind }));
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: `/m/${slug}/assessments`, label: t("title") }, { label: t("create.title") }]} />
      <Heading1>{t("create.title")}</Heading1>
      <Paragraph>{t("create.intro")}</Paragraph>
      <CreateAssessmentForm municipalitySlug={slug} year={year} channels={channels} />
    </div>
  );
}
