import type { Tx } from "@/lib/db";
import { applyOverrides, type FactInForce, type FactOverride, type FactSource } from "@/lib/catalogue/facts";
import { customChannelAsCatalogue, customPrefix, isCustomChannelId } from "@/lib/catalogue/custom";
import { getChannel } from "@/lib/catalogue/load";
import type { FactKey, FactOverrideData } from "@/lib/catalogue/schema";
import { ActionError } from "@/lib/validation/action-error";

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

type InForceSummary = { value: string; origin: FactInForce["origin"]; source: FactSource | null; checkedAt: string };

function summary(fact: FactInForce): InForceSummary {
  const source = fact.source
    ? { publisher: fact.source.publisher, title: fact.source.title, date: fact.source.date, ...(fact.source.url ? { url: fact.source.url } : {}) }
    : null;
  return { value: fact.value, origin: fact.origin, source, checkedAt: fact.checkedAt };
}

/** A catalogue channel, or one of this municipality's own channels with the facts it inherits. */
async function channelOrRefuse(tx: Tx, municipalityId: string, channelId: string) {
  const channel = isCustomChannelId(channelId)
    ? await tx.customChannel
        .findFirst({ where: { id: channelId.slice(customPrefix.length), municipalityId } })
        .then((row) => (row ? customChannelAsCatalogue(row) : undefined))
    : getChannel(channelId);
  if (!channel) throw new ActionError("invalid", "unknown_channel", { channelId: "invalid_value" });
  return channel;
}

/**
 * Records the municipality's own finding for one fact. The override in force until now is
 * deactivated, never deleted, so the audit trail and earlier findings stay traceable.
 * The table has no column for the source's own date: the check date is stored as the source
 * date (see overrideFromRow); a source date given anyway is kept in the audit details only.
 */
export async function saveFactOverride(tx: Tx, params: { municipalityId: string; userId: string; data: FactOverrideData }) {
  const { municipalityId, userId, data } = params;
  const channel = await channelOrRefuse(tx, municipalityId, data.channelId);
  const scope = { municipalityId, channelId: data.channelId, factKey: data.factKey };
  const before = applyOverrides(channel, await listFactOverridesTx(tx, municipalityId, data.channelId))[data.factKey];

  const replaced = await tx.factOverride.updateMany({ where: { ...scope, active: true }, data: { active: false } });
  const row = await tx.factOverride.create({
    data: {
      ...scope,
      value: data.value,
      sourcePublisher: data.sourcePublisher,
      sourceTitle: data.sourceTitle,
      sourceUrl: data.sourceUrl ?? null,
      checkedAt: data.checkedAt,
      createdById: userId,
    },
  });
  const after = applyOverrides(channel, [overrideFromRow(row)])[data.factKey];
  return {
    override: row,
    details: {
      channelId: data.channelId,
      factKey: data.factKey,
      old: summary(before),
      new: summary(after),
      replacedOverrides: replaced.count,
      ...(data.sourceDate ? { sourceDate: data.sourceDate } : {}),
    },
  };
}

/** Withdraws the municipality's override of one fact (deactivated, not deleted): the catalogue fact is in force again. */
export async function removeFactOverride(tx: Tx, params: { municipalityId: string; channelId: string; factKey: FactKey }) {
  const channel = await channelOrRefuse(tx, params.municipalityId, params.channelId);
  const scope = { municipalityId: params.municipalityId, channelId: params.channelId, factKey: params.factKey };
  const active = await tx.factOverride.findMany({ where: { ...scope, active: true }, orderBy: { createdAt: "asc" } });
  if (active.length === 0) throw new ActionError("not_found", "no_active_override");
  const before = applyOverrides(channel, active.map(overrideFromRow))[params.factKey];
  await tx.factOverride.updateMany({ where: { ...scope, active: true }, data: { active: false } });
  const after = applyOverrides(channel, [])[params.factKey];
  return {
    removedIds: active.map((row) => row.id),
    details: { channelId: params.channelId, factKey: params.factKey, old: summary(before), new: summary(after) },
  };
}
