import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { ActionError } from "@/lib/validation/action-error";
import { createTestDb } from "@/tests/test-db";
import { ensureEvaluations, reviewEvaluation, setEvaluationDueDate, submitEvaluation } from "./mutations";
import { evaluationInput } from "./schema";

/** The evaluation's workflow on a real database: who may fill it in, who may approve it (four eyes). */
let db: PrismaClient;
let dispose: () => Promise<void>;
let municipalityId = "";
let evaluationId = "";
const now = new Date("2027-12-01T10:00:00Z");
const run = <T>(work: (tx: Tx) => Promise<T>) => db.$transaction((tx) => work(tx as unknown as Tx));

async function refusal(work: (tx: Tx) => Promise<unknown>) {
  try {
    await run(work);
  } catch (error) {
    if (error instanceof ActionError) return error.reason;
    throw error;
  }
  return null;
}

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  const municipality = await db.municipality.create({ data: { slug: "evalstad", name: "Evalstad" } });
  municipalityId = municipality.id;
  for (const id of ["anna", "bert"]) await db.user.create({ data: { id, name: id, email: `${id}@evalstad.example` } });
  const assessment = await db.assessment.create({
    data: { municipalityId, channelId: "mastodon", year: 2026, status: "decided", decision: "use", phaseOutDate: null, frameworkVersions: "{}", catalogueVersion: "2026.1", createdById: "anna" },
  });
  await db.answer.create({ data: { assessmentId: assessment.id, itemId: "assessment-plan:plan.exit.deadline", value: JSON.stringify("2027-06-30"), updatedById: "anna" } });
  await db.policyVersion.create({ data: { municipalityId, year: 2026, status: "adopted", adoptedAt: new Date("2026-12-11T15:00:00Z") } });
  const [evaluation] = await run((tx) => ensureEvaluations(tx, { municipalityId }));
  evaluationId = evaluation.id;
  // Next year's assessment, started from this one, with last year's answer to "evaluate regularly" carried and not yet confirmed.
  const next = await db.assessment.create({
    data: { municipalityId, channelId: "mastodon", year: 2027, frameworkVersions: JSON.stringify({ "ibd-overwegingen": "2025.1" }), catalogueVersion: "2026.1", previousAssessmentId: assessment.id, createdById: "anna" },
  });
  await db.answer.create({ data: { assessmentId: next.id, itemId: "ibd-overwegingen:ibd.consideration.evaluate", value: JSON.stringify("partly"), carriedFrom: "last-year", updatedById: "anna" } });
}, 60_000);
afterAll(async () => dispose?.());

const advisor = (id: string) => ({ user: { id }, roles: ["advisor"] as Role[] });
const form = (expectedVersion: number) =>
  evaluationInput.parse({
    municipalitySlug: "evalstad",
    evaluationId,
    expectedVersion,
    reach: { "general-public": "1200" },
    engagement: "300",
    incidents: "2",
    complaints: "",
    hours: "120",
    costs: "0",
    exitTriggers: "Geen van de aanleidingen deed zich voor.",
    outcome: "adjust",
    rationale: "Meer ouderen bereiken.",
  });

describe("evaluation workflow", { timeout: 30_000 }, () => {
  it("takes its due date from the exit deadline the assessment named, and only once per decision", async () => {
    const evaluation = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(evaluation).toMatchObject({ dueDate: "2027-06-30", dueReason: "exit_deadline", channelId: "mastodon", year: 2026 });
    expect(await run((tx) => ensureEvaluations(tx, { municipalityId }))).toEqual([]);
  });

  it("lets the advisor move the due date until it is approved; others may not", async () => {
    expect(await refusal((tx) => setEvaluationDueDate(tx, { municipalityId, evaluationId, dueDate: "2027-05-01", roles: ["privacy"] }))).toBe("wrong_role");
    await run((tx) => setEvaluationDueDate(tx, { municipalityId, evaluationId, dueDate: "2027-05-01", roles: ["advisor"] }));
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).toMatchObject({ dueDate: "2027-05-01", dueReason: "advisor" });
  });

  it("is filled in by the advisor and approved by another, never by the same person", async () => {
    const { version } = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(await refusal((tx) => reviewEvaluation(tx, { municipalityId, evaluationId, action: "approve", note: "", ...advisor("bert"), now }))).toBe("not_submitted");
    expect(await refusal((tx) => submitEvaluation(tx, { municipalityId, data: form(version + 5), ...advisor("anna"), now }))).toBe("stale_version");
    await run((tx) => submitEvaluation(tx, { municipalityId, data: form(version), ...advisor("anna"), now }));
    const submitted = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(submitted).toMatchObject({ status: "in_review", outcome: "adjust", editedById: "anna" });
    expect(JSON.parse(submitted.measurements)).toEqual({ reach: { "general-public": 1200 }, engagement: 300, incidents: 2, complaints: null, hours: 120, costs: 0 });

    expect(await refusal((tx) => submitEvaluation(tx, { municipalityId, data: form(submitted.version), ...advisor("anna"), now }))).toBe("nothing_to_submit");
    expect(await refusal((tx) => reviewEvaluation(tx, { municipalityId, evaluationId, action: "approve", note: "", ...advisor("anna"), now }))).toBe("own_edits");
    expect(await refusal((tx) => reviewEvaluation(tx, { municipalityId, evaluationId, action: "approve", note: "", user: { id: "bert" }, roles: ["ciso"], now }))).toBe("wrong_role");
    await run((tx) => reviewEvaluation(tx, { municipalityId, evaluationId, action: "approve", note: "", ...advisor("bert"), now }));
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).toMatchObject({ status: "approved", reviewerId: "bert", reviewerRole: "advisor" });
    // Carried into next year's assessment: "evaluate regularly" is answered, still to be confirmed there.
    const carried = await db.answer.findFirstOrThrow({ where: { itemId: "ibd-overwegingen:ibd.consideration.evaluate", assessment: { year: 2027 } } });
    expect(carried).toMatchObject({ value: JSON.stringify("yes"), rationale: "Meer ouderen bereiken.", carriedFrom: "last-year", version: 1 });
    expect(await refusal((tx) => submitEvaluation(tx, { municipalityId, data: form(submitted.version + 1), ...advisor("anna"), now }))).toBe("section_approved");
  });

  it("refuses an evaluation of another municipality as unknown", async () => {
    expect(await refusal((tx) => setEvaluationDueDate(tx, { municipalityId: "elders", evaluationId, dueDate: "2027-05-01", roles: ["advisor"] }))).toBe("unknown_evaluation");
  });

  it("refuses what is not a whole number, with field codes", () => {
    const parsed = evaluationInput.safeParse({ ...form(1), engagement: "veel", hours: "-3", outcome: "stop", rationale: " " });
    expect(parsed.success).toBe(false);
    const fields = Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toEqual({ engagement: "invalid", hours: "invalid", outcome: "invalid_value", rationale: "rationale_required" });
  });
});
