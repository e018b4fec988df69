import { createHash } from "node:crypto";
import { migrateAnswers } from "./migrate";
import type { Framework, FrameworkItem, FrameworkPart, LocalizedText, MigrationRule, Source } from "./schema";

/**
 * The public, read-only view of the frameworks: the JSON the open API returns and the search
 * the framework browser offers. Pure functions over loaded content, so they are unit-tested
 * without a server; the route handlers only pick the framework and send the payload.
 */

/* ------------------------------------------------------------------------------------------ */
/* JSON responses with an ETag                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Content changes only with a deploy; an hour keeps clients fresh enough and the server idle. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=3600";

export type JsonPayload = { json: string; etag: string };

/** Serialises once; the ETag is a hash of exactly the bytes sent, so equal content gives an equal tag. */
export function jsonPayload(body: unknown): JsonPayload {
  const json = JSON.stringify(body);
  return { json, etag: `"${createHash("sha256").update(json).digest("base64url")}"` };
}

/**
 * Whether an If-None-Match header matches the tag. It may list several tags, use weak tags
 * (W/"…"), or "*"; GET compares weakly (RFC 9110, 13.1.2).
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => strip(tag) === strip(etag));
}

const publicHeaders = {
  "Cache-Control": PUBLIC_CACHE_CONTROL,
  // Open data: other sites and tools may read it from the browser too.
  "Access-Control-Allow-Origin": "*",
};

/** 200 with the JSON, or 304 without a body when the client already holds this version. */
export function publicJsonResponse(payload: JsonPayload, ifNoneMatch: string | null): Response {
  const headers = { ...publicHeaders, ETag: payload.etag };
  if (etagMatches(ifNoneMatch, payload.etag)) return new Response(null, { status: 304, headers });
  return new Response(payload.json, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function notFoundJsonResponse(): Response {
  return Response.json(
    { error: "not_found" },
    { status: 404, headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Shapes                                                                                        */
/* ------------------------------------------------------------------------------------------ */

export function itemCount(framework: Framework): number {
  return framework.parts.reduce((count, part) => count + part.items.length, 0);
}

/** Only the fields a source has; no undefined keys, so the JSON (and its ETag) stays the same. */
export function sourceJson(source: Source) {
  return {
    publisher: source.publisher,
    title: source.title,
    date: source.date,
    ...(source.datePrecision ? { datePrecision: source.datePrecision } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.reference ? { reference: source.reference } : {}),
  };
}

/** Versions per framework id, oldest first, from the loader's list of all versions. */
export function versionsById(all: readonly Framework[]): Map<string, string[]> {
  const versions = new Map<string, string[]>();
  for (const framework of all) versions.set(framework.id, [...(versions.get(framework.id) ?? []), framework.version]);
  return versions;
}

/** GET /api/frameworks: the latest version of each framework, with the older versions named. */
export function frameworkListJson(latest: readonly Framework[], versions: ReadonlyMap<string, readonly string[]>) {
  return {
    frameworks: latest.map((framework) => ({
      id: framework.id,
      version: framework.version,
      versions: [...(versions.get(framework.id) ?? [framework.version])],
      title: framework.title,
      summary: framework.summary,
      source: sourceJson(framework.source),
      itemCount: itemCount(framework),
      href: `/api/frameworks/${framework.id}?version=${encodeURIComponent(framework.version)}`,
    })),
  };
}

function itemJson(item: FrameworkItem) {
  return {
    id: item.id,
    text: item.text,
    guidance: item.guidance,
    answerType: item.answerType,
    ...(item.options ? { options: item.options } : {}),
    multiple: item.multiple,
    ...(item.answerType === "date" ? { future: item.future } : {}),
    rationale: item.rationale,
    evidence: item.evidence,
    owner: item.owner,
    feeds: item.feeds,
    ownWording: item.ownWording,
  };
}

/** GET /api/frameworks/{id}: one version with its parts, items and migration from the previous version. */
export function frameworkJson(framework: Framework, versions: readonly string[]) {
  return {
    id: framework.id,
    version: framework.version,
    versions: [...versions],
    ...(framework.previousVersion ? { previousVersion: framework.previousVersion } : {}),
    title: framework.title,
    summary: framework.summary,
    source: sourceJson(framework.source),
    itemCount: itemCount(framework),
    migration: framework.migration,
    parts: framework.parts.map((part) => ({
      id: part.id,
      title: part.title,
      ...(part.description ? { description: part.description } : {}),
      items: part.items.map(itemJson),
    })),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Search in the framework browser                                                              */
/* ------------------------------------------------------------------------------------------ */

/** Lower case without accents, so "beinvloeding" finds "beïnvloeding" and "AVG" finds "avg". */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/** What the search box looks in: the item id and both languages of its wording and guidance. */
function haystack(item: FrameworkItem): string {
  return normalizeForSearch([item.id, item.text.nl, item.text.en, item.guidance.nl, item.guidance.en].join("\n"));
}

export type NumberedItem = { item: FrameworkItem; number: number };
export type PartMatches = { part: FrameworkPart; items: NumberedItem[] };

/**
 * The parts and items matching a query; every word must occur (in any order). Items keep their
 * number in the full framework, so a filtered list still says "question 14". An empty query
 * returns everything.
 */
export function searchFramework(framework: Framework, query: string | undefined): PartMatches[] {
  const words = normalizeForSearch(query ?? "")
    .split(/\s+/)
    .filter(Boolean);
  let number = 0;
  const result: PartMatches[] = [];
  for (const part of framework.parts) {
    const items: NumberedItem[] = [];
    for (const item of part.items) {
      number++;
      const text = words.length ? haystack(item) : "";
      if (words.every((word) => text.includes(word))) items.push({ item, number });
    }
    if (items.length) result.push({ part, items });
  }
  return result;
}

/* ------------------------------------------------------------------------------------------ */
/* What changed since the previous version                                                     */
/* ------------------------------------------------------------------------------------------ */

export type ItemLink = { id: string; item?: FrameworkItem };
export type MigrationRow = {
  kind: MigrationRule["kind"];
  from: ItemLink;
  to: ItemLink[];
  reason?: LocalizedText;
};

function findIn(framework: Framework | undefined, id: string): ItemLink {
  const item = framework?.parts.flatMap((part) => part.items).find((candidate) => candidate.id === id);
  return item ? { id, item } : { id };
}

/**
 * The declared mapping from the previous version, with the wording of the old and new items,
 * and the items that are new without replacing an old one. `previous` is undefined when this
 * is the first version or the previous one is no longer shipped.
 */
export function migrationOverview(framework: Framework, previous: Framework | undefined) {
  const rules: MigrationRow[] = framework.migration.map((rule) => ({
    kind: rule.kind,
    from: findIn(previous, rule.from),
    to: rule.kind === "removed" ? [] : [rule.to].flat().map((id) => findIn(framework, id)),
    ...(rule.reason ? { reason: rule.reason } : {}),
  }));
  const added = previous ? migrateAnswers({}, previous, framework).newItemIds.map((id) => findIn(framework, id)) : [];
  return { rules, added };
}
