import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { CompareTable } from "@/components/catalogue/compare-table";
import { FactValue } from "@/components/catalogue/fact-display";
import { SelectField } from "@/components/forms/select-field";
import { formatIsoDate } from "@/components/frameworks/source-citation";
import { requireMunicipality } from "@/lib/auth/session";
import { filterChannels, parseCatalogueFilter } from "@/lib/catalogue/api";
import { channelKindLabels, factLabel, factValueLabel, type Locale } from "@/lib/catalogue/facts";
import { getCatalogue } from "@/lib/catalogue/load";
import { customPrefix } from "@/lib/catalogue/custom";
import { listChannelsInForce, listCustomChannels } from "@/lib/catalogue/queries";
import { channelKinds, enumeratedFactValues, type ChannelKind, type FactKey } from "@/lib/catalogue/schema";
import { TableRegion } from "@/components/tables/table-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

const tableFacts: FactKey[] = ["owner", "jurisdiction", "reach", "openProtocol", "dpia"];
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function CataloguePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "municipality.read");
  const query = await searchParams;
  const [t, tNav, locale, channels, ownChannels] = await Promise.all([
    getTranslations("catalogue"),
    getTranslations("common.nav"),
    getLocale() as Promise<Locale>,
    listChannelsInForce(municipality.id),
    listCustomChannels(municipality.id),
  ]);
  const catalogue = getCatalogue();
  const filter = parseCatalogueFilter(query);
  const filtered = Object.keys(filter).length > 0;
  const shown = filterChannels(channels, filter);
  const base = `/m/${slug}/catalogue`;

  const compareId = first(query.compare);
  const withId = first(query.with);
  const compareFirst = channels.find(({ channel }) => channel.id === compareId);
  const compareSecond = channels.find(({ channel }) => channel.id === withId);
  const comparing = Boolean(compareId || withId);
  const channelOptions = channels.map(({ channel }) => ({ value: channel.id, label: channel.name }));
  const valueOptions = (key: "jurisdiction" | "openProtocol") =>
    enumeratedFactValues[key].map((value) => ({ value, label: factValueLabel(key, value, locale) }));

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: tNav("catalogue") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <Paragraph className="afk-source">
        {t("version", { version: catalogue.version, date: await formatIsoDate(catalogue.publishedAt) })}{" "}
        <Link href="/api/platforms">{t("openData")}</Link>
      </Paragraph>

      <section aria-labelledby="filter" className="afk-stack">
        <Heading2 id="filter">{t("filterTitle")}</Heading2>
        <form method="get" action={base} className="afk-filter">
          {compareFirst ? <input type="hidden" name="compare" value={compareFirst.channel.id} /> : null}
          {compareSecond ? <input type="hidden" name="with" value={compareSecond.channel.id} /> : null}
          <SelectField
            id="filter-kind"
            name="kind"
            label={t("kind")}
            value={filter.kind}
            emptyLabel={t("allKinds")}
            options={channelKinds.map((kind) => ({ value: kind, label: channelKindLabels[kind][locale] }))}
          />
          <SelectField id="filter-jurisdiction" name="jurisdiction" label={factLabel("jurisdiction", locale)} value={filter.jurisdiction} emptyLabel={t("any")} options={valueOptions("jurisdiction")} />
          <SelectField id="filter-open-protocol" name="openProtocol" label={factLabel("openProtocol", locale)} value={filter.openProtocol} emptyLabel={t("any")} options={valueOptions("openProtocol")} />
          <div className="afk-filter__actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("filterSubmit")}
            </button>
            {filtered ? <Link href={base}>{t("filterReset")}</Link> : null}
          </div>
        </form>
      </section>

      {shown.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <TableRegion label={filtered ? t("tableCaptionFiltered", { count: shown.length }) : t("tableCaption", { count: shown.length })}>
          <DataTable
            caption={filtered ? t("tableCaptionFiltered", { count: shown.length }) : t("tableCaption", { count: shown.length })}
            rows={shown}
            rowKey={({ channel }) => channel.id}
            columns={[
              { header: t("channel"), cell: ({ channel }) => <Link href={`${base}/${channel.id}`}>{channel.name}</Link> },
              { header: t("kind"), cell: ({ channel }) => channelKindLabels[channel.kind][locale] },
              ...tableFacts.map((key) => ({ header: factLabel(key, locale), cell: ({ facts }: (typeof shown)[number]) => <FactValue factKey={key} fact={facts[key]} /> })),
            ]}
          />
        </TableRegion>
      )}
      <Paragraph className="afk-source">{t("sourcesOnDetail")}</Paragraph>

      {ownChannels.length > 0 ? (
        <section aria-labelledby="own-channels" className="afk-stack">
          <Heading2 id="own-channels">{t("ownChannels.title")}</Heading2>
          <Paragraph>{t("ownChannels.intro")}</Paragraph>
          <ul>
            {ownChannels.map((own) => {
              const type = own.baseChannelId ? catalogue.channels.find((candidate) => candidate.id === own.baseChannelId)?.name : undefined;
              return (
                <li key={own.id}>
                  <Link href={`${base}/${customPrefix}${own.id}`}>{own.name}</Link> ({channelKindLabels[own.kind as ChannelKind][locale]}
                  {type ? `; ${t("ownChannels.type", { type })}` : ""}
                  {own.selfHosted && own.host ? `; ${t("ownChannels.server", { host: own.host })}` : ""})
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="compare" className="afk-stack">
        <Heading2 id="compare">{t("compareTitle")}</Heading2>
        <Paragraph>{t("compareIntro")}</Paragraph>
        <form method="get" action={`${base}#compare`} className="afk-filter">
          {Object.entries(filter).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SelectField id="compare-first" name="compare" label={t("compareFirst")} value={compareFirst?.channel.id} emptyLabel={t("chooseChannel")} options={channelOptions} />
          <SelectField id="compare-second" name="with" label={t("compareSecond")} value={compareSecond?.channel.id} emptyLabel={t("chooseChannel")} options={channelOptions} />
          <div className="afk-filter__actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("compareSubmit")}
            </button>
          </div>
        </form>
        {comparing && (!compareFirst || !compareSecond) ? (
          <Alert type="warning">
            <Paragraph>{t("compareChooseTwo")}</Paragraph>
          </Alert>
        ) : null}
        {compareFirst && compareSecond && compareFirst.channel.id === compareSecond.channel.id ? (
          <Alert type="warning">
            <Paragraph>{t("compareSame")}</Paragraph>
          </Alert>
        ) : null}
        {compareFirst && compareSecond && compareFirst.channel.id !== compareSecond.channel.id ? (
          <CompareTable slug={slug} first={compareFirst} second={compareSecond} />
        ) : null}
      </section>
    </div>
  );
}
