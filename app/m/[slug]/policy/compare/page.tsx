import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { ChangesList } from "@/components/policy/changes-list";
import { requireMunicipality } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locales";
import { diffPolicies } from "@/lib/policy/diff";
import { policyTranslator } from "@/lib/policy/i18n";
import { listPolicyVersions, policyDocument } from "@/lib/policy/queries";
import { changeViews } from "@/lib/policy/view-changes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy"))("compare.title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string; to?: string }> };

function YearSelect({ id, name, label, years, value }: { id: string; name: string; label: string; years: number[]; value: number | undefined }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--select">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ? String(value) : undefined} className="utrecht-select utrecht-select--html-select">
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Two adopted versions side by side: per channel what changed from the one year to the other. */
export default async function PolicyComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "policy.read");
  const [t, tNav, locale, versions, query] = await Promise.all([
    getTranslations("policy"),
    getTranslations("common.nav"),
    getLocale(),
    listPolicyVersions(municipality.id, { includeDrafts: false }),
    searchParams,
  ]);
  const years = versions.map((version) => version.year);
  const pick = (value: string | undefined, fallback: number | undefined) => (years.includes(Number(value)) ? Number(value) : fallback);
  const to = pick(query.to, years[0]);
  const from = pick(query.from, years[1]);
  const older = versions.find((version) => version.year === from);
  const newer = versions.find((version) => version.year === to);
  let result: { channels: ReturnType<typeof changeViews>; from: number; to: number } | null = null;
  if (older && newer && older.year !== newer.year) {
    const [before, after] = await Promise.all([policyDocument(older).snapshot(), policyDocument(newer).snapshot()]);
    const [first, second] = before.year < after.year ? [before, after] : [after, before];
    const diff = diffPolicies(first, second);
    result = { channels: changeViews(diff, second, first, { locale: toLocale(locale), t: policyTranslator(toLocale(locale)) }), from: first.year, to: second.year };
  }
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: `/m/${slug}/policy`, label: tNav("policy") }, { label: t("compare.title") }]} />
      <Heading1>{t("compare.title")}</Heading1>
      <Paragraph>{t("compare.intro")}</Paragraph>
      {years.length < 2 ? (
        <Paragraph>{t("compare.tooFew")}</Paragraph>
      ) : (
        <form method="get" className="afk-filter">
          <YearSelect id="compare-from" name="from" label={t("compare.from")} years={years} value={from} />
          <YearSelect id="compare-to" name="to" label={t("compare.to")} years={years} value={to} />
          <div className="afk-filter__actions">
            <Button type="submit" appearance="secondary-action-button">
              {t("compare.submit")}
            </Button>
          </div>
        </form>
      )}
      {older && newer && older.year === newer.year ? <Paragraph>{t("compare.sameYear")}</Paragraph> : null}
      {result ? (
        <section aria-labelledby="compare-result" className="afk-stack">
          <Heading2 id="compare-result">{t("compare.result", { from: result.from, to: result.to })}</Heading2>
          <ChangesList channels={result.channels} idPrefix="compare" emptyLabel={t("changes.noChanges")} level={3} />
        </section>
      ) : null}
    </div>
  );
}
