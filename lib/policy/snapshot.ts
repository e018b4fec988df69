import { createHash } from "node:crypto";
import { policySnapshot, type PolicySnapshot } from "@/lib/policy/schema";

/**
 * Canonical JSON: object keys sorted, no whitespace, undefined left out. The same data always
 * gives the same text, so its SHA-256 identifies an adopted snapshot wherever it is stored.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry) => (entry === undefined ? null : sortKeys(entry)));
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key];
      if (entry !== undefined) out[key] = sortKeys(entry);
    }
    return out;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error("canonicalJson: numbers must be finite");
  return value;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The stored form of a snapshot: its canonical JSON and that text's hash. */
export function freezeSnapshot(snapshot: PolicySnapshot): { json: string; hash: string } {
  const json = canonicalJson(snapshot);
  return { json, hash: sha256(json) };
}

export const shortHash = (hash: string) => hash.slice(0, 12);

export class SnapshotIntegrityError extends Error {
  constructor(readonly expected: string, readonly actual: string) {
    super(`snapshot hash mismatch: expected ${expected}, got ${actual}`);
  }
}

/** Reads a stored snapshot back, refusing one whose text no longer matches its hash. */
export function readSnapshot(json: string, hash: string | null): PolicySnapshot {
  if (hash !== null) {
    const actual = sha256(json);
    if (actual !== hash) throw new SnapshotIntegrityError(hash, actual);
  }
  return policySnapshot.parse(JSON.parse(json));
}
