import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildSnapshot } from "@/lib/policy/gather";
import { policyExportOf } from "@/lib/policy/export-import";
import { sampleGatherMeta, samplePolicySources } from "@/lib/policy/sample";
import { freezeSnapshot } from "@/lib/policy/snapshot";
import type { PolicySnapshot } from "@/lib/policy/schema";
import { ActionError } from "@/lib/validation/action-error";
import { decisionOfMunicipality, decisionsOfSnapshot, summarizeDecisions } from "@/lib/peers/decisions";
import { addInstallation, readPeerDocument, removePeerPolicy, savePeerPolicy } from "@/lib/peers/mutations";
import { decisionsForChannel, loadDecisionSources } from "@/lib/peers/sources";
import { createTestDb, createTestMunicipality, createTestPolicyVersion } from "@/tests/test-db";

/** A sample year whose first channel (Facebook in the catalogue's order) gets the given decision. */
function snapshotOf(slug: string, year: number, facebook: "use" | "use_with_conditions" | "phase_out" | "do_not_use", adopted = true): PolicySnapshot {
  const sources = samplePolicySources(2, year, { slug, name: `Gemeente ${slug}` });
  sources.assessments[0] = { ...sources.assessments[0], decision: facebook, decisionRationale: `Reden van ${slug} in ${year}.`, phaseOutDate: facebook === "phase_out" ? `${year + 1}-06-30` : null };
  return buildSnapshot(sources, sampleGatherMeta(year, adopted));
}

const channelId = () => samplePolicySources(1, 2025).assessments[0].channelId;

describe("decisions from published documents", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let towns: Record<"published" | "adoptedOnly" | "draftOnly" | "withdrawn" | "reader", Awaited<ReturnType<typeof createTestMunicipality>>>;

  const version = (municipalityId: string, year: number, snapshot: PolicySnapshot, state: "published" | "adopted" | "draft" | "withdrawn") =>
    createTestPolicyVersion(db, municipalityId, year, snapshot, state);

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    towns = {
      published: await createTestMunicipality(db, "gepubliceerd"),
      adoptedOnly: await createTestMunicipality(db, "vastgesteld"),
      draftOnly: await createTestMunicipality(db, "concept"),
      withdrawn: await createTestMunicipality(db, "ingetrokken"),
      reader: await createTestMunicipality(db, "lezer"),
    };
    // Published three years running; the decision on Facebook changed in 2024 and held in 2025.
    await version(towns.published.municipality.id, 2023, snapshotOf("gepubliceerd", 2023, "use"), "published");
    await version(towns.published.municipality.id, 2024, snapshotOf("gepubliceerd", 2024, "phase_out"), "published");
    await version(towns.published.municipality.id, 2025, snapshotOf("gepubliceerd", 2025, "phase_out"), "published");
    await version(towns.published.municipality.id, 2026, snapshotOf("gepubliceerd", 2026, "do_not_use", false), "draft");
    await version(towns.adoptedOnly.municipality.id, 2025, snapshotOf("vastgesteld", 2025, "use"), "adopted");
    await version(towns.draftOnly.municipality.id, 2025, snapshotOf("concept", 2025, "use", false), "draft");
    await version(towns.withdrawn.municipality.id, 2025, snapshotOf("ingetrokken", 2025, "use"), "withdrawn");
  }, 60_000);

  afterAll(async () => dispose?.());

  it("shows only published documents: never a draft, an adopted version that is not published, or a withdrawn one", { timeout: 30_000 }, async () => {
    const { own, peers } = decisionsForChannel(await loadDecisionSources(db), channelId());
    expect(own.map((entry) => entry.slug)).toEqual(["gepubliceerd"]);
    expect(peers).toEqual([]);
    // The latest published year, not the draft of 2026; since the first year of the unbroken run.
    expect(own[0].decision).toMatchObject({ decision: "phase_out", year: 2025, since: 2024, rationale: "Reden van gepubliceerd in 2025." });
  });

  it("leaves a municipality's own documents out when it compares with others", { timeout: 30_000 }, async () => {
    const { own } = decisionsForChannel(await loadDecisionSources(db, { excludeMunicipalityId: towns.published.municipality.id }), channelId());
    expect(own).toEqual([]);
  });

  it("follows a withdrawal, a publication and an adoption at once, though it keeps the published versions in memory", { timeout: 30_000 }, async () => {
    const slugs = async () => decisionsForChannel(await loadDecisionSources(db), channelId()).own.map((entry) => entry.slug).sort();
    expect(await slugs()).toEqual(["gepubliceerd"]);
    const where = { municipalityId: towns.withdrawn.municipality.id, year: 2025 };
    await db.policyVersion.updateMany({ where, data: { publishedAt: new Date() } });
    expect(await slugs()).toEqual(["gepubliceerd", "ingetrokken"]);
    await db.policyVersion.updateMany({ where, data: { publishedAt: null } });
    expect(await slugs()).toEqual(["gepubliceerd"]);
    // Adopted and published at once (an import of the past, say): a new row, so a new marker.
    const later = await createTestMunicipality(db, "later");
    await version(later.municipality.id, 2025, snapshotOf("later", 2025, "use"), "published");
    expect(await slugs()).toEqual(["gepubliceerd", "later"]);
    await db.policyVersion.updateMany({ where: { municipalityId: later.municipality.id }, data: { publishedAt: null } });
    expect(await slugs()).toEqual(["gepubliceerd"]);
  });

  it("keeps a peer's adopted policy apart, labelled with its source, and refuses a draft", { timeout: 30_000 }, async () => {
    const reader = towns.reader;
    const peerSnapshot = snapshotOf("elders", 2025, "use_with_conditions");
    const { hash } = freezeSnapshot(peerSnapshot);
    const adoptedFile = policyExportOf("elders", { year: 2025, status: "adopted", introduction: "", summary: "", evaluationDate: null, councilDecisionDate: "2025-12-01", councilDecisionRef: "RB-1", adoptedAt: new Date("2025-12-01T15:00:00Z") }, peerSnapshot, hash, new Date());
    const draftFile = policyExportOf("elders", { year: 2026, status: "draft", introduction: "", summary: "", evaluationDate: null, councilDecisionDate: null, councilDecisionRef: null, adoptedAt: null }, snapshotOf("elders", 2026, "use", false), null, new Date());

    const refused = await readPeerDocument(new TextEncoder().encode(JSON.stringify(draftFile)));
    expect(refused).toEqual({ ok: false, problems: [{ code: "notAdopted" }] });
    const tampered = JSON.parse(JSON.stringify(adoptedFile));
    tampered.policy.snapshot.channels[0].decision.rationale = "Anders";
    expect(await readPeerDocument(new TextEncoder().encode(JSON.stringify(tampered)))).toEqual({ ok: false, problems: [{ code: "hashMismatch" }] });

    const bytes = new TextEncoder().encode(JSON.stringify(adoptedFile));
    const read = await readPeerDocument(bytes);
    if (!read.ok) throw new Error("an adopted export is a peer document");
    const installation = await addInstallation(db, { municipalityId: reader.municipality.id, origin: "https://elders.example.nl", label: "Elders", userId: reader.admin.id });
    await expect(addInstallation(db, { municipalityId: reader.municipality.id, origin: "https://elders.example.nl", label: "Nog eens", userId: reader.admin.id })).rejects.toBeInstanceOf(ActionError);
    const saved = await savePeerPolicy(db, { municipalityId: reader.municipality.id, userId: reader.admin.id, document: read, source: { kind: "url", source: "https://elders.example.nl/api/public/elders/policies/2025/json", installationId: installation.id } });
    // Added again: one row, the same document.
    const again = await savePeerPolicy(db, { municipalityId: reader.municipality.id, userId: reader.admin.id, document: read, source: { kind: "upload", source: "elders.json", installationId: null } });
    expect(again.id).toBe(saved.id);
    expect(await db.peerPolicy.count()).toBe(1);

    const sources = await loadDecisionSources(db, { excludeMunicipalityId: reader.municipality.id, peersOf: reader.municipality.id });
    const { own, peers } = decisionsForChannel(sources, channelId());
    expect(own.map((entry) => entry.slug)).toEqual(["gepubliceerd"]);
    expect(peers).toHaveLength(1);
    expect(peers[0]).toMatchObject({ name: "Gemeente elders", slug: "elders", decision: { decision: "use_with_conditions", year: 2025, since: 2025 }, peer: { kind: "upload", source: "elders.json", addedBy: "Gemeente lezer" } });
    // Nothing of the peer became the reader's own: no assessments, no policy versions.
    expect(await db.assessment.count({ where: { municipalityId: reader.municipality.id } })).toBe(0);
    expect(await db.policyVersion.count({ where: { municipalityId: reader.municipality.id } })).toBe(0);
    // Another municipality's comparison does not include the reader's peers.
    expect(decisionsForChannel(await loadDecisionSources(db, { peersOf: towns.published.municipality.id }), channelId()).peers).toEqual([]);

    await expect(removePeerPolicy(db, { municipalityId: towns.published.municipality.id, peerPolicyId: saved.id })).rejects.toBeInstanceOf(ActionError);
    await removePeerPolicy(db, { municipalityId: reader.municipality.id, peerPolicyId: saved.id });
    expect(await db.peerPolicy.count()).toBe(0);
  });
});

describe("decisionOfMunicipality", () => {
  const documents = (decisions: Record<number, "use" | "do_not_use" | null>) =>
    Object.entries(decisions).map(([year, decision]) => ({
      year: Number(year),
      decisions: new Map(decision ? [["tiktok", { decision, conditions: null, rationale: null, phaseOutDate: null }]] : []),
    }));

  it("counts since the first year of an unbroken run with the same decision", () => {
    expect(decisionOfMunicipality(documents({ 2022: "use", 2023: "do_not_use", 2024: "do_not_use", 2025: "do_not_use" }), "tiktok")).toMatchObject({ decision: "do_not_use", year: 2025, since: 2023 });
  });

  it("ends the run at a year without a document or without a decision on the channel", () => {
    expect(decisionOfMunicipality(documents({ 2022: "use", 2024: "use" }), "tiktok")).toMatchObject({ year: 2024, since: 2024 });
    expect(decisionOfMunicipality(documents({ 2023: "use", 2024: null, 2025: "use" }), "tiktok")).toMatchObject({ year: 2025, since: 2025 });
    expect(decisionOfMunicipality(documents({ 2023: "use", 2024: null }), "tiktok")).toMatchObject({ year: 2023, since: 2023 });
    expect(decisionOfMunicipality(documents({ 2024: null }), "tiktok")).toBeNull();
  });

  it("reads no decision for a municipality's own channels or an undecided channel", () => {
    const snapshot = snapshotOf("x", 2025, "use");
    const custom = { ...snapshot.channels[0], channelId: "custom:abc", custom: true };
    const undecided = { ...snapshot.channels[1], decision: { ...snapshot.channels[1].decision, value: null } };
    expect([...decisionsOfSnapshot({ channels: [snapshot.channels[0], custom, undecided] }).keys()]).toEqual([snapshot.channels[0].channelId]);
  });
});

describe("summarizeDecisions", () => {
  const entry = (name: string, decision: "use" | "use_with_conditions" | "phase_out" | "do_not_use", year: number) => ({ name, decision: { decision, year } });

  it("counts every decision in the fixed order and names only the latest few, newest year first", () => {
    const entries = [entry("Zeist", "use", 2024), entry("Almere", "do_not_use", 2025), entry("Breda", "use", 2025), entry("Delft", "phase_out", 2023), entry("Ede", "use", 2025)];
    const summary = summarizeDecisions(entries, 3);
    expect(summary.total).toBe(5);
    expect(summary.counts).toEqual([
      { decision: "use", count: 3 },
      { decision: "phase_out", count: 1 },
      { decision: "do_not_use", count: 1 },
    ]);
    expect(summary.latest.map((named) => named.name)).toEqual(["Almere", "Breda", "Ede"]);
  });

  it("stays the same size however many decided", () => {
    const many = Array.from({ length: 500 }, (_, index) => entry(`Gemeente ${index}`, index % 2 ? "use" : "do_not_use", 2020 + (index % 5)));
    const summary = summarizeDecisions(many, 8);
    expect(summary.latest).toHaveLength(8);
    expect(summary.counts.reduce((sum, group) => sum + group.count, 0)).toBe(500);
  });
});
