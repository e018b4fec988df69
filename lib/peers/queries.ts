import "server-only";
import { db } from "@/lib/db";
import { loadDecisionSources } from "@/lib/peers/sources";

export { decisionsForChannel, type ChannelDecisionEntry, type DecisionSource } from "@/lib/peers/sources";

/** The published documents to compare with (lib/peers/sources.ts), from the app's database. */
export const decisionSources = (options: { excludeMunicipalityId?: string; peersOf?: string } = {}) => loadDecisionSources(db, options);

/** The peer installations and peer documents a municipality keeps, for its administrators. */
export async function listPeers(municipalityId: string) {
  const [installations, policies] = await Promise.all([
    db.peerInstallation.findMany({ where: { municipalityId }, orderBy: { label: "asc" }, select: { id: true, origin: true, label: true, createdAt: true } }),
    db.peerPolicy.findMany({
      where: { municipalityId },
      orderBy: [{ peerName: "asc" }, { year: "desc" }],
      select: { id: true, peerSlug: true, peerName: true, year: true, sourceKind: true, source: true, snapshotHash: true, contentHash: true, addedAt: true, installation: { select: { label: true } } },
    }),
  ]);
  return { installations, policies };
}
