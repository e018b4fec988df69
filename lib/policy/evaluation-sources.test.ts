import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentVersions } from "@/lib/assessments/pinned";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";
import { buildSnapshot, loadPolicySources } from "./gather";
import { samplePolicySources } from "./sample";
import { policySnapshot } from "./schema";
import { freezeSnapshot, readSnapshot } from "./snapshot";

const meta = { year: 2026, introduction: "", summary: "", evaluationDate: null, today: "2026-11-23", adoption: null, previous: null };
const measured = { reach: { "young-people": 350, "general-public": 1800 }, engagement: 420, incidents: 1, complaints: null, hours: 150, costs: 600 };

/** Last year's evaluation in the policy snapshot: read from the database, approved ones only. */
describe("the evaluation in the policy snapshot", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let town: Awaited<ReturnType<typeof createTestMunicipality>>;
  const current: Record<string, string> = {};

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    town = await createTestMunicipality(db, "evaluatiestad");
    const municipalityId = town.municipality.id;
    const frameworkVersions = JSON.stringify(currentVersions());
    for (const [channelId, status] of [["mastodon", "approved"], ["newsletter", "in_review"]] as const) {
      const previous = await db.assessment.create({
        data: { municipalityId, channelId, year: 2025, status: "decided", decision: "use", frameworkVersions, catalogueVersion: "2026.1", createdById: town.advisor.id },
      });
      await db.answer.create({ data: { assessmentId: previous.id, itemId: "assessment-plan:plan.goals.audiences", value: JSON.stringify(["general-public", "young-people"]), updatedById: town.advisor.id } });
      await db.evaluation.create({
        data: {
          municipalityId,
          policyVersionId: "policy-2025",
          assessmentId: previous.id,
          channelId,
          year: 2025,
          dueDate: "2026-11-01",
          dueReason: "default",
          status,
          measurements: JSON.stringify(measured),
          exitTriggers: "Geen aanleiding deed zich voor.",
          outcome: "continue",
          rationale: "Het bereik groeit.",
          editedById: town.advisor.id,
          submittedAt: new Date("2026-10-20T09:00:00Z"),
          ...(status === "approved" ? { reviewerId: town.admin.id, reviewerRole: "admin", reviewedAt: new Date("2026-10-21T09:00:00Z") } : {}),
        },
      });
      const next = await db.assessment.create({
        data: { municipalityId, channelId, year: 2026, frameworkVersions, catalogueVersion: "2026.1", previousAssessmentId: previous.id, createdById: town.advisor.id },
      });
      current[channelId] = next.id;
    }
  }, 60_000);
  afterAll(async () => dispose?.());

  it("carries the approved evaluation of the channel's previous decision and leaves out one still in review", { timeout: 30_000 }, async () => {
    const sources = await loadPolicySources(db, town.municipality.id, 2026);
    expect(Object.keys(sources.evaluations ?? {})).toEqual([current.mastodon]);
    expect(sources.evaluations?.[current.mastodon]).toEqual({
      year: 2025,
      outcome: "continue",
      measurements: {
        // In the assessment's order of audiences, each named in both languages.
        reach: [
          { audience: "general-public", label: expect.objectContaining({ nl: expect.any(String), en: expect.any(String) }), value: 1800 },
          { audience: "young-people", label: expect.objectContaining({ nl: expect.any(String), en: expect.any(String) }), value: 350 },
        ],
        engagement: 420,
        incidents: 1,
        complaints: null,
        hours: 150,
        costs: 600,
      },
      exitTriggers: "Geen aanleiding deed zich voor.",
      rationale: "Het bereik groeit.",
      evaluatedAt: "2026-10-20T09:00:00.000Z",
      approvedAt: "2026-10-21T09:00:00.000Z",
      approvedBy: town.admin.name,
    });
  });

  it("puts it on the channel in the snapshot, which validates and freezes like any other", { timeout: 30_000 }, async () => {
    const sources = samplePolicySources(2, 2026);
    const evaluation = (await loadPolicySources(db, town.municipality.id, 2026)).evaluations![current.mastodon];
    sources.evaluations = { [sources.assessments[0].id]: evaluation };
    const snapshot = buildSnapshot(sources, meta);
    const withEvaluation = snapshot.channels.find((channel) => channel.evaluation);
    expect(withEvaluation?.channelId).toBe(sources.assessments[0].channelId);
    expect(snapshot.channels.filter((channel) => channel.evaluation)).toHaveLength(1);
    const { json, hash } = freezeSnapshot(snapshot);
    expect(readSnapshot(json, hash).channels.find((channel) => channel.channelId === withEvaluation?.channelId)?.evaluation).toEqual(evaluation);
    // Read back through the schema (as the import and the public JSON do), it hashes the same.
    expect(freezeSnapshot(readSnapshot(json, hash)).hash).toBe(hash);
    expect(policySnapshot.safeParse({ ...snapshot, channels: snapshot.channels.map((channel) => ({ ...channel, evaluation: { ...evaluation, outcome: "stop" } })) }).success).toBe(false);
  });
});

describe("a snapshot frozen before evaluations were published", () => {
  it("has no evaluation field, still validates, and keeps its hash", () => {
    const old = buildSnapshot(samplePolicySources(3, 2026), meta);
    expect(old.channels.every((channel) => !("evaluation" in channel))).toBe(true);
    const { json, hash } = freezeSnapshot(old);
    expect(json).not.toContain('"evaluation"');
    expect(readSnapshot(json, hash)).toEqual(old);
    expect(freezeSnapshot(readSnapshot(json, hash)).hash).toBe(hash);
  });
});
