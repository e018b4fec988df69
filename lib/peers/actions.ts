"use server";

import { revalidatePath } from "next/cache";
import { ActionError, tenantAction } from "@/lib/auth/action";
import { fetchPeerDocument } from "@/lib/peers/fetch";
import { addInstallation, findInstallation, readPeerDocument, removeInstallation, removePeerPolicy, savePeerPolicy, type PeerDocument } from "@/lib/peers/mutations";
import {
  addInstallationInputWith,
  fetchPeerPolicyInput,
  publicJsonUrl,
  removeInstallationInput,
  removePeerPolicyInput,
  uploadPeerPolicyInput,
} from "@/lib/peers/schema";
import { peerGuardOptions } from "@/lib/peers/guard-env";
import { MAX_IMPORT_BYTES } from "@/lib/policy/schema";
import { db } from "@/lib/db";

function refresh(slug: string) {
  revalidatePath(`/m/${slug}/admin/peers`);
  revalidatePath("/channels", "layout");
}

const added = (peer: { id: string; peerName: string; year: number; snapshotHash: string; contentHash: string }) => ({
  data: { peerName: peer.peerName, year: peer.year },
  objectId: peer.id,
});

export async function addInstallationAction(input: unknown) {
  return tenantAction({
    schema: addInstallationInputWith(peerGuardOptions()),
    input,
    permission: "peers.manage",
    action: "peers.installation.add",
    objectType: "peer_installation",
    run: async ({ tx, data, user, municipality }) => {
      const installation = await addInstallation(tx, { municipalityId: municipality.id, origin: data.origin, label: data.label, userId: user.id });
      refresh(municipality.slug);
      return { data: installation, objectId: installation.id, details: { origin: installation.origin, label: installation.label } };
    },
  });
}

export async function removeInstallationAction(input: unknown) {
  return tenantAction({
    schema: removeInstallationInput,
    input,
    permission: "peers.manage",
    action: "peers.installation.remove",
    objectType: "peer_installation",
    objectId: (data) => data.installationId,
    run: async ({ tx, data, municipality }) => {
      const removed = await removeInstallation(tx, { municipalityId: municipality.id, installationId: data.installationId });
      refresh(municipality.slug);
      return { data: undefined, details: { origin: removed.origin, label: removed.label } };
    },
  });
}

/** A peer's published policy from its public JSON, uploaded by an administrator. */
export async function uploadPeerPolicyAction(input: unknown) {
  return tenantAction({
    schema: uploadPeerPolicyInput,
    input,
    permission: "peers.manage",
    action: "peers.policy.upload",
    objectType: "peer_policy",
    prepare: async ({ data }) => {
      const bytes = new Uint8Array(Buffer.from(data.content, "base64"));
      const read = await readPeerDocument(bytes);
      if (!read.ok) throw new ActionError("invalid", "peer_document_invalid", undefined, { reason: "peer_document_invalid", problems: read.problems, fileName: data.fileName });
      return read;
    },
    run: async ({ tx, data, user, municipality, prepared }) => {
      const peer = await savePeerPolicy(tx, { municipalityId: municipality.id, userId: user.id, document: prepared, source: { kind: "upload", source: data.fileName || "upload", installationId: null } });
      refresh(municipality.slug);
      return { ...added(peer), details: auditDetails(prepared, { kind: "upload", fileName: data.fileName }) };
    },
  });
}

/**
 * A peer's published policy fetched from a listed installation, on the server, within the guard
 * (lib/peers/fetch.ts). The fetch runs after the access checks and outside the transaction.
 */
export async function fetchPeerPolicyAction(input: unknown) {
  return tenantAction<typeof fetchPeerPolicyInput, { peerName: string; year: number }, { document: PeerDocument; url: string; installationId: string }>({
    schema: fetchPeerPolicyInput,
    input,
    permission: "peers.manage",
    action: "peers.policy.fetch",
    objectType: "peer_policy",
    prepare: async ({ data, municipality }) => {
      const installation = await findInstallation(db, { municipalityId: municipality.id, installationId: data.installationId });
      if (!installation) throw new ActionError("invalid", "peer_installation_not_found", { installationId: "invalid_value" });
      const url = publicJsonUrl(installation.origin, data.peerSlug, data.year);
      const fetched = await fetchPeerDocument(url, { maxBytes: MAX_IMPORT_BYTES, ...peerGuardOptions() });
      if (!fetched.ok) throw new ActionError("invalid", "peer_fetch_failed", undefined, { reason: "peer_fetch_failed", fetchProblem: fetched.problem, status: fetched.status, url });
      const read = await readPeerDocument(fetched.bytes);
      if (!read.ok) throw new ActionError("invalid", "peer_document_invalid", undefined, { reason: "peer_document_invalid", problems: read.problems, url });
      return { document: read, url: fetched.url, installationId: installation.id };
    },
    run: async ({ tx, user, municipality, prepared }) => {
      const peer = await savePeerPolicy(tx, {
        municipalityId: municipality.id,
        userId: user.id,
        document: prepared.document,
        source: { kind: "url", source: prepared.url, installationId: prepared.installationId },
      });
      refresh(municipality.slug);
      return { ...added(peer), details: auditDetails(prepared.document, { kind: "url", url: prepared.url }) };
    },
  });
}

export async function removePeerPolicyAction(input: unknown) {
  return tenantAction({
    schema: removePeerPolicyInput,
    input,
    permission: "peers.manage",
    action: "peers.policy.remove",
    objectType: "peer_policy",
    objectId: (data) => data.peerPolicyId,
    run: async ({ tx, data, municipality }) => {
      const removed = await removePeerPolicy(tx, { municipalityId: municipality.id, peerPolicyId: data.peerPolicyId });
      refresh(municipality.slug);
      return { data: undefined, details: removed };
    },
  });
}

/** What the audit trail keeps of an added peer document: whose, which year, where from, and both hashes. */
function auditDetails(document: PeerDocument, source: Record<string, string>) {
  return {
    ...source,
    peer: document.snapshot.municipality.slug,
    peerName: document.snapshot.municipality.name,
    year: document.snapshot.year,
    snapshotHash: document.snapshotHash,
    contentHash: document.contentHash,
  };
}
