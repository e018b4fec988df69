import { getChannel } from "@/lib/catalogue/load";
import { UNKNOWN, factKeys, type Channel, type ChannelKind, type Facts } from "@/lib/catalogue/schema";

/** What a municipality records about a channel it adds itself (the CustomChannel row). */
export type CustomChannelRow = {
  id: string;
  name: string;
  kind: string;
  description: string;
  digital: boolean;
  createdAt: Date;
  baseChannelId: string | null;
  selfHosted: boolean;
  host: string | null;
};

export const customPrefix = "custom:";

export const isCustomChannelId = (channelId: string) => channelId.startsWith(customPrefix);

/**
 * A municipality's own channel in the shape of a catalogue channel, so overrides and fact tables
 * treat it alike. It inherits the facts of its catalogue type (an own Mastodon server those of
 * Mastodon); without one nothing is known until someone records it with a source.
 */
export function customChannelAsCatalogue(row: CustomChannelRow, catalogueVersion?: string): Channel & { baseChannelId: string | null } {
  const base = row.baseChannelId ? getChannel(row.baseChannelId, catalogueVersion) : undefined;
  const checkedAt = row.createdAt.toISOString().slice(0, 10);
  const unknown = Object.fromEntries(factKeys.map((key) => [key, { value: UNKNOWN, checkedAt }])) as Facts;
  return {
    id: `${customPrefix}${row.id}`,
    name: row.name,
    kind: row.kind as ChannelKind,
    description: { nl: row.description, en: row.description },
    digital: row.digital,
    facts: base?.facts ?? unknown,
    baseChannelId: base?.id ?? null,
  };
}
