import type { Tx } from "@/lib/db";
import type { FactOverride } from "@/lib/catalogue/facts";
import type { FactKey } from "@/lib/catalogue/schema";

type OverrideRow = { channelId: string; factKey: string; value: string; sourcePublisher: string; sourceTitle: string; sourceUrl: string | null; checkedAt: string };

export function overrideFromRow(row: OverrideRow): FactOverride {
  return {
    channelId: row.channelId,
    factKey: row.factKey as FactKey,
    value: row.value,
    source: { publisher: row.sourcePublisher, title: row.sourceTitle, date: row.checkedAt, ...(row.sourceUrl ? { url: row.sourceUrl } : {}) },
    checkedAt: row.checkedAt,
  };
}

/** Overrides in force inside a transaction, so a change and the facts it relies on agree. */
export async function listFactOverridesTx(tx: Tx, municipalityId: string, channelId: string): Promise<FactOverride[]> {
  const rows = await tx.factOverride.findMany({ where: { municipalityId, channelId, active: true }, orderBy: { createdAt: "asc" } });
  return rows.map(overrideFromRow);
}
