import "server-only";
import { db } from "@/lib/db";
import type { FactOverride } from "@/lib/catalogue/facts";
import { overrideFromRow } from "@/lib/catalogue/mutations";

/** The municipality's own fact overrides in force, optionally for one channel. */
export async function listFactOverrides(municipalityId: string, channelId?: string): Promise<FactOverride[]> {
  const rows = await db.factOverride.findMany({
    where: { municipalityId, active: true, ...(channelId ? { channelId } : {}) },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(overrideFromRow);
}

export async function listCustomChannels(municipalityId: string) {
  return db.customChannel.findMany({ where: { municipalityId }, orderBy: { name: "asc" } });
}
