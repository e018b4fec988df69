import { applyOverrides, type FactOverride, type FactsInForce } from "@/lib/catalogue/facts";
import { getChannel } from "@/lib/catalogue/load";
import type { ChannelKind } from "@/lib/catalogue/schema";
import { customChannelAsCatalogue, customPrefix, type CustomChannelRow } from "@/lib/catalogue/custom";
import type { LocalizedText } from "@/lib/frameworks/schema";

export type ResolvedChannel = {
  id: string;
  name: string;
  kind: ChannelKind;
  digital: boolean;
  description: LocalizedText | null;
  custom: boolean;
  /** The municipality runs the server itself; only a channel it adds itself can say so. */
  selfHosted: boolean;
  /** The server's host name, when the municipality named it. */
  host: string | null;
  /** The catalogue channel whose facts a municipality's own channel inherits. */
  baseChannelId: string | null;
  facts: FactsInForce;
};

export type { CustomChannelRow };
export { customPrefix };

/**
 * The channel an assessment is about, with the facts in force for this municipality: the pinned
 * catalogue version's facts, with the municipality's own overrides on top. A channel the
 * municipality added itself inherits the facts of its catalogue type, if it named one.
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
    const asCatalogue = customChannelAsCatalogue(row, catalogueVersion);
    return {
      id: channelId,
      name: row.name,
      kind: asCatalogue.kind,
      digital: row.digital,
      description: row.description ? asCatalogue.description : null,
      custom: true,
      selfHosted: row.selfHosted,
      host: row.host,
      baseChannelId: asCatalogue.baseChannelId,
      facts: applyOverrides(asCatalogue, overrides),
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
    selfHosted: false,
    host: null,
    baseChannelId: null,
    facts: applyOverrides(channel, overrides),
  };
}
