import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";
import { ActionError } from "@/lib/validation/action-error";
import { createAssessment, saveAnswer } from "./mutations";

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
