import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { TableRegion } from "@/components/tables/table-region";
import { DocumentLinks } from "@/components/policy/document-links";
import { groupByDecision, shortReason } from "@/lib/peers/decisions";
import type { ChannelDecisionEntry } from "@/lib/peers/sources";

/**
 * Who decided what about one channel, one row per municipality, grouped by decision: since when,
 * the main reasons as their published document gives them, and its documents. For peers the last
 * column says where the document came from instead; their documents live elsewhere.
 */
export async function ChannelDecisionsTable({ caption, entries, peers }: { caption: string; entries: readonly ChannelDecisionEntry[]; peers: boolean }) {
  const [t, tPolicy, tDecision, format] = await Promise.all([getTranslations("channels"), getTranslations("policy"), getTranslations("assessments.decisions"), getFormatter()]);
  const rows = groupByDecision(entries).flatMap((group) => group.entries);
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });
  return (
    <TableRegion label={caption}>
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { header: t("table.municipality"), cell: (row) => row.name },
          {
            header: t("table.decision"),
            cell: (row) => (
              <>
                {tDecision(row.decision.decision)}
                {row.decision.phaseOutDate ? <div>{t("table.phaseOutBy", { date: date(row.decision.phaseOutDate) })}</div> : null}
              </>
            ),
          },
          { header: t("table.since"), cell: (row) => (row.decision.since === row.decision.year ? row.decision.since : t("table.sinceRange", { since: row.decision.since, year: row.decision.year })) },
          {
            header: t("table.reasons"),
            cell: (row) => {
              const conditions = shortReason(row.decision.conditions);
              const rationale = shortReason(row.decision.rationale);
              if (!conditions && !rationale) return t("table.noReasons");
              return (
                <>
                  {rationale ? <p>{rationale}</p> : null}
                  {conditions ? <p>{t("table.conditions", { conditions })}</p> : null}
                </>
              );
            },
          },
          peers
            ? {
                header: t("table.source"),
                cell: (row) =>
                  row.peer ? (
                    <>
                      {row.peer.installation ? (
                        <>
                          {t("table.fromInstallation", { label: row.peer.installation.label })}{" "}
                          <Link href={`${row.peer.installation.origin}/p/${row.slug}/${row.decision.year}`}>
                            {t("table.theirDocument", { year: row.decision.year })}
                          </Link>
                        </>
                      ) : (
                        t("table.fromUpload", { file: row.peer.source })
                      )}
                      <div className="afk-muted">{t("table.addedBy", { municipality: row.peer.addedBy })}</div>
                    </>
                  ) : null,
              }
            : {
                header: t("table.documents"),
                cell: (row) => (
                  <DocumentLinks
                    year={row.decision.year}
                    links={[
                      { href: `/p/${row.slug}/${row.decision.year}`, label: tPolicy("links.web") },
                      { href: `/api/public/${row.slug}/policies/${row.decision.year}/pdf`, label: tPolicy("links.pdf") },
                      { href: `/api/public/${row.slug}/policies/${row.decision.year}/json`, label: tPolicy("links.jsonShort") },
                    ]}
                  />
                ),
              },
        ]}
      />
    </TableRegion>
  );
}
