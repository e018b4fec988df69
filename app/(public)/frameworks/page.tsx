import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { SourceCitation } from "@/components/frameworks/source-citation";
import { itemCount, versionsById } from "@/lib/frameworks/api";
import { latestFrameworks, loadFrameworks } from "@/lib/frameworks/load";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("frameworks"))("title") };
}

/** Public: the frameworks are public documents, and this page is the app's "sources and method". */
export default async function FrameworksPage() {
  const [t, tCommon, tChannels, locale] = await Promise.all([getTranslations("frameworks"), getTranslations("common"), getTranslations("channels.links"), getLocale()]);
  const frameworks = latestFrameworks();
  const versions = versionsById(loadFrameworks());
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: "/", label: tCommon("home") }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <Paragraph>{t("method")}</Paragraph>
      {frameworks.map((framework) => {
        const headingId = `framework-${framework.id}`;
        const frameworkVersions = versions.get(framework.id) ?? [framework.version];
        return (
          <section key={framework.id} aria-labelledby={headingId} className="afk-card afk-stack">
            <Heading2 id={headingId}>
              <Link href={`/frameworks/${framework.id}`}>{localized(framework.title, locale)}</Link>
            </Heading2>
            <Paragraph>{localized(framework.summary, locale)}</Paragraph>
            <dl className="afk-facts-list">
              <dt>{t("versions")}</dt>
              <dd>
                {frameworkVersions.map((version, index) => (
                  <span key={version}>
                    {index > 0 ? ", " : null}
                    <Link href={`/frameworks/${framework.id}?version=${encodeURIComponent(version)}`}>{version}</Link>
                    {version === framework.version ? ` (${t("latestVersion")})` : null}
                  </span>
                ))}
              </dd>
              <dt>{t("source")}</dt>
              <dd>
                <SourceCitation source={framework.source} />
              </dd>
              <dt>{t("itemCount")}</dt>
              <dd>{t("items", { count: itemCount(framework) })}</dd>
            </dl>
          </section>
        );
      })}
      <section aria-labelledby="open-data" className="afk-stack">
        <Heading2 id="open-data">{t("openData")}</Heading2>
        <Paragraph>{t("openDataIntro")}</Paragraph>
        <ul>
          <li>
            <Link href="/api/frameworks">/api/frameworks</Link>: {t("apiFrameworks")}
          </li>
          <li>
            <Link href="/api/platforms">/api/platforms</Link>: {t("apiPlatforms")}
          </li>
          <li>
            <Link href="/channels">/channels</Link>: {tChannels("frameworksLink")}
          </li>
        </ul>
      </section>
    </div>
  );
}
