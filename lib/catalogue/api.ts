import { sourceJson } from "../frameworks/api";
import type { FactsInForce } from "./facts";
import {
  channelKinds,
  enumeratedFactValues,
  factKeys,
  type CatalogueVersion,
  type Channel,
  type ChannelKind,
  type Fact,
} from "./schema";

/**
 * The public view of the platform catalogue (GET /api/platforms) and the filters of the
 * catalogue page. Pure functions, unit-tested; pages and route handlers only pass data in.
 */

function factJson(fact: Fact) {
  return {
    value: fact.value,
    ...(fact.source ? { source: sourceJson(fact.source) } : {}),
    checkedAt: fact.checkedAt,
    ...(fact.note ? { note: fact.note } : {}),
  };
}

/** GET /api/platforms: every channel of one catalogue version, each fact with its source and check date. */
export function catalogueJson(catalogue: CatalogueVersion) {
  return {
    version: catalogue.version,
    publishedAt: catalogue.publishedAt,
    ...(catalogue.previousVersion ? { previousVersion: catalogue.previousVersion } : {}),
    factKeys: [...factKeys],
    channels: catalogue.channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      kind: channel.kind,
      digital: channel.digital,
      description: channel.description,
      facts: Object.fromEntries(factKeys.map((key) => [key, factJson(channel.facts[key])])),
    })),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Filters of the catalogue page                                                                */
/* ------------------------------------------------------------------------------------------ */

export type CatalogueFilter = {
  kind?: ChannelKind;
  jurisdiction?: (typeof enumeratedFactValues.jurisdiction)[number];
  openProtocol?: (typeof enumeratedFactValues.openProtocol)[number];
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Reads the filter from the query string. A value that is not on the list is ignored rather
 * than refused: a hand-edited URL then simply shows every channel.
 */
export function parseCatalogueFilter(params: Record<string, string | string[] | undefined>): CatalogueFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filter: CatalogueFilter = {};
  const kind = oneOf(channelKinds, first(params.kind));
  const jurisdiction = oneOf(enumeratedFactValues.jurisdiction, first(params.jurisdiction));
  const openProtocol = oneOf(enumeratedFactValues.openProtocol, first(params.openProtocol));
  if (kind) filter.kind = kind;
  if (jurisdiction) filter.jurisdiction = jurisdiction;
  if (openProtocol) filter.openProtocol = openProtocol;
  return filter;
}

export type ChannelInForce = { channel: Channel; facts: FactsInForce };

/** Channels whose kind and facts in force (the municipality's overrides included) match every chosen filter. */
export function filterChannels<T extends ChannelInForce>(channels: readonly T[], filter: CatalogueFilter): T[] {
  return channels.filter(
    ({ channel, facts }) =>
      (!filter.kind || channel.kind === filter.kind) &&
      (!filter.jurisdiction || facts.jurisdiction.value === filter.jurisdiction) &&
      (!filter.openProtocol || facts.openProtocol.value === filter.openProtocol),
  );
}
