import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { TableRegion } from "@/components/tables/table-region";
import { getCatalogue } from "@/lib/catalogue/load";
import { decisionSources, decisionsForChannel } from "@/lib/peers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("channels"))("index.title") };
}

/** Public: every channel of the catalogue, with how many municipalities published a decision on it. */
export default async function ChannelsPage() {
  const [t, tKinds, sources] = await Promise.all([getTranslations("channels"), getTranslations("assessments.kinds"), decisionSources()]);
  const rows = getCatalogue().channels.map((channel) => ({ channel, ...decisionsForChannel(sources, channel.id) }));
  return (
    <div className="afk-stack">
      <Heading1>{t("index.title")}</Heading1>
      <Paragraph>{t("index.intro")}</Paragraph>
      <TableRegion label={t("index.caption")}>
        <DataTable
          caption={t("index.caption")}
          rows={rows}
          rowKey={(row) => row.channel.id}
          columns={[
            { header: t("index.channel"), cell: (row) => <Link href={`/channels/${row.channel.id}`}>{row.channel.name}</Link> },
            { header: t("index.kind"), cell: (row) => tKinds(row.channel.kind) },
            { header: t("index.own"), cell: (row) => row.own.length },
            { header: t("index.peers"), cell: (row) => row.peers.length },
          ]}
        />
      </TableRegion>
    </div>
  );
}
