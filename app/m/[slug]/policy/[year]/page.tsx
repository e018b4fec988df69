import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Heading1, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { AdoptForm } from "@/components/policy/adopt-form";
import { DraftForm } from "@/components/policy/draft-form";
import { OpenItemsList } from "@/components/policy/open-items-list";
import { UnpublishForm } from "@/components/policy/unpublish-form";
import { VersionActionButton } from "@/components/policy/version-action-button";
import { requirePolicyVersion } from "@/lib/policy/access";
import { can } from "@/lib/auth/permissions";
import { listAssessments } from "@/lib/assessments/queries";
import { getPolicyVersion, openItemsOf } from "@/lib/policy/queries";

type Props = { params: Promise<{ slug: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("policy"))("version.title", { year }) };
}

export default async function PolicyVersionPage({ params }: Props) {
  const { slug, year: yearParam } = await params;
  const { municipality, roles, year, version } = await requirePolicyVersion(slug, yearParam);
  const draft = version.status !== "adopted";
  const [t, tNav, format, openItems, assessments, nextYear] = await Promise.all([
    getTranslations("policy"),
    getTranslations("common.nav"),
    getFormatter(),
    draft ? openItemsOf(version) : Promise.resolve([]),
    draft ? listAssessments(municipality.id, year) : Promise.resolve([]),
    draft ? Promise.resolve(null) : getPolicyVersion(municipality.id, year + 1, { includeDrafts: true }),
  ]);
  const channelNames = Object.fromEntries(assessments.map((assessment) => [assessment.channelId, assessment.channelName]));
  const date = (value: string | null) => (value ? format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" }) : "");
  const base = `/m/${slug}/policy/${year}`;

  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { href: `/m/${slug}/policy`, label: tNav("policy") }, { label: String(year) }]} />
      <Heading1>{t("version.title", { year })}</Heading1>
      {draft ? (
        <Alert type="warning">
          <Paragraph>{t("version.draftNotice")}</Paragraph>
        </Alert>
      ) : (
        <Alert type="info">
          <Paragraph>
            {t("version.adoptedNotice", { date: date(version.councilDecisionDate), reference: version.councilDecisionRef ?? "" })}{" "}
            {t("version.frozen", { hash: version.snapshotHash ?? "" })}
          </Paragraph>
        </Alert>
      )}
      <section aria-labelledby="version-documents">
        <Heading2 id="version-documents">{t("version.documents")}</Heading2>
        <UnorderedList>
          <UnorderedListItem>
            <Link href={`${base}/document`}>{t("links.webLong")}</Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link href={`${base}/pdf`}>{t("links.pdfLong")}</Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link href={`${base}/changes`}>{t("links.changes")}</Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link href={`${base}/json`}>{t("links.json")}</Link>
          </UnorderedListItem>
        </UnorderedList>
      </section>

      {!draft ? (
        <section aria-labelledby="version-publication" className="afk-stack">
          <Heading2 id="version-publication">{t("version.publication")}</Heading2>
          {version.publishedAt ? (
            <>
              <Paragraph>{t("version.publishedOn", { date: format.dateTime(version.publishedAt, { dateStyle: "long" }) })}</Paragraph>
              <UnorderedList>
                <UnorderedListItem>
                  <Link href={`/p/${slug}/${year}`}>{t("version.publicPage")}</Link>
                </UnorderedListItem>
                <UnorderedListItem>
                  <Link href={`/api/public/${slug}/policies/${year}/pdf`}>{t("version.publicPdf")}</Link>
                </UnorderedListItem>
                <UnorderedListItem>
                  <Link href={`/api/public/${slug}/policies/${year}/json`}>{t("version.publicJson")}</Link>
                </UnorderedListItem>
              </UnorderedList>
              {can(roles, "policy.publish") ? <UnpublishForm municipalitySlug={slug} year={year} /> : null}
            </>
          ) : (
            <>
              <Paragraph>{t("version.notPublished")}</Paragraph>
              {can(roles, "policy.publish") ? <VersionActionButton municipalitySlug={slug} year={year} action="publish" primary label={t("version.publish")} /> : null}
            </>
          )}
          {can(roles, "policy.edit") && !nextYear ? (
            <>
              <Paragraph>{t("list.nextYearIntro", { from: year, to: year + 1 })}</Paragraph>
              <VersionActionButton municipalitySlug={slug} year={year} action="startNextYear" label={t("list.nextYear", { year: year + 1 })} goTo={`/m/${slug}/policy/${year + 1}`} />
            </>
          ) : null}
        </section>
      ) : null}

      {draft && can(roles, "policy.edit") ? (
        <section aria-labelledby="draft-form-title" className="afk-stack">
          <Heading2 id="draft-form-title">{t("draft.title")}</Heading2>
          <Paragraph>{t("draft.intro")}</Paragraph>
          <DraftForm
            municipalitySlug={slug}
            year={year}
            version={version.version}
            initial={{ introduction: version.introduction, summary: version.summary, evaluationDate: version.evaluationDate }}
          />
        </section>
      ) : null}

      {draft ? (
        <section aria-labelledby="open-items" className="afk-stack">
          <Heading2 id="open-items">{t("openItems.title")}</Heading2>
          {openItems.length ? (
            <>
              <Paragraph>{t("openItems.nextYear", { next: year + 1 })}</Paragraph>
              <Paragraph>{t("openItems.intro", { count: openItems.length })}</Paragraph>
              <OpenItemsList items={openItems} channelNames={channelNames} slug={slug} year={year} />
            </>
          ) : (
            <>
              <Paragraph>{t("openItems.none")}</Paragraph>
              <Paragraph>{t("openItems.nextYearReady", { next: year + 1 })}</Paragraph>
            </>
          )}
        </section>
      ) : null}

      {draft && can(roles, "policy.adopt") ? (
        <section aria-labelledby="adopt-title" className="afk-stack">
          <Heading2 id="adopt-title">{t("adopt.title")}</Heading2>
          <Paragraph>{t("adopt.intro")}</Paragraph>
          <AdoptForm municipalitySlug={slug} year={year} version={version.version} channelNames={channelNames} />
        </section>
      ) : null}
    </div>
  );
}
