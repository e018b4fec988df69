import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { applyOverrides, diffFacts, type FactChange, type FactOverride, type FactsInForce } from "@/lib/catalogue/facts";
import type { ChannelInForce } from "@/lib/catalogue/api";
import { customChannelAsCatalogue, customPrefix, isCustomChannelId } from "@/lib/catalogue/custom";
import { getCatalogue, getChannel } from "@/lib/catalogue/load";
import { overrideFromRow } from "@/lib/catalogue/mutations";

/** The municipality's own fact overrides in force, optionally for one channel. */
export async function listFactOverrides(municipalityId: string, channelId?: string): Promise<FactOverride[]> {
  const rows = await db.factOverride.findMany({
    where: { municipalityId, active: true, ...(channelId ? { channelId } : {}) },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(overrideFromRow);
}

/** The municipality's own channels; once per request, as several parts of a page name channels. */
export const listCustomChannels = cache(async (municipalityId: string) => {
  return db.customChannel.findMany({ where: { municipalityId }, orderBy: { name: "asc" } });
});

/** Every channel of the latest catalogue with the facts in force for this municipality (one query). */
export async function listChannelsInForce(municipalityId: string): Promise<ChannelInForce[]> {
  const overrides = await listFactOverrides(municipalityId);
  return getCatalogue().channels.map((channel) => ({ channel, facts: applyOverrides(channel, overrides) }));
}

/**
 * One channel with this municipality's facts in force: from the latest catalogue, or one of the
 * municipality's own channels with the facts of its catalogue type. Null when neither has it.
 */
export async function getChannelInForce(municipalityId: string, channelId: string): Promise<ChannelInForce | null> {
  const channel = isCustomChannelId(channelId)
    ? await db.customChannel
        .findFirst({ where: { id: channelId.slice(customPrefix.length), municipalityId } })
        .then((row) => (row ? customChannelAsCatalogue(row) : undefined))
    : getChannel(channelId);
  if (!channel) return null;
  return { channel, facts: applyOverrides(channel, await listFactOverrides(municipalityId, channelId)) };
}

/**
 * This municipality's assessments of the channel whose recorded facts differ from the facts in
 * force now: the same comparison the assessment wizard shows as "facts changed".
 */
export async function listAssessmentsWithChangedFacts(municipalityId: string, channelId: string, current: FactsInForce) {
  const rows = await db.assessment.findMany({
    where: { municipalityId, channelId },
    select: { id: true, year: true, status: true, factsUsed: true },
    orderBy: { year: "desc" },
  });
  return rows.flatMap((row) => {
    const used = JSON.parse(row.factsUsed) as Partial<FactsInForce>;
    // An assessment that never recorded facts uses the facts in force (see getAssessment).
    if (Object.keys(used).length === 0) return [];
    const changes: FactChange[] = diffFacts(used as FactsInForce, current);
    return changes.length ? [{ id: row.id, year: row.year, status: row.status, changes }] : [];
  });
}
