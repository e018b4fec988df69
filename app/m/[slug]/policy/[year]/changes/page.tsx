import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { ChangesList } from "@/components/policy/changes-list";
import { requirePolicyVersion } from "@/lib/policy/access";
import { toLocale } from "@/lib/i18n/locales";
import { policyTranslator } from "@/lib/policy/i18n";
import { policyDocument } from "@/lib/policy/queries";
import { changeViews } from "@/lib/policy/view-changes";

type Props = { params: Promise<{ slug: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("policy"))("changesPage.title", { year }) };
}

/** Per channel what changed since the previous adopted version: decisions, scores, risks, facts, answers. */
export default async function PolicyChangesPage({ params }: Props) {
  const { slug, year: yearParam } = await params;
  const { municipality, year, version } = await requirePolicyVersion(slug, yearParam);
  const [t, tNav, locale, snapshot] = await Promise.all([getTranslations("policy"), getTranslations("common.nav"), getLocale(), policyDocument(version).snapshot()]);
  const channels = snapshot.changes ? changeViews(snapshot.changes, snapshot, null, { locale: toLocale(locale), t: policyTranslator(toLocale(locale)) }) : [];
  const changed = channels.filter((channel) => channel.lines.length > 0).length;
  return (
    <div className="afk-stack">
      <Breadcrumb
        items={[
          { href: `/m/${slug}`, label: municipality.name },
          { href: `/m/${slug}/policy`, label: tNav("policy") },
          { href: `/m/${slug}/policy/${year}`, label: String(year) },
          { label: t("links.changes") },
        ]}
      />
      <Heading1>{t("changesPage.title", { year })}</Heading1>
      {snapshot.changes ? (
        <>
          <Paragraph>{t("changesPage.intro", { from: snapshot.changes.fromYear, to: year, changed, total: channels.length })}</Paragraph>
          <ChangesList channels={channels} idPrefix="changes" emptyLabel={t("changes.noChanges")} level={2} />
        </>
      ) : (
        <Paragraph>{t("doc.changesNone")}</Paragraph>
      )}
    </div>
  );
}
