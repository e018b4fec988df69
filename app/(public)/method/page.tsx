import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading1 } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { methodHtml } from "@/lib/docs/method";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scoring.labels"))("method") };
}

export default async function MethodPage() {
  const [t, tCommon, locale] = await Promise.all([getTranslations("scoring.labels"), getTranslations("common"), getLocale()]);
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: "/", label: tCommon("home") }, { label: t("method") }]} />
      <Heading1>{t("method")}</Heading1>
      <div className="utrecht-html afk-prose" dangerouslySetInnerHTML={{ __html: methodHtml(locale as Locale) }} />
    </div>
  );
}
