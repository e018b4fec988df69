import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { createTestDb, createTestMunicipality, testProvider } from "@/tests/test-db";
import { ActionError } from "@/lib/validation/action-error";
import { runTransaction } from "@/lib/db/transaction";
import { assessmentLock, confirmStepUnchanged, createAssessment, findAssessmentTx, proposeRisks, saveAnswer, upsertRisk } from "./mutations";
import { pinnedFrameworks } from "./pinned";
import { allItems, answeredBy } from "./steps";
import { resolveChannel } from "./channel";
import { proposedRisks } from "./proposals";

describe("saving an answer", { timeout: 30_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let advisorId: string;
  let assessmentId: string;

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
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
  it("records the answer to a shared question for every framework that asks it, with a revision each", async () => {
    const result = await save("assessment-plan:plan.alternatives.same-information", "partly", "Niet alles staat op de website.");
    expect(result.shared).toEqual(["ibd-overwegingen:ibd.consideration.alternatives", "ibd-overwegingen:ibd.decision.alternatives"]);
    for (const itemId of result.shared!) {
      const copy = await db.answer.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId, itemId } } });
      expect([JSON.parse(copy.value!), copy.rationale]).toEqual(["partly", "Niet alles staat op de website."]);
      expect(await db.answerRevision.count({ where: { assessmentId, itemId } })).toBe(1);
    }
  });

  it("refuses to save a shared question apart from the question that asks it", async () => {
    expect(await refusal(save("ibd-overwegingen:ibd.decision.goals", ["information"]))).toMatchObject({ reason: "answered_elsewhere" });
  });
});

describe("saving answers of one assessment at the same time", { timeout: 120_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
  }, 30_000);
  afterAll(() => dispose?.());

  // Ten people (or tabs) autosaving different questions of one assessment: every save moves the
  // assessment's version, so they all write one row. None may be refused for the others.
  it("stores every save of ten people typing at once, each save moving the version once", async () => {
    const { municipality, advisor } = await createTestMunicipality(db, "gelijktijdig");
    const { assessment } = await db.$transaction((tx) =>
      createAssessment(tx as unknown as Tx, { municipalityId: municipality.id, channelId: "facebook", year: 2026, userId: advisor.id, facts: null, carryForward: false }),
    );
    const frameworks = pinnedFrameworks(assessment.frameworkVersions);
    const questions = allItems(frameworks)
      .filter(({ item }) => item.answerType === "ynpu" && !answeredBy(frameworks, item))
      .slice(0, 10);
    expect(questions).toHaveLength(10);

    // What tenantAction does for the save-answer action: one transaction under its lock.
    const save = (ref: string, rationale: string, expectedVersion: number) =>
      runTransaction(
        db,
        testProvider,
        async (tx) => {
          const current = await findAssessmentTx(tx as unknown as Tx, municipality.id, assessment.id);
          return saveAnswer(tx as unknown as Tx, current, { assessmentId: assessment.id, itemRef: ref, value: "partly", rationale, evidence: "", expectedVersion, userId: advisor.id });
        },
        { maxWait: 60_000, timeout: 60_000, lock: { ...assessmentLock({ assessmentId: assessment.id }), municipalityId: municipality.id } },
      );
    // Each person saves their question five times as they type, one save after the other.
    const typing = async (ref: string, person: number) => {
      for (let keystroke = 0; keystroke < 5; keystroke++) await save(ref, `Toelichting ${person}.${keystroke}`, keystroke);
    };
    const outcomes = await Promise.allSettled(questions.map(({ ref }, person) => typing(ref, person)));
    expect(outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => String((outcome as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);

    const stored = await db.answer.findMany({ where: { assessmentId: assessment.id, itemId: { in: questions.map(({ ref }) => ref) } } });
    expect(stored.map((answer) => answer.rationale).sort()).toEqual(questions.map((_, person) => `Toelichting ${person}.4`).sort());
    const after = await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } });
    expect(after.version - assessment.version).toBe(50);
  });
});

describe("risks proposed from the facts", { timeout: 30_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let advisorId: string;
  let municipalityId: string;

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
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

describe("confirming a step of next year's assessment as unchanged", { timeout: 30_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let advisorId: string;
  let colleagueId: string;
  let assessmentId: string;
  const goals = "assessment-plan:plan.goals.goals";
  const audiences = "assessment-plan:plan.goals.audiences";
  const reach = "assessment-plan:plan.goals.reach";
  const dpia = "vng-afwegingskader:vng.law.dpia";

  const run = <T,>(work: (tx: Tx) => Promise<T>) => db.$transaction((tx) => work(tx as unknown as Tx));
  const save = (id: string, itemRef: string, value: unknown, rationale: string) =>
    run(async (tx) => {
      const assessment = await tx.assessment.findUniqueOrThrow({ where: { id } });
      const stored = await tx.answer.findUnique({ where: { assessmentId_itemId: { assessmentId: id, itemId: itemRef } } });
      return saveAnswer(tx, assessment, { assessmentId: id, itemRef, value, rationale, evidence: "", expectedVersion: stored?.version ?? 0, userId: advisorId });
    });
  const confirm = (stepId: string) =>
    run(async (tx) => confirmStepUnchanged(tx, await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId } }), { stepId, userId: colleagueId }));
  const answer = (itemRef: string) => db.answer.findUnique({ where: { assessmentId_itemId: { assessmentId, itemId: itemRef } } });
  const revisions = (itemRef: string) => db.answerRevision.findMany({ where: { assessmentId, itemId: itemRef }, orderBy: { changedAt: "asc" } });

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    const { municipality, advisor, admin } = await createTestMunicipality(db, "volgend-jaar");
    advisorId = advisor.id;
    colleagueId = admin.id;
    const start = (year: number) =>
      run((tx) => createAssessment(tx, { municipalityId: municipality.id, channelId: "facebook", year, userId: advisor.id, facts: null, carryForward: true }));
    const { assessment: lastYear } = await start(2025);
    await save(lastYear.id, goals, ["information"], "Voorlichting aan inwoners.");
    await save(lastYear.id, audiences, ["young-people"], "Jongeren bereiken we hier.");
    await save(lastYear.id, dpia, "partly", "DPIA van het Rijk.");
    const { assessment } = await start(2026);
    assessmentId = assessment.id;
    // This year the advisor already changed one carried answer.
    await save(assessmentId, audiences, ["young-people", "elderly"], "Ook ouders.");
  }, 30_000);
  afterAll(() => dispose?.());

  it("confirms the step's carried answers no one changed yet, recorded as the person's own confirmation", async () => {
    const before = await answer(goals);
    expect(before).toMatchObject({ version: 1, updatedById: advisorId });
    expect(before?.carriedFrom).toBeTruthy();

    const result = await confirm("goals");

    expect(result.confirmed).toEqual([goals]);
    const after = await answer(goals);
    expect(after).toMatchObject({ value: before!.value, rationale: before!.rationale, version: 2, updatedById: colleagueId, carriedFrom: before!.carriedFrom });
    // One revision, value and rationale unchanged, by the person who confirmed it (four eyes counts it as their work).
    expect(await revisions(goals)).toMatchObject([{ oldValue: before!.value, newValue: before!.value, oldRationale: before!.rationale, newRationale: before!.rationale, changedById: colleagueId }]);
  });

  it("leaves alone a carried answer already changed this year, a question with nothing carried, and other steps", async () => {
    expect(await answer(audiences)).toMatchObject({ version: 2, updatedById: advisorId, value: JSON.stringify(["young-people", "elderly"]) });
    expect(await revisions(audiences)).toHaveLength(1);
    expect(await answer(reach)).toBeNull();
    expect(await answer(dpia)).toMatchObject({ version: 1, updatedById: advisorId });
    expect(await revisions(dpia)).toHaveLength(0);
  });

  it("confirms nothing twice", async () => {
    expect((await confirm("goals")).confirmed).toEqual([]);
    expect(await revisions(goals)).toHaveLength(1);
  });

  it("refuses a step without questions, an unknown step and an assessment that can no longer be edited", async () => {
    const reason = (work: Promise<unknown>) => work.then(() => "confirmed", (error: unknown) => (error instanceof ActionError ? error.reason : Promise.reject(error)));
    expect(await reason(confirm("risks"))).toBe("unknown_step");
    expect(await reason(confirm("nope"))).toBe("unknown_step");
    await db.assessment.update({ where: { id: assessmentId }, data: { status: "decided" } });
    expect(await reason(confirm("vng"))).toBe("status_decided");
    expect(await answer(dpia)).toMatchObject({ version: 1 });
  });
});
