import { applyOverrides, type FactOverride, type FactsInForce } from "@/lib/catalogue/facts";
import { getChannel } from "@/lib/catalogue/load";
import { factKeys, type ChannelKind } from "@/lib/catalogue/schema";
import type { LocalizedText } from "@/lib/frameworks/schema";

export type ResolvedChannel = {
  id: string;
  name: string;
  kind: ChannelKind;
  digital: boolean;
  description: LocalizedText | null;
  custom: boolean;
  facts: FactsInForce;
};

export type CustomChannelRow = { id: string; name: string; kind: string; description: string; digital: boolean; createdAt: Date };

export const customPrefix = "custom:";

/** A channel the municipality added itself: nothing is known about it until someone finds out. */
function unknownFacts(checkedAt: string): FactsInForce {
  return Object.fromEntries(factKeys.map((key) => [key, { value: "unknown", checkedAt, origin: "catalogue" as const }])) as FactsInForce;
}

/**
 * The channel an assessment is about, with the facts in force for this municipality: the pinned
 * catalogue version's facts, with the municipality's own overrides on top.
 */
export function resolveChannel(
  channelId: string,
  catalogueVersion: string | undefined,
  customChannels: readonly CustomChannelRow[],
  overrides: readonly FactOverride[],
): ResolvedChannel | undefined {
  if (channelId.startsWith(customPrefix)) {
    const row = customChannels.find((candidate) => `${customPrefix}${candidate.id}` === channelId);
    if (!row) return undefined;
    return {
      id: channelId,
      name: row.name,
      kind: row.kind as ChannelKind,
      digital: row.digital,
      description: row.description ? { nl: row.description, en: row.description } : null,
      custom: true,
      facts: unknownFacts(row.createdAt.toISOString().slice(0, 10)),
    };
  }
  const channel = getChannel(channelId, catalogueVersion);
  if (!channel) return undefined;
  return {
    id: channel.id,
    name: channel.name,
    kind: channel.kind,
    digital: channel.digital,
    description: channel.description,
    custom: false,
    facts: applyOverrides(channel, overrides),
  };
}
