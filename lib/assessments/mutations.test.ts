import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";
import { ActionError } from "@/lib/validation/action-error";
import { createAssessment, proposeRisks, saveAnswer, upsertRisk } from "./mutations";
import { resolveChannel } from "./channel";
import { proposedRisks } from "./proposals";

describe("saving an answer", { timeout: 30_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let advisorId: string;
  let assessmentId: string;

  beforeAll(async () => {
    ({ db, dispose } = createTestDb());
    const { municipality, advisor } = await createTestMunicipality(db, "opslaan");
    advisorId = advisor.id;
    const { assessment } = await db.$transaction((tx) =>
      createAssessment(tx as unknown as Tx, { municipalityId: municipality.id, channelId: "facebook", year: 2026, userId: advisor.id, facts: null, carryForward: false }),
    );
    assessmentId = assessment.id;
  }, 30_000);
  afterAll(() => dispose?.());

  const save = (itemRef: string, value: unknown, rationale = "") =>
    db.$transaction(async (tx) => {
      const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
      const stored = await tx.answer.findUnique({ where: { assessmentId_itemId: { assessmentId, itemId: itemRef } } });
      return saveAnswer(tx as unknown as Tx, assessment, { assessmentId, itemRef, value, rationale, evidence: "", expectedVersion: stored?.version ?? 0, userId: advisorId });
    });
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => "saved",
      (error: unknown) => (error instanceof ActionError ? { reason: error.reason, fieldErrors: error.fieldErrors } : Promise.reject(error)),
    );

  it("keeps a choice whose required rationale has not been given yet", async () => {
    const result = await save("assessment-plan:plan.moderation.incidents", "no");
    expect(JSON.parse(result.answer.value!)).toBe("no");
    expect(result.answer.rationale).toBe("");
  });

  it("refuses the channel itself as its own alternative or crisis fallback", async () => {
    expect(await refusal(save("assessment-plan:plan.alternatives.channels", ["municipal-website", "facebook"]))).toEqual({
      reason: "own_channel",
      fieldErrors: { value: "own_channel" },
    });
    expect(await refusal(save("assessment-plan:plan.crisis.fallback", ["facebook"]))).toMatchObject({ reason: "own_channel" });
    expect(await refusal(save("assessment-plan:plan.alternatives.channels", ["municipal-website", "counter"]))).toBe("saved");
  });

  it("refuses text over the limit instead of cutting it", async () => {
    expect(await refusal(save("assessment-plan:plan.exit.steps", "a".repeat(5001)))).toEqual({ reason: "invalid_value", fieldErrors: { value: "too_long" } });
  });
});

describe("risks proposed from the facts", { timeout: 30_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let advisorId: string;
  let municipalityId: string;

  beforeAll(async () => {
    ({ db, dispose } = createTestDb());
    const { municipality, advisor } = await createTestMunicipality(db, "voorstel");
    advisorId = advisor.id;
    municipalityId = municipality.id;
  }, 30_000);
  afterAll(() => dispose?.());

  const tiktok = () => {
    const channel = resolveChannel("tiktok", undefined, [], [])!;
    return { kind: channel.kind, digital: channel.digital, facts: channel.facts };
  };
  const start = (year: number) =>
    db.$transaction((tx) =>
      createAssessment(tx as unknown as Tx, { municipalityId, channelId: "tiktok", year, userId: advisorId, facts: tiktok().facts, carryForward: false }),
    );
  const propose = (assessmentId: string) => db.$transaction((tx) => proposeRisks(tx as unknown as Tx, { id: assessmentId }, proposedRisks(tiktok()), advisorId));

  it("records each proposed risk once, undecided, for its owning role, with the facts it rests on", async () => {
    const { assessment } = await start(2026);
    const first = await propose(assessment.id);
    expect(first.map((risk) => risk.familyId)).toEqual(["risk.processing-outside-eu", "risk.no-dpia"]);
    expect(await propose(assessment.id)).toEqual([]);
    const risks = await db.risk.findMany({ where: { assessmentId: assessment.id }, orderBy: { createdAt: "asc" } });
    expect(risks).toHaveLength(2);
    expect(risks.map((risk) => [risk.ownerRole, risk.decision, risk.title])).toEqual([
      ["privacy", null, "Gegevensverwerking buiten EU-jurisdictie"],
      ["privacy", null, "Geen DPIA bekend voor dit platform"],
    ]);
    expect(JSON.parse(risks[0].proposedFrom!)).toEqual([
      { factKey: "jurisdiction", value: "mixed" },
      { factKey: "dataLocation", value: "Europa en daarbuiten; ook medewerkers in China kunnen gegevens inzien" },
    ]);
  });

  it("does not propose a risk the advisor already recorded under the same family", async () => {
    const { assessment } = await start(2027);
    await db.$transaction((tx) =>
      upsertRisk(tx as unknown as Tx, assessment, {
        familyId: "risk.processing-outside-eu",
        title: "Doorgifte naar China",
        description: "",
        likelihood: 5,
        impact: 5,
        measures: "",
        ownerRole: "privacy",
        expectedVersion: 0,
        userId: advisorId,
      }),
    );
    expect((await propose(assessment.id)).map((risk) => risk.familyId)).toEqual(["risk.no-dpia"]);
  });
});
