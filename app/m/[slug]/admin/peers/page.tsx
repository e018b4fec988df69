import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { AddInstallationForm, FetchPeerPolicyForm, RemovePeerButton, UploadPeerPolicyForm } from "@/components/peers/peer-forms";
import { DataTable } from "@/components/tables/data-table";
import { TableRegion } from "@/components/tables/table-region";
import { policyYearNow } from "@/lib/assessments/policy-year";
import { requireMunicipality } from "@/lib/auth/session";
import { listPeers } from "@/lib/peers/queries";
import { peerGuardOptions } from "@/lib/peers/guard-env";
import { shortHash } from "@/lib/policy/snapshot";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("channels.peers"))("title") };
}

/** An administrator's list of peer installations and the peers' published policies this municipality compares with. */
export default async function PeersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "peers.manage");
  const [t, format, { installations, policies }] = await Promise.all([getTranslations("channels.peers"), getFormatter(), listPeers(municipality.id)]);
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <Paragraph>
        {t("publicNote")} <Link href="/channels">{t("publicLink")}</Link>
      </Paragraph>

      <section aria-labelledby="peer-policies" className="afk-stack">
        <Heading2 id="peer-policies">{t("policies.title")}</Heading2>
        {policies.length === 0 ? (
          <Paragraph>{t("policies.none")}</Paragraph>
        ) : (
          <TableRegion label={t("policies.title")}>
            <DataTable
              caption={t("policies.title")}
              rows={policies}
              rowKey={(row) => row.id}
              columns={[
                { header: t("policies.municipality"), cell: (row) => t("policies.what", { name: row.peerName, year: row.year }) },
                {
                  header: t("policies.source"),
                  cell: (row) => (
                    <>
                      {row.sourceKind === "url" ? t("policies.fromUrl", { label: row.installation?.label ?? "–" }) : t("policies.fromUpload")}
                      <div className="afk-muted afk-provenance">{row.source}</div>
                    </>
                  ),
                },
                {
                  header: t("policies.hashes"),
                  cell: (row) => (
                    <>
                      <div>{t("policies.snapshotHash", { hash: shortHash(row.snapshotHash) })}</div>
                      <div>{t("policies.contentHash", { hash: shortHash(row.contentHash) })}</div>
                    </>
                  ),
                },
                { header: t("policies.addedAt"), cell: (row) => <time dateTime={row.addedAt.toISOString()}>{format.dateTime(row.addedAt, { dateStyle: "short", timeStyle: "short" })}</time> },
                { header: t("policies.actions"), cell: (row) => <RemovePeerButton municipalitySlug={slug} target={{ peerPolicyId: row.id }} label={t("policies.what", { name: row.peerName, year: row.year })} /> },
              ]}
            />
          </TableRegion>
        )}
      </section>

      <section aria-labelledby="peer-upload" className="afk-stack">
        <Heading2 id="peer-upload">{t("upload.title")}</Heading2>
        <Paragraph>{t("upload.intro")}</Paragraph>
        <UploadPeerPolicyForm municipalitySlug={slug} />
      </section>

      <section aria-labelledby="peer-fetch" className="afk-stack">
        <Heading2 id="peer-fetch">{t("fetch.title")}</Heading2>
        <Paragraph>{t("fetch.intro")}</Paragraph>
        {installations.length === 0 ? (
          <Paragraph>{t("fetch.noInstallations")}</Paragraph>
        ) : (
          <FetchPeerPolicyForm municipalitySlug={slug} installations={installations} defaultYear={policyYearNow() - 1} />
        )}
      </section>

      <section aria-labelledby="peer-installations" className="afk-stack">
        <Heading2 id="peer-installations">{t("installation.title")}</Heading2>
        <Paragraph>{t("installation.intro")}</Paragraph>
        {installations.length === 0 ? (
          <Paragraph>{t("installation.none")}</Paragraph>
        ) : (
          <TableRegion label={t("installation.title")}>
            <DataTable
              caption={t("installation.title")}
              rows={installations}
              rowKey={(row) => row.id}
              columns={[
                { header: t("installation.label"), cell: (row) => row.label },
                { header: t("installation.origin"), cell: (row) => row.origin },
                { header: t("policies.actions"), cell: (row) => <RemovePeerButton municipalitySlug={slug} target={{ installationId: row.id }} label={row.label} /> },
              ]}
            />
          </TableRegion>
        )}
        <AddInstallationForm municipalitySlug={slug} allowPrivateAddresses={peerGuardOptions().allowPrivate === true} />
      </section>
    </div>
  );
}
