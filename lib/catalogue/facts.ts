import type { LocalizedText, Source } from "../frameworks/schema";
import {
  UNKNOWN,
  factKeys,
  isEnumeratedFactKey,
  type Channel,
  type ChannelKind,
  type EnumeratedFactKey,
  type EnumeratedFactValue,
  type Fact,
  type FactKey,
  type FactOverrideData,
} from "./schema";

/* ------------------------------------------------------------------------------------------ */
/* Overrides: a municipality replaces a catalogue fact with its own sourced finding.           */
/* ------------------------------------------------------------------------------------------ */

/** What an override cites; the catalogue's own sources may also carry a reference. */
export type FactSource = Pick<Source, "publisher" | "title" | "date" | "url">;

export type FactOverride = {
  channelId: string;
  factKey: FactKey;
  value: string;
  source: FactSource;
  checkedAt: string;
};

export type FactInForce = {
  value: string;
  source?: Source;
  checkedAt: string;
  note?: LocalizedText;
  origin: "catalogue" | "override";
  /** With origin "override": the catalogue fact it replaces, so the app can show both. */
  overridden?: Fact;
};
export type FactsInForce = { [K in FactKey]: FactInForce };

/** Turns validated admin-form data into an override. */
export function toFactOverride(data: FactOverrideData): FactOverride {
  return {
    channelId: data.channelId,
    factKey: data.factKey,
    value: data.value,
    source: {
      publisher: data.sourcePublisher,
      title: data.sourceTitle,
      // Web pages often carry no date; then the day it was consulted is the date to cite.
      date: data.sourceDate ?? data.checkedAt,
      ...(data.sourceUrl ? { url: data.sourceUrl } : {}),
    },
    checkedAt: data.checkedAt,
  };
}

/**
 * The facts in force for one channel: the catalogue's, except where the municipality has an
 * override. Overrides for other channels are ignored. When one fact has several overrides,
 * the most recently checked one wins (on a tie, the later one in the list), so an admin who
 * re-checks a fact does not need to delete the old finding first.
 */
export function applyOverrides(channel: Pick<Channel, "id" | "facts">, overrides: readonly FactOverride[]): FactsInForce {
  const winning = new Map<FactKey, FactOverride>();
  for (const override of overrides) {
    if (override.channelId !== channel.id) continue;
    const current = winning.get(override.factKey);
    if (!current || override.checkedAt >= current.checkedAt) winning.set(override.factKey, override);
  }

  const result = {} as FactsInForce;
  for (const key of factKeys) {
    const catalogueFact = channel.facts[key];
    const override = winning.get(key);
    result[key] = override
      ? {
          value: override.value,
          source: override.source,
          checkedAt: override.checkedAt,
          origin: "override",
          overridden: catalogueFact,
        }
      : { ...catalogueFact, origin: "catalogue" };
  }
  return result;
}

/* ------------------------------------------------------------------------------------------ */
/* Diffs: what changed between the facts an assessment used and the facts in force now.       */
/* ------------------------------------------------------------------------------------------ */

type ComparableFact = { value: string; source?: Source; checkedAt: string };
export type ComparableFacts = { readonly [K in FactKey]: ComparableFact };

export type FactChange = {
  channelId?: string;
  factKey: FactKey;
  oldValue: string;
  newValue: string;
  oldSource: FactSource | null;
  newSource: FactSource | null;
};

/** Same value, but looked at again: a newer check date and/or another source. */
export type FactRecheck = {
  channelId?: string;
  factKey: FactKey;
  value: string;
  oldCheckedAt: string;
  newCheckedAt: string;
  oldSource: FactSource | null;
  newSource: FactSource | null;
};

function citation(source: Source | undefined): FactSource | null {
  if (!source) return null;
  return {
    publisher: source.publisher,
    title: source.title,
    date: source.date,
    ...(source.url ? { url: source.url } : {}),
  };
}

function sameSource(a: FactSource | null, b: FactSource | null): boolean {
  return (
    a?.publisher === b?.publisher && a?.title === b?.title && a?.date === b?.date && a?.url === b?.url
  );
}

const withChannel = (channelId: string | undefined) => (channelId === undefined ? {} : { channelId });

/** Facts whose value changed, in the fixed fact order. A new check date alone is not a change. */
export function diffFacts(
  oldFacts: ComparableFacts,
  newFacts: ComparableFacts,
  channelId?: string,
): FactChange[] {
  return factKeys
    .filter((key) => oldFacts[key].value !== newFacts[key].value)
    .map((key) => ({
      ...withChannel(channelId),
      factKey: key,
      oldValue: oldFacts[key].value,
      newValue: newFacts[key].value,
      oldSource: citation(oldFacts[key].source),
      newSource: citation(newFacts[key].source),
    }));
}

/** Facts with the same value that were checked again or now rest on another source. */
export function recheckedFacts(
  oldFacts: ComparableFacts,
  newFacts: ComparableFacts,
  channelId?: string,
): FactRecheck[] {
  return factKeys
    .filter((key) => oldFacts[key].value === newFacts[key].value)
    .map((key) => ({
      ...withChannel(channelId),
      factKey: key,
      value: newFacts[key].value,
      oldCheckedAt: oldFacts[key].checkedAt,
      newCheckedAt: newFacts[key].checkedAt,
      oldSource: citation(oldFacts[key].source),
      newSource: citation(newFacts[key].source),
    }))
    .filter((r) => r.oldCheckedAt !== r.newCheckedAt || !sameSource(r.oldSource, r.newSource));
}

/* ------------------------------------------------------------------------------------------ */
/* Labels in both app languages; the app's message files may reuse these objects.              */
/* ------------------------------------------------------------------------------------------ */

export type Locale = keyof LocalizedText;

export const factKeyLabels: Record<FactKey, LocalizedText> = {
  owner: { nl: "Eigenaar", en: "Owner" },
  country: { nl: "Land van vestiging", en: "Country of establishment" },
  jurisdiction: { nl: "Jurisdictie", en: "Jurisdiction" },
  dataLocation: { nl: "Opslag van gegevens", en: "Data location" },
  revenueModel: { nl: "Verdienmodel", en: "Revenue model" },
  reach: { nl: "Hoe bereik ontstaat", en: "How reach comes about" },
  openProtocol: { nl: "Open protocol", en: "Open protocol" },
  openSource: { nl: "Open source", en: "Open source" },
  dataExport: { nl: "Gegevens meenemen", en: "Data export" },
  selfHostable: { nl: "Zelf te hosten", en: "Self-hostable" },
  dpia: { nl: "DPIA", en: "DPIA" },
};

/** What each fact means, for help texts next to the value. */
export const factKeyDescriptions: Record<FactKey, LocalizedText> = {
  owner: {
    nl: "Wie het kanaal bezit of beheert en dus over de regels en de gegevens beslist.",
    en: "Who owns or runs the channel and therefore decides on its rules and data.",
  },
  country: {
    nl: "Het land waar de eigenaar gevestigd is.",
    en: "The country where the owner is established.",
  },
  jurisdiction: {
    nl: "Onder welk recht de verwerking van gegevens valt: binnen de EU, daarbuiten of allebei.",
    en: "Which law governs the processing of data: inside the EU, outside it, or both.",
  },
  dataLocation: {
    nl: "Waar gegevens van inwoners en van de gemeente worden opgeslagen of naartoe gaan.",
    en: "Where data about residents and the municipality are stored or sent.",
  },
  revenueModel: {
    nl: "Hoe de eigenaar geld verdient of de kosten dekt; dat bepaalt mede wat het kanaal beloont.",
    en: "How the owner earns money or covers costs; this shapes what the channel rewards.",
  },
  reach: {
    nl: "Wie bepaalt wie een bericht te zien krijgt: een algoritme, de volgorde van tijd of de afzender zelf.",
    en: "Who decides who gets to see a post: an algorithm, the order of time, or the sender.",
  },
  openProtocol: {
    nl: "Of andere diensten via een openbare standaard kunnen aansluiten, zodat inwoners niet aan één aanbieder vastzitten.",
    en: "Whether other services can connect through a public standard, so residents are not tied to one provider.",
  },
  openSource: {
    nl: "Of de broncode openbaar is, zodat iedereen kan nagaan hoe het kanaal werkt.",
    en: "Whether the source code is public, so anyone can check how the channel works.",
  },
  dataExport: {
    nl: "Of de gemeente haar berichten en volgers kan meenemen als zij het kanaal verlaat.",
    en: "Whether the municipality can take its posts and followers along when it leaves the channel.",
  },
  selfHostable: {
    nl: "Of de gemeente of een partij naar keuze het kanaal zelf kan draaien.",
    en: "Whether the municipality or a party of its choice can run the channel itself.",
  },
  dpia: {
    nl: "Wat bekend is uit een gegevensbeschermingseffectbeoordeling (DPIA) over het gebruik door overheden.",
    en: "What is known from a data protection impact assessment (DPIA) of government use.",
  },
};

const yes = { nl: "Ja", en: "Yes" };
const no = { nl: "Nee", en: "No" };
const partly = { nl: "Gedeeltelijk", en: "Partly" };
export const unknownLabel: LocalizedText = { nl: "Onbekend", en: "Unknown" };

export const factValueLabels: {
  [K in EnumeratedFactKey]: Record<EnumeratedFactValue<K>, LocalizedText>;
} = {
  jurisdiction: {
    eu: { nl: "EU", en: "EU" },
    "non-eu": { nl: "Buiten de EU", en: "Outside the EU" },
    nl: { nl: "Nederland", en: "The Netherlands" },
    mixed: { nl: "Gemengd: EU en daarbuiten", en: "Mixed: EU and beyond" },
    unknown: unknownLabel,
  },
  reach: {
    algorithmic: { nl: "Algoritmisch", en: "Algorithmic" },
    chronological: { nl: "Op volgorde van tijd", en: "Chronological" },
    mixed: { nl: "Gemengd", en: "Mixed" },
    editorial: { nl: "Door de afzender bepaald", en: "Decided by the sender" },
    unknown: unknownLabel,
  },
  openProtocol: { yes, no, unknown: unknownLabel },
  openSource: { yes, no, partly, unknown: unknownLabel },
  dataExport: { yes, no, partly, unknown: unknownLabel },
  selfHostable: { yes, no, unknown: unknownLabel },
};

export const channelKindLabels: Record<ChannelKind, LocalizedText> = {
  commercial: { nl: "Commercieel platform", en: "Commercial platform" },
  "open-alternative": { nl: "Open alternatief", en: "Open alternative" },
  "own-channel": { nl: "Eigen kanaal", en: "Own channel" },
};

export function factLabel(key: FactKey, locale: Locale): string {
  return factKeyLabels[key][locale];
}

/**
 * A fact value as shown to people: enumerated values get their label, country codes their
 * name in the locale; free text (owner, DPIA, ...) is shown as written in the catalogue.
 */
export function factValueLabel(key: FactKey, value: string, locale: Locale): string {
  if (value === UNKNOWN) return unknownLabel[locale];
  if (isEnumeratedFactKey(key)) {
    const labels = factValueLabels[key] as Record<string, LocalizedText>;
    return labels[value]?.[locale] ?? value;
  }
  if (key === "country") {
    return new Intl.DisplayNames([locale], { type: "region" }).of(value) ?? value;
  }
  return value;
}
