import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { readImportFile, type ImportProblem } from "@/lib/policy/export-import";
import { freezeSnapshot } from "@/lib/policy/snapshot";
import { ActionError } from "@/lib/validation/action-error";

/**
 * Peers: the published policies of municipalities on other installations, kept in tables of
 * their own (PeerInstallation, PeerPolicy), so nothing of theirs becomes this municipality's
 * assessments, decisions or documents. A peer document is taken only as what it says it is: an
 * adopted policy whose frozen snapshot matches its hash.
 */

export async function addInstallation(tx: Tx, params: { municipalityId: string; origin: string; label: string; userId: string }) {
  const existing = await tx.peerInstallation.findUnique({ where: { municipalityId_origin: { municipalityId: params.municipalityId, origin: params.origin } }, select: { id: true } });
  if (existing) throw new ActionError("invalid", "peer_exists", { origin: "peer_exists" });
  return tx.peerInstallation.create({
    data: { municipalityId: params.municipalityId, origin: params.origin, label: params.label, createdById: params.userId },
    select: { id: true, origin: true, label: true },
  });
}

/** Removes an installation from the list; documents fetched from it stay, labelled with their URL. */
export async function removeInstallation(tx: Tx, params: { municipalityId: string; installationId: string }) {
  const installation = await tx.peerInstallation.findFirst({ where: { id: params.installationId, municipalityId: params.municipalityId }, select: { id: true, origin: true, label: true } });
  if (!installation) throw new ActionError("not_found", "peer_installation_not_found");
  await tx.peerInstallation.delete({ where: { id: installation.id } });
  return installation;
}

export async function findInstallation(tx: Tx, params: { municipalityId: string; installationId: string }) {
  return tx.peerInstallation.findFirst({ where: { id: params.installationId, municipalityId: params.municipalityId }, select: { id: true, origin: true, label: true } });
}

export type PeerDocumentProblem = ImportProblem | { code: "notAdopted" } | { code: "notPolicy" };

/**
 * Reads a peer's document (the public JSON, or the PDF that carries it) with the import's checks,
 * and keeps only an adopted policy with its frozen snapshot. Refuses everything else, listing why.
 */
export async function readPeerDocument(bytes: Uint8Array) {
  const read = await readImportFile(bytes);
  if (!read.ok) return { ok: false as const, problems: read.problems as PeerDocumentProblem[] };
  if (read.kind !== "policy") return { ok: false as const, problems: [{ code: "notPolicy" }] as PeerDocumentProblem[] };
  const { policy } = read.data;
  if (policy.status !== "adopted" || !policy.snapshot || !policy.snapshotHash) return { ok: false as const, problems: [{ code: "notAdopted" }] as PeerDocumentProblem[] };
  return { ok: true as const, data: read.data, snapshot: policy.snapshot, snapshotHash: policy.snapshotHash, contentHash: createHash("sha256").update(bytes).digest("hex") };
}

export type PeerDocument = Extract<Awaited<ReturnType<typeof readPeerDocument>>, { ok: true }>;

/**
 * Keeps a peer's adopted policy. The same document added again (same snapshot hash) replaces
 * where it came from, not what it says.
 */
export async function savePeerPolicy(
  tx: Tx,
  params: { municipalityId: string; userId: string; document: PeerDocument; source: { kind: "upload" | "url"; source: string; installationId: string | null }; now?: Date },
) {
  const { document } = params;
  const { json, hash } = freezeSnapshot(document.snapshot);
  // readImportFile compared the hash already; stored as that canonical text, so the hash stays checkable on every read.
  if (hash !== document.snapshotHash) throw new ActionError("invalid", "peer_hash_mismatch");
  const data = {
    sourceKind: params.source.kind,
    source: params.source.source.slice(0, 500),
    installationId: params.source.installationId,
    peerSlug: document.snapshot.municipality.slug,
    peerName: document.snapshot.municipality.name,
    year: document.snapshot.year,
    contentHash: document.contentHash,
    addedById: params.userId,
    addedAt: params.now ?? new Date(),
  };
  return tx.peerPolicy.upsert({
    where: { municipalityId_snapshotHash: { municipalityId: params.municipalityId, snapshotHash: hash } },
    create: { municipalityId: params.municipalityId, snapshotHash: hash, snapshotJson: json, ...data },
    update: data,
    select: { id: true, peerSlug: true, peerName: true, year: true, snapshotHash: true, contentHash: true },
  });
}

export async function removePeerPolicy(tx: Tx, params: { municipalityId: string; peerPolicyId: string }) {
  const peer = await tx.peerPolicy.findFirst({
    where: { id: params.peerPolicyId, municipalityId: params.municipalityId },
    select: { id: true, peerSlug: true, peerName: true, year: true, source: true, snapshotHash: true },
  });
  if (!peer) throw new ActionError("not_found", "peer_policy_not_found");
  await tx.peerPolicy.delete({ where: { id: peer.id } });
  return peer;
}
