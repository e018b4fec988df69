import type { Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { policyExportOf, policyFileName } from "@/lib/policy/export-import";
import type { PolicyView } from "@/lib/policy/view-model";
import { readSnapshot, sha256 } from "@/lib/policy/snapshot";
import type { PolicySnapshot } from "@/lib/policy/schema";

/**
 * The public documents of published versions (the JSON, the web version's view) served from
 * frozen bytes. An adopted version never changes (the database refuses it, see the
 * append-only guards), so what is made of it is kept in memory per version and snapshot hash,
 * the same on every instance. Only its publication can change: every request asks the database
 * whether the version is still published (one small query), so a withdrawal takes effect at once,
 * on every instance, and nothing unpublished, draft or of another municipality is ever served.
 */

export type PublishedRef = { id: string; hash: string };

/** The public documents may be stored, but are confirmed on every use (a 304 by their ETag): a withdrawal takes effect at once, also in caches. */
export const PUBLISHED_CACHE_CONTROL = "public, no-cache";

/**
 * The published version of a municipality's year: its id and snapshot hash, or null for anything
 * not (or no longer) published. One statement (the model has no relation to join through, and
 * this runs on every public request): the same SQL on SQLite and PostgreSQL.
 */
export async function findPublished(client: Tx, slug: string, year: number): Promise<PublishedRef | null> {
  const rows = await client.$queryRaw<{ id: string; snapshotHash: string }[]>`
    SELECT v."id", v."snapshotHash" FROM "PolicyVersion" v JOIN "Municipality" m ON m."id" = v."municipalityId"
    WHERE m."slug" = ${slug} AND v."year" = ${year} AND v."status" = 'adopted' AND v."publishedAt" IS NOT NULL AND v."snapshotHash" IS NOT NULL`;
  return rows[0] ? { id: rows[0].id, hash: rows[0].snapshotHash } : null;
}

/** A small map that forgets the entry used longest ago. */
export class Frozen<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly capacity: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T) {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string) {
    this.entries.delete(key);
  }

  async getOrMake(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = await make();
    this.set(key, value);
    return value;
  }
}

export type FrozenJson = { body: string; etag: string; fileName: string };

// A few hundred kB each; the municipalities' current years are what residents read.
const jsonBodies = new Frozen<FrozenJson>(32);

/**
 * The export file of a published version, as bytes with a strong ETag (their hash): the same
 * bytes on every request and instance (its export time is the adoption time). Null when not published.
 */
export async function publishedJson(client: Tx, slug: string, year: number): Promise<FrozenJson | null> {
  const found = await findPublished(client, slug, year);
  if (!found) return null;
  return jsonBodies.getOrMake(`${found.id}:${found.hash}:${slug}`, async () => {
    const version = await client.policyVersion.findUniqueOrThrow({ where: { id: found.id } });
    const snapshot = readSnapshot(version.snapshotJson ?? "", found.hash);
    const body = JSON.stringify(policyExportOf(slug, version, snapshot, found.hash, version.adoptedAt ?? new Date()));
    return { body, etag: `"${sha256(body).slice(0, 40)}"`, fileName: policyFileName(slug, year, "json", false) };
  });
}

// Built views are large too; one per published version and language that residents read.
const views = new Frozen<PolicyView>(32);

/** The web version's view of an adopted snapshot, built once per hash and language (the wording is fixed in a build). */
export function frozenView(hash: string, locale: Locale, snapshot: () => Promise<PolicySnapshot>, build: (snapshot: PolicySnapshot) => PolicyView): Promise<PolicyView> {
  return views.getOrMake(`${hash}:${locale}`, async () => build(await snapshot()));
}
