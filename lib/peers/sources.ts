import type { Tx } from "@/lib/db";
import { readSnapshot } from "@/lib/policy/snapshot";
import { decisionOfMunicipality, decisionsOfSnapshot, type DocumentDecision, type MunicipalityDecision, type PublishedDocument } from "@/lib/peers/decisions";

/**
 * Where the comparisons of decisions come from: the published versions of this installation's
 * municipalities, and the peers' published versions that municipalities added. Nothing else: a
 * draft, an adopted version that is not (or no longer) published, or an import is never read.
 */

// A frozen document never changes, so its decisions are kept by hash (they are small; the snapshot is not).
const decisionsByHash = new Map<string, Map<string, DocumentDecision>>();

async function decisionsOf(hash: string, load: () => Promise<string>): Promise<Map<string, DocumentDecision>> {
  const known = decisionsByHash.get(hash);
  if (known) return known;
  const decisions = decisionsOfSnapshot(readSnapshot(await load(), hash));
  decisionsByHash.set(hash, decisions);
  return decisions;
}

type PublishedVersions = {
  marker: string;
  versions: { id: string; municipalityId: string; year: number; snapshotHash: string }[];
  municipalityById: Map<string, { id: string; slug: string; name: string }>;
};
// Per database client (the app has one; tests each their own).
const publishedCache = new WeakMap<object, PublishedVersions>();

/**
 * This installation's published versions and their municipalities, read again only when they
 * changed: adopting, publishing and withdrawing each set the version's updatedAt (an adopted
 * version is otherwise frozen and never deleted), so the number published and the latest
 * updatedAt of the adopted ones (one statement on an index of its own) tell whether the list is
 * still the one in memory, on every instance. Without it each summary step read every published
 * version of every municipality. Municipality names and slugs are not changed by the app.
 */
async function publishedVersions(client: Tx): Promise<PublishedVersions> {
  const [row] = await client.$queryRaw<{ published: unknown; changed: unknown }[]>`
    SELECT COUNT("publishedAt") AS published, MAX("updatedAt") AS changed FROM "PolicyVersion" WHERE "status" = 'adopted'`;
  const changed = row?.changed instanceof Date ? row.changed.toISOString() : String(row?.changed ?? "");
  const marker = `${String(row?.published ?? 0)}:${changed}`;
  const known = publishedCache.get(client);
  if (known?.marker === marker) return known;
  const rows = await client.policyVersion.findMany({
    where: { status: "adopted", publishedAt: { not: null }, snapshotHash: { not: null } },
    select: { id: true, municipalityId: true, year: true, snapshotHash: true },
  });
  const versions = rows.flatMap((version) => (version.snapshotHash ? [{ ...version, snapshotHash: version.snapshotHash }] : []));
  const municipalities = await client.municipality.findMany({
    where: { id: { in: [...new Set(versions.map((version) => version.municipalityId))] } },
    select: { id: true, slug: true, name: true },
  });
  const fresh = { marker, versions, municipalityById: new Map(municipalities.map((municipality) => [municipality.id, municipality])) };
  publishedCache.set(client, fresh);
  return fresh;
}

export type PeerSource = {
  kind: "upload" | "url";
  /** The installation's name and origin, when fetched from a listed installation. */
  installation: { label: string; origin: string } | null;
  /** The URL fetched, or the uploaded file's name. */
  source: string;
  /** Who added it on this installation. */
  addedBy: string;
};

export type DecisionSource = {
  key: string;
  name: string;
  slug: string;
  documents: (PublishedDocument & { hash: string })[];
  /** Null for a municipality of this installation; where it came from for a peer. */
  peer: PeerSource | null;
};

/**
 * Every published document this comparison may use, per municipality. `excludeMunicipalityId`
 * leaves a municipality's own documents out (it compares with others); `peersOf` keeps only the
 * peers that municipality added (without it: every peer, each document once).
 */
export async function loadDecisionSources(client: Tx, options: { excludeMunicipalityId?: string; peersOf?: string } = {}): Promise<DecisionSource[]> {
  const [published, peers] = await Promise.all([
    publishedVersions(client),
    client.peerPolicy.findMany({
      where: options.peersOf ? { municipalityId: options.peersOf } : {},
      orderBy: { addedAt: "asc" },
      select: {
        id: true,
        municipalityId: true,
        peerSlug: true,
        peerName: true,
        year: true,
        snapshotHash: true,
        sourceKind: true,
        source: true,
        installation: { select: { label: true, origin: true } },
      },
    }),
  ]);
  const versions = published.versions.filter((version) => version.municipalityId !== options.excludeMunicipalityId);
  const missing = [...new Set(peers.map((peer) => peer.municipalityId))].filter((id) => !published.municipalityById.has(id));
  const adders = missing.length ? await client.municipality.findMany({ where: { id: { in: missing } }, select: { id: true, slug: true, name: true } }) : [];
  const municipalityById = new Map([...published.municipalityById, ...adders.map((municipality) => [municipality.id, municipality] as const)]);

  const sources = new Map<string, DecisionSource>();
  for (const version of versions) {
    const municipality = municipalityById.get(version.municipalityId);
    if (!municipality) continue;
    const decisions = await decisionsOf(version.snapshotHash, async () => (await client.policyVersion.findUniqueOrThrow({ where: { id: version.id }, select: { snapshotJson: true } })).snapshotJson ?? "");
    const source = sources.get(municipality.id) ?? { key: municipality.id, name: municipality.name, slug: municipality.slug, documents: [], peer: null };
    source.documents.push({ year: version.year, decisions, hash: version.snapshotHash });
    sources.set(municipality.id, source);
  }
  const seen = new Set<string>();
  for (const peer of peers) {
    if (seen.has(peer.snapshotHash)) continue;
    seen.add(peer.snapshotHash);
    const decisions = await decisionsOf(peer.snapshotHash, async () => (await client.peerPolicy.findUniqueOrThrow({ where: { id: peer.id }, select: { snapshotJson: true } })).snapshotJson);
    const key = `peer:${peer.installation?.origin ?? peer.sourceKind}:${peer.peerSlug}`;
    const source = sources.get(key) ?? {
      key,
      name: peer.peerName,
      slug: peer.peerSlug,
      documents: [],
      peer: {
        kind: peer.sourceKind === "url" ? "url" : "upload",
        installation: peer.installation,
        source: peer.source,
        addedBy: municipalityById.get(peer.municipalityId)?.name ?? "",
      },
    };
    // Two peer documents of one year (from different sources): the later addition is the one shown.
    source.documents = [...source.documents.filter((document) => document.year !== peer.year), { year: peer.year, decisions, hash: peer.snapshotHash }];
    sources.set(key, source);
  }
  return [...sources.values()];
}

export type ChannelDecisionEntry = Omit<DecisionSource, "documents"> & { decision: MunicipalityDecision };

/** Who decided on a channel: this installation's municipalities and the peers, apart. */
export function decisionsForChannel(sources: readonly DecisionSource[], channelId: string): { own: ChannelDecisionEntry[]; peers: ChannelDecisionEntry[] } {
  const entries = sources.flatMap(({ documents, ...source }) => {
    const decision = decisionOfMunicipality(documents, channelId);
    return decision ? [{ ...source, decision }] : [];
  });
  return { own: entries.filter((entry) => !entry.peer), peers: entries.filter((entry) => entry.peer) };
}
