import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { FactProvenance, FactValue } from "@/components/catalogue/fact-display";
import { FactOverrideForm, type FactOption } from "@/components/catalogue/fact-override-form";
import { RemoveOverrideButton } from "@/components/catalogue/remove-override-button";
import { requireMunicipality } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { channelKindLabels, factLabel, factValueLabel, type Locale } from "@/lib/catalogue/facts";
import { isCustomChannelId } from "@/lib/catalogue/custom";
import { getChannel } from "@/lib/catalogue/load";
import { getChannelInForce, listAssessmentsWithChangedFacts } from "@/lib/catalogue/queries";
import { enumeratedFactValues, factKey, factKeys, isEnumeratedFactKey, todayInNL, UNKNOWN, type FactKey } from "@/lib/catalogue/schema";
import { countryOptions } from "@/lib/catalogue/countries";
import { localized } from "@/lib/i18n/localized";
import { TableRegion } from "@/components/tables/table-region";

/**
 * A municipality's own channel is "custom:<id>"; after a client-side navigation the colon arrives
 * percent-encoded. A value that does not decode is left as it is and simply not found.
 */
function channelIdOf(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

type Props = { params: Promise<{ slug: string; channelId: string }>; searchParams: Promise<{ fact?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { channelId } = await params;
  const t = await getTranslations("catalogue");
  return { title: getChannel(channelIdOf(channelId))?.name ?? t("title") };
}

export default async function ChannelPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const channelId = channelIdOf((await params).channelId);
  const { municipality, roles } = await requireMunicipality(slug, "municipality.read");
  const found = await getChannelInForce(municipality.id, channelId);
  if (!found) notFound();
  const { channel, facts } = found;
  const canOverride = can(roles, "catalogue.override");
  const [t, tChannels, tNav, tStatus, locale, changed] = await Promise.all([
    getTranslations("catalogue"),
    getTranslations("channels.links"),
    getTranslations("common.nav"),
    getTranslations("assessments.statuses"),
    getLocale() as Promise<Locale>,
    can(roles, "assessment.read") ? listAssessmentsWithChangedFacts(municipality.id, channel.id, facts) : Promise.resolve([]),
  ]);
  const requested = factKey.safeParse([(await searchParams).fact].flat()[0]);
  const base = `/m/${slug}/catalogue`;

  const factOptions: FactOption[] = factKeys.map((key) => {
    const values = isEnumeratedFactKey(key)
      ? (enumeratedFactValues[key] as readonly string[]).map((value) => ({ value, label: factValueLabel(key, value, locale) }))
      : key === "country"
        ? [{ value: UNKNOWN, label: factValueLabel(key, UNKNOWN, locale) }, ...countryOptions(locale)]
        : null;
    // A free-text field starts empty rather than with the code word "unknown".
    return { key, label: factLabel(key, locale), current: !values && facts[key].value === UNKNOWN ? "" : facts[key].value, values };
  });

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: base, label: tNav("catalogue") }, { label: channel.name }]} />
      <Heading1>{channel.name}</Heading1>
      <Paragraph>
        <strong>{channelKindLabels[channel.kind][locale]}</strong>. {localized(channel.description, locale)}
      </Paragraph>
      {isCustomChannelId(channel.id) ? (
        <Paragraph>{t("customChannel")}</Paragraph>
      ) : (
        <Paragraph>
          <Link href={`/channels/${channel.id}`}>{tChannels("catalogueLink", { channel: channel.name })}</Link>
        </Paragraph>
      )}
      {!channel.digital ? <Paragraph>{t("physical")}</Paragraph> : null}

      <TableRegion label={t("factsCaption", { channel: channel.name })}>
        <DataTable
          caption={t("factsCaption", { channel: channel.name })}
          rows={factKeys}
          rowKey={(key) => key}
          rowId={(key) => `fact-${key}`}
          columns={[
            { header: t("fact"), cell: (key) => factLabel(key, locale) },
            { header: t("value"), cell: (key) => <FactValue factKey={key} fact={facts[key]} withNote /> },
            { header: t("provenance"), cell: (key) => <FactProvenance factKey={key} fact={facts[key]} /> },
            ...(canOverride
              ? [
                  {
                    header: t("override.column"),
                    cell: (key: FactKey) => (
                      <span className="afk-cell-actions">
                        <Link href={`${base}/${channel.id}?fact=${key}#override`}>
                          {t("override.edit")}
                          <span className="afk-visually-hidden"> {t("override.forFact", { fact: factLabel(key, locale) })}</span>
                        </Link>
                        {facts[key].origin === "override" ? (
                          <RemoveOverrideButton municipalitySlug={slug} channelId={channel.id} factKey={key} factLabel={factLabel(key, locale)} />
                        ) : null}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </TableRegion>

      <section aria-labelledby="changed" className="afk-stack">
        <Heading2 id="changed">{t("changedTitle")}</Heading2>
        {changed.length === 0 ? (
          <Paragraph>{t("changedNone", { channel: channel.name })}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("changedIntro", { channel: channel.name })}</Paragraph>
            <ul>
              {changed.map((assessment) => (
                <li key={assessment.id}>
                  <Link href={`/m/${slug}/assessments/${assessment.id}`}>{t("changedItem", { channel: channel.name, year: assessment.year })}</Link> (
                  {tStatus(assessment.status as "draft")}): {t("changedFacts", { facts: assessment.changes.map((change) => factLabel(change.factKey, locale)).join(", ") })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {canOverride ? (
        <section aria-labelledby="override" className="afk-stack">
          <Heading2 id="override">{t("override.title")}</Heading2>
          <Paragraph>{t("override.intro")}</Paragraph>
          <FactOverrideForm
            key={requested.success ? requested.data : "owner"}
            municipalitySlug={slug}
            channelId={channel.id}
            facts={factOptions}
            initialFact={requested.success ? requested.data : "owner"}
            today={todayInNL()}
          />
        </section>
      ) : null}
    </div>
  );
}
