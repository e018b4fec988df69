import fs from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * Rendered PDFs of adopted versions, by snapshot hash: an adopted snapshot never changes, so its
 * PDF only changes when the layout or the wording of the app does. Both are part of the key
 * (bump LAYOUT_VERSION when lib/policy/pdf or lib/policy/view change what a page shows).
 * A small in-memory LRU in front of files under data/cache/policy-pdf/, which survive restarts.
 */
const LAYOUT_VERSION = 2;
const MEMORY_ENTRIES = 12;
const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "cache", "policy-pdf");

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
export async function cachedPdf(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = memory.get(key);
  if (hit) {
    remember(key, hit);
    return hit;
  }
  const pending = inFlight.get(key);
  if (pending) return pending;
  const job = loadOrRender(key, render).finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

async function loadOrRender(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = path.join(CACHE_DIR, `${key}.pdf`);
  try {
    const bytes = new Uint8Array(await fs.readFile(file));
    remember(key, bytes);
    return bytes;
  } catch {
    // Not cached yet.
  }
  const bytes = await render();
  remember(key, bytes);
  try {
    await fs.mkdir(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } catch (error) {
    console.warn("[policy-pdf] could not write the PDF cache", error);
  }
  return bytes;
}
