import { describe, expect, it } from "vitest";
import { buildSnapshot } from "./gather";
import { samplePolicySources } from "./sample";
import { canonicalJson, freezeSnapshot, readSnapshot, sha256, SnapshotIntegrityError } from "./snapshot";

const meta = { year: 2026, introduction: "Inleiding", summary: "Samenvatting", evaluationDate: "2027-10-01", today: "2026-11-23", adoption: null, previous: null };

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined, so key order never changes the hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 2 }], c: "é" } })).toBe('{"a":{"c":"é","d":[1,{"x":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("refuses numbers JSON cannot hold", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe("freezeSnapshot / readSnapshot", () => {
  it("hashes the canonical text with SHA-256", () => {
    const { json, hash } = freezeSnapshot(buildSnapshot(samplePolicySources(2, 2026), meta));
    expect(hash).toBe(sha256(json));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same hash for the same sources, and another one when anything changes", () => {
    const first = freezeSnapshot(buildSnapshot(samplePolicySources(3, 2026), meta));
    const again = freezeSnapshot(buildSnapshot(samplePolicySources(3, 2026), meta));
    expect(again.hash).toBe(first.hash);
    const edited = freezeSnapshot(buildSnapshot(samplePolicySources(3, 2026), { ...meta, summary: "Andere samenvatting" }));
    expect(edited.hash).not.toBe(first.hash);
  });

  it("reads a stored snapshot back and refuses one whose text no longer matches its hash", () => {
    const { json, hash } = freezeSnapshot(buildSnapshot(samplePolicySources(1, 2026), meta));
    expect(readSnapshot(json, hash).year).toBe(2026);
    const tampered = json.replace('"Samenvatting"', '"Iets anders"');
    expect(() => readSnapshot(tampered, hash)).toThrow(SnapshotIntegrityError);
  });
});
