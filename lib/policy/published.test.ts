import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildSnapshot } from "@/lib/policy/gather";
import { sampleGatherMeta, samplePolicySources } from "@/lib/policy/sample";
import type { PolicySnapshot } from "@/lib/policy/schema";
import { sha256 } from "@/lib/policy/snapshot";
import type { PolicyView } from "@/lib/policy/view-model";
import { findPublished, Frozen, frozenView, publishedJson } from "@/lib/policy/published";
import { createTestDb, createTestMunicipality, createTestPolicyVersion } from "@/tests/test-db";

function snapshotOf(slug: string, year: number, adopted: boolean): PolicySnapshot {
  return buildSnapshot(samplePolicySources(2, year, { slug, name: `Gemeente ${slug}` }), sampleGatherMeta(year, adopted));
}

describe("published documents from frozen bytes", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let towns: Record<"open" | "closed", Awaited<ReturnType<typeof createTestMunicipality>>>;

  const version = (municipalityId: string, slug: string, year: number, state: "published" | "adopted" | "draft") =>
    createTestPolicyVersion(db, municipalityId, year, snapshotOf(slug, year, state !== "draft"), state);

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    towns = { open: await createTestMunicipality(db, "open"), closed: await createTestMunicipality(db, "dicht") };
    await version(towns.open.municipality.id, "open", 2024, "published");
    await version(towns.open.municipality.id, "open", 2025, "adopted");
    await version(towns.open.municipality.id, "open", 2026, "draft");
    await version(towns.closed.municipality.id, "dicht", 2024, "adopted");
  }, 60_000);

  afterAll(async () => dispose?.());

  it("finds only a published version of that municipality: never a draft, an unpublished adoption or another municipality's year", { timeout: 30_000 }, async () => {
    expect(await findPublished(db, "open", 2024)).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await findPublished(db, "open", 2025)).toBeNull();
    expect(await findPublished(db, "open", 2026)).toBeNull();
    expect(await findPublished(db, "dicht", 2024)).toBeNull();
    expect(await findPublished(db, "onbekend", 2024)).toBeNull();
    expect(await publishedJson(db, "dicht", 2024)).toBeNull();
    expect(await publishedJson(db, "open", 2026)).toBeNull();
  });

  it("serves the export file as the same bytes every time, with a strong ETag that is their hash", { timeout: 30_000 }, async () => {
    const first = await publishedJson(db, "open", 2024);
    const again = await publishedJson(db, "open", 2024);
    expect(again).toEqual(first);
    expect(first!.etag).toBe(`"${sha256(first!.body).slice(0, 40)}"`);
    const stored = await db.policyVersion.findFirstOrThrow({ where: { municipalityId: towns.open.municipality.id, year: 2024 } });
    const envelope = JSON.parse(first!.body);
    expect(envelope).toMatchObject({ exportedAt: stored.adoptedAt!.toISOString(), policy: { year: 2024, status: "adopted", snapshotHash: stored.snapshotHash } });
    expect(envelope.policy.snapshot).toEqual(JSON.parse(stored.snapshotJson!));
    expect(first!.fileName).toBe("beleid-sociale-media-open-2024.json");
  });

  it("never serves a withdrawn publication from the cache, and serves it again once republished", { timeout: 30_000 }, async () => {
    const cached = await publishedJson(db, "open", 2024);
    expect(cached).not.toBeNull();
    const where = { municipalityId: towns.open.municipality.id, year: 2024 };
    await db.policyVersion.updateMany({ where, data: { publishedAt: null } });
    expect(await findPublished(db, "open", 2024)).toBeNull();
    expect(await publishedJson(db, "open", 2024)).toBeNull();
    await db.policyVersion.updateMany({ where, data: { publishedAt: new Date() } });
    expect(await publishedJson(db, "open", 2024)).toEqual(cached);
  });
});

describe("Frozen", () => {
  it("forgets the entry used longest ago", async () => {
    const frozen = new Frozen<number>(2);
    frozen.set("a", 1);
    frozen.set("b", 2);
    expect(frozen.get("a")).toBe(1);
    frozen.set("c", 3);
    expect(frozen.get("b")).toBeUndefined();
    expect(frozen.get("a")).toBe(1);
    expect(await frozen.getOrMake("c", async () => 99)).toBe(3);
    expect(await frozen.getOrMake("d", async () => 4)).toBe(4);
  });

  it("builds a web view once per snapshot hash and language", async () => {
    let built = 0;
    const build = (snapshot: PolicySnapshot) => {
      built++;
      return { meta: { title: String(snapshot.year) } } as unknown as PolicyView;
    };
    const snapshot = async () => ({ year: 2024 }) as PolicySnapshot;
    const hash = sha256(`view-test-${Math.random()}`);
    const first = await frozenView(hash, "nl", snapshot, build);
    expect(await frozenView(hash, "nl", snapshot, build)).toBe(first);
    expect(built).toBe(1);
    await frozenView(hash, "en", snapshot, build);
    expect(built).toBe(2);
  });
});
