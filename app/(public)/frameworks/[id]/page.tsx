import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { FrameworkItemView } from "@/components/frameworks/framework-item";
import { MigrationTable } from "@/components/frameworks/migration-table";
import { SearchForm } from "@/components/frameworks/search-form";
import { SourceCitation } from "@/components/frameworks/source-citation";
import { itemCount, migrationOverview, searchFramework, versionsById } from "@/lib/frameworks/api";
import { getFramework, loadDimensions, loadFrameworks } from "@/lib/frameworks/load";
import { localized } from "@/lib/i18n/localized";

type SearchParams = { version?: string | string[]; q?: string | string[] };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function load({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const version = first(query.version) || undefined;
  return { framework: getFramework(id, version), latest: getFramework(id), q: (first(query.q) ?? "").trim().slice(0, 200) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ framework }, locale] = await Promise.all([load(props), getLocale()]);
  return { title: framework ? `${localized(framework.title, locale)} ${framework.version}` : undefined };
}

export default async function FrameworkPage(props: Props) {
  const { framework, latest, q } = await load(props);
  if (!framework || !latest) notFound();
  const [t, tCommon, locale] = await Promise.all([getTranslations("frameworks"), getTranslations("common"), getLocale()]);
  const versions = versionsById(loadFrameworks()).get(framework.id) ?? [framework.version];
  const previous = framework.previousVersion ? getFramework(framework.id, framework.previousVersion) : undefined;
  const migration = migrationOverview(framework, previous);
  const dimensions = new Map(loadDimensions().map((dimension) => [dimension.id, dimension]));
  const matches = searchFramework(framework, q);
  const found = matches.reduce((count, match) => count + match.items.length, 0);
  const title = localized(framework.title, locale);
  const baseHref = `/frameworks/${framework.id}`;
  const versionQuery = framework.version === latest.version ? "" : `?version=${encodeURIComponent(framework.version)}`;

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: "/", label: tCommon("home") }, { href: "/frameworks", label: t("title") }, { label: title }]} />
      <Heading1>
        {title} <span className="afk-muted">{t("versionLabel", { version: framework.version })}</span>
      </Heading1>
      {framework.version !== latest.version ? (
        <Alert type="info">
          <Paragraph>
            {t("olderVersion", { version: framework.version, latest: latest.version })}{" "}
            <Link href={baseHref}>{t("toLatest", { latest: latest.version })}</Link>
          </Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{localized(framework.summary, locale)}</Paragraph>
      <dl className="afk-facts-list">
        <dt>{t("source")}</dt>
        <dd>
          <SourceCitation source={framework.source} />
        </dd>
        {framework.source.reference ? (
          <>
            <dt>{t("reference")}</dt>
            <dd lang="nl">{framework.source.reference}</dd>
          </>
        ) : null}
        <dt>{t("versions")}</dt>
        <dd>
          {versions.map((version, index) => (
            <span key={version}>
              {index > 0 ? ", " : null}
              {version === framework.version ? (
                <strong aria-current="page">{version}</strong>
              ) : (
                <Link href={version === latest.version ? baseHref : `${baseHref}?version=${encodeURIComponent(version)}`}>{version}</Link>
              )}
            </span>
          ))}
        </dd>
        <dt>{t("itemCount")}</dt>
        <dd>{t("items", { count: itemCount(framework) })}</dd>
      </dl>

      {framework.previousVersion ? (
        <section aria-labelledby="changes" className="afk-stack">
          <Heading2 id="changes">{t("changes", { previous: framework.previousVersion })}</Heading2>
          <MigrationTable
            overview={migration}
            previousVersion={framework.previousVersion}
            previousHref={`${baseHref}?version=${encodeURIComponent(framework.previousVersion)}`}
            currentHref={`${baseHref}${versionQuery}`}
          />
        </section>
      ) : null}

      <section aria-labelledby="search" className="afk-stack">
        <Heading2 id="search">{t("searchTitle")}</Heading2>
        <SearchForm action={baseHref} query={q} version={versionQuery ? framework.version : undefined} />
        {q ? (
          <Paragraph>
            {t("searchResults", { count: found, query: q })}{" "}
            <Link href={`${baseHref}${versionQuery}`}>{t("showAll")}</Link>
          </Paragraph>
        ) : null}
      </section>

      {matches.map(({ part, items }) => {
        const headingId = `part-${part.id}`;
        return (
          <section key={part.id} aria-labelledby={headingId} className="afk-stack">
            <Heading2 id={headingId}>{localized(part.title, locale)}</Heading2>
            {part.description ? <Paragraph>{localized(part.description, locale)}</Paragraph> : null}
            <ol className="afk-item-list">
              {items.map(({ item, number }) => (
                <FrameworkItemView key={item.id} item={item} number={number} dimensions={dimensions} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
