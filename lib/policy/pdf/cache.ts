import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * Rendered PDFs of adopted versions, by snapshot hash: an adopted snapshot never changes, so its
 * PDF only changes when the layout or the wording of the app does. Both are part of the key
 * (bump LAYOUT_VERSION when lib/policy/pdf or lib/policy/view change what a page shows).
 *
 * The bytes live in the database (RenderedDocument), shared by every app instance: the first to
 * render a version stores it, the others serve exactly those bytes, so the file and its ETag do not
 * depend on the instance that answered. A small in-memory LRU in front saves the database read.
 */
const LAYOUT_VERSION = 2;
const MEMORY_ENTRIES = 12;

/** The part of the database the cache uses; the app passes its client, tests their own. */
export type RenderedDocuments = {
  renderedDocument: {
    findUnique(args: { where: { key: string }; select: { bytes: true } }): Promise<{ bytes: Uint8Array } | null>;
    create(args: { data: { key: string; bytes: Uint8Array<ArrayBuffer> } }): Promise<unknown>;
    deleteMany(args: { where: { key: string } }): Promise<unknown>;
  };
};

const memory = new Map<string, Uint8Array>();
const inFlight = new Map<string, Promise<Uint8Array>>();
const wording = new Map<Locale, string>();

function wordingHash(locale: Locale) {
  let hash = wording.get(locale);
  if (!hash) {
    hash = createHash("sha256").update(JSON.stringify(loadMessages(locale))).digest("hex").slice(0, 12);
    wording.set(locale, hash);
  }
  return hash;
}

export function cacheKey(snapshotHash: string, locale: Locale) {
  return `${snapshotHash}-${locale}-v${LAYOUT_VERSION}-${wordingHash(locale)}`;
}

function remember(key: string, bytes: Uint8Array) {
  memory.delete(key);
  memory.set(key, bytes);
  while (memory.size > MEMORY_ENTRIES) memory.delete(memory.keys().next().value!);
}

/** The cached PDF, or the freshly rendered one (then cached); concurrent requests share one rendering. */
export async function cachedPdf(store: RenderedDocuments, key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = memory.get(key);
  if (hit) {
    remember(key, hit);
    return hit;
  }
  const pending = inFlight.get(key);
  if (pending) return pending;
  const job = loadOrRender(store, key, render).finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

/** Removes one entry, from memory and the database (for the bench, which renders on purpose). */
export async function forgetCachedPdf(store: RenderedDocuments, key: string) {
  memory.delete(key);
  await store.renderedDocument.deleteMany({ where: { key } });
}

async function loadOrRender(store: RenderedDocuments, key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const stored = await store.renderedDocument.findUnique({ where: { key }, select: { bytes: true } });
  if (stored) return keep(key, stored.bytes);
  const bytes = await render();
  try {
    await store.renderedDocument.create({ data: { key, bytes: new Uint8Array(bytes) } });
    return keep(key, bytes);
  } catch (error) {
    // Another instance stored the same version meanwhile (the key is unique): serve its bytes, so
    // that every instance hands out one and the same file.
    const winner = await store.renderedDocument.findUnique({ where: { key }, select: { bytes: true } }).catch(() => null);
    if (winner) return keep(key, winner.bytes);
    console.warn("[policy-pdf] could not store the rendered PDF", error);
    return bytes;
  }
}

function keep(key: string, bytes: Uint8Array) {
  const copy = new Uint8Array(bytes);
  remember(key, copy);
  return copy;
}
