import "server-only";
import { db } from "@/lib/db";
import { todayInNL } from "@/lib/catalogue/schema";
import { gatherPolicy } from "@/lib/policy/gather";
import { loadOpenItems, previousAdopted } from "@/lib/policy/mutations";
import type { PolicySnapshot } from "@/lib/policy/schema";
import { readSnapshot } from "@/lib/policy/snapshot";

const versionSelect = {
  id: true,
  municipalityId: true,
  year: true,
  status: true,
  introduction: true,
  summary: true,
  evaluationDate: true,
  previousVersionId: true,
  councilDecisionDate: true,
  councilDecisionRef: true,
  adoptedAt: true,
  publishedAt: true,
  snapshotHash: true,
  version: true,
  updatedAt: true,
} as const;

/** Versions of a municipality, newest year first; council members see adopted versions only. */
export async function listPolicyVersions(municipalityId: string, options: { includeDrafts: boolean }) {
  return db.policyVersion.findMany({
    where: { municipalityId, ...(options.includeDrafts ? {} : { status: "adopted" }) },
    orderBy: { year: "desc" },
    select: versionSelect,
  });
}

export type PolicyVersionSummary = Awaited<ReturnType<typeof listPolicyVersions>>[number];

export async function getPolicyVersion(municipalityId: string, year: number, options: { includeDrafts: boolean }) {
  return db.policyVersion.findFirst({
    where: { municipalityId, year, ...(options.includeDrafts ? {} : { status: "adopted" }) },
    select: versionSelect,
  });
}

export async function getPolicyVersionById(id: string) {
  return db.policyVersion.findUniqueOrThrow({ where: { id }, select: versionSelect });
}

export async function listAssessmentYears(municipalityId: string) {
  const rows = await db.assessment.findMany({ where: { municipalityId }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((row) => row.year);
}

/* ------------------------------------------------------------------------------------------ */
/* The document of a version                                                                    */
/* ------------------------------------------------------------------------------------------ */

// Parsed adopted snapshots by hash: they never change, and parsing a large one takes a while.
const parsed = new Map<string, PolicySnapshot>();
const PARSED_ENTRIES = 8;

async function adoptedSnapshot(versionId: string, hash: string): Promise<PolicySnapshot> {
  const known = parsed.get(hash);
  if (known) return known;
  const row = await db.policyVersion.findUniqueOrThrow({ where: { id: versionId }, select: { snapshotJson: true, snapshotHash: true } });
  const snapshot = readSnapshot(row.snapshotJson ?? "", row.snapshotHash);
  parsed.set(hash, snapshot);
  while (parsed.size > PARSED_ENTRIES) parsed.delete(parsed.keys().next().value!);
  return snapshot;
}

export type PolicyDocument = {
  version: PolicyVersionSummary;
  status: "draft" | "adopted";
  /** The snapshot hash of an adopted version; null for a draft. */
  hash: string | null;
  /** The document: the frozen snapshot, or for a draft gathered from the assessments now. */
  snapshot: () => Promise<PolicySnapshot>;
};

export function policyDocument(version: PolicyVersionSummary, now: Date = new Date()): PolicyDocument {
  if (version.status === "adopted" && version.snapshotHash) {
    const hash = version.snapshotHash;
    return { version, status: "adopted", hash, snapshot: () => adoptedSnapshot(version.id, hash) };
  }
  let gathered: Promise<PolicySnapshot> | undefined;
  return {
    version,
    status: "draft",
    hash: null,
    snapshot: () =>
      (gathered ??= (async () =>
        gatherPolicy(db, version.municipalityId, {
          year: version.year,
          introduction: version.introduction,
          summary: version.summary,
          evaluationDate: version.evaluationDate,
          today: todayInNL(now),
          adoption: null,
          previous: await previousAdopted(db, version.municipalityId, version.year),
        }))()),
  };
}

/** What still blocks adoption of a draft. */
export async function openItemsOf(version: PolicyVersionSummary) {
  return loadOpenItems(db, { municipalityId: version.municipalityId, year: version.year, summary: version.summary, evaluationDate: version.evaluationDate });
}

/* ------------------------------------------------------------------------------------------ */
/* Public                                                                                       */
/* ------------------------------------------------------------------------------------------ */

const publicMunicipality = { id: true, slug: true, name: true, primaryColor: true } as const;

/** A published version by municipality slug and year; null for anything unpublished or unknown. */
export async function getPublishedVersion(slug: string, year: number) {
  const municipality = await db.municipality.findUnique({ where: { slug }, select: publicMunicipality });
  if (!municipality) return null;
  const version = await db.policyVersion.findFirst({
    where: { municipalityId: municipality.id, year, status: "adopted", publishedAt: { not: null }, snapshotHash: { not: null } },
    select: versionSelect,
  });
  return version ? { municipality, version } : null;
}

export async function listPublishedVersions(slug: string) {
  const municipality = await db.municipality.findUnique({ where: { slug }, select: publicMunicipality });
  if (!municipality) return null;
  const versions = await db.policyVersion.findMany({
    where: { municipalityId: municipality.id, status: "adopted", publishedAt: { not: null } },
    orderBy: { year: "desc" },
    select: versionSelect,
  });
  return { municipality, versions };
}

export type ImportRecord = {
  objectId: string;
  at: Date;
  actorEmail: string | null;
  kind: "assessment" | "policy";
  fileName: string;
  year: number | null;
  channel: string | null;
  /** Where the file came from, and what it said had happened there (history, not this municipality's review). */
  source: string | null;
  sourceStatus: string | null;
  /** Still here: not deleted since. */
  present: boolean;
};

/** The last imports of a municipality, from their audit entries, with whether what they brought is still here. */
export async function listImports(municipalityId: string, take = 50): Promise<ImportRecord[]> {
  const entries = await db.auditEntry.findMany({
    where: { municipalityId, action: "policy.import", result: "success" },
    orderBy: { at: "desc" },
    take,
    select: { at: true, actorEmail: true, objectId: true, details: true },
  });
  const ids = entries.flatMap((entry) => (entry.objectId ? [entry.objectId] : []));
  const [assessments, versions] = await Promise.all([
    db.assessment.findMany({ where: { municipalityId, id: { in: ids } }, select: { id: true } }),
    db.policyVersion.findMany({ where: { municipalityId, id: { in: ids } }, select: { id: true } }),
  ]);
  const present = new Set([...assessments, ...versions].map((row) => row.id));
  return entries.flatMap((entry) => {
    if (!entry.objectId) return [];
    const details = JSON.parse(entry.details ?? "{}") as {
      kind?: string;
      fileName?: string;
      year?: number;
      channel?: string;
      channelId?: string;
      history?: { source?: string; status?: string };
    };
    return [
      {
        objectId: entry.objectId,
        at: entry.at,
        actorEmail: entry.actorEmail,
        kind: details.kind === "assessment" ? "assessment" : "policy",
        fileName: details.fileName ?? "",
        year: details.year ?? null,
        channel: details.channel ?? details.channelId ?? null,
        source: details.history?.source ?? null,
        sourceStatus: details.history?.status ?? null,
        present: present.has(entry.objectId),
      },
    ];
  });
}
