import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { resolveChannel } from "@/lib/assessments/channel";
import { createTestDb, testProvider, type TestDb } from "@/tests/test-db";
import { acquireLease, releaseLease } from "./lease";
import { runEvaluationReminders } from "./reminders";

/**
 * The scheduled job on a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL): the lease
 * lets one holder run at a time, and each reminder is recorded and mailed once however often the
 * job runs.
 */
let testDb: TestDb;
let db: PrismaClient;
const baseUrl = "https://afwegingskader.example";

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
}, 60_000);
afterAll(async () => testDb?.dispose());

/** A municipality with an advisor and an adopted policy that decided on Facebook, relying on the facts given. */
async function adoptedTown(slug: string, facts: Record<string, unknown>) {
  const municipality = await db.municipality.create({ data: { slug, name: `Gemeente ${slug}` } });
  const advisor = await db.user.create({ data: { id: `${slug}-advisor`, name: "Adviseur", email: `advies@${slug}.example` } });
  await db.membership.create({ data: { userId: advisor.id, municipalityId: municipality.id, role: "advisor" } });
  const assessment = await db.assessment.create({
    data: {
      municipalityId: municipality.id,
      channelId: "facebook",
      year: 2026,
      status: "decided",
      decision: "use_with_conditions",
      frameworkVersions: "{}",
      catalogueVersion: "2026.1",
      factsUsed: JSON.stringify(facts),
      createdById: advisor.id,
    },
  });
  await db.answer.create({ data: { assessmentId: assessment.id, itemId: "vng-afwegingskader:vng.law.dpia", value: JSON.stringify("yes"), updatedById: advisor.id } });
  await db.policyVersion.create({ data: { municipalityId: municipality.id, year: 2026, status: "adopted", adoptedAt: new Date("2026-12-11T15:00:00Z") } });
  return { municipality, assessment };
}

describe("the lease", { timeout: 30_000 }, () => {
  it("lets one holder run at a time, and another once it is released or expired", async () => {
    const at = new Date("2027-01-01T00:00:00Z");
    const lease = { name: "test-lease", ttlMs: 60_000 };
    expect(await acquireLease(db, { ...lease, holder: "a", at })).toBe(true);
    expect(await acquireLease(db, { ...lease, holder: "b", at })).toBe(false);
    // Expired: a holder that stopped without releasing no longer blocks the job.
    expect(await acquireLease(db, { ...lease, holder: "b", at: new Date(at.getTime() + 60_000) })).toBe(true);
    // Only the holder releases it.
    await releaseLease(db, { name: lease.name, holder: "a" });
    expect(await acquireLease(db, { ...lease, holder: "c", at: new Date(at.getTime() + 61_000) })).toBe(false);
    await releaseLease(db, { name: lease.name, holder: "b" });
    expect(await acquireLease(db, { ...lease, holder: "c", at: new Date(at.getTime() + 61_000) })).toBe(true);
  });
});

describe("evaluation reminders", { timeout: 60_000 }, () => {
  it("gives the decision its evaluation, and reminds before and on the due date, each reminder once", async () => {
    const facebook = resolveChannel("facebook", undefined, [], [])!;
    const { municipality, assessment } = await adoptedTown("herinnerstad", facebook.facts);
    const run = (now: string) => runEvaluationReminders(db, testDb.provider, { now: new Date(now), baseUrl, municipalitySlug: municipality.slug });

    expect(await run("2027-01-05T08:00:00Z")).toEqual({ municipalities: 1, created: 1, sent: 0 });
    const evaluation = await db.evaluation.findUniqueOrThrow({ where: { assessmentId: assessment.id } });
    expect(evaluation).toMatchObject({ dueDate: "2027-12-11", dueReason: "default", status: "open" });

    // Thirty days ahead: "upcoming", once, however often the job runs that day or the next.
    expect((await run("2027-11-11T08:00:00Z")).sent).toBe(1);
    expect((await run("2027-11-11T09:00:00Z")).sent).toBe(0);
    expect((await run("2027-11-20T08:00:00Z")).sent).toBe(0);
    // The due date: "due", once.
    expect((await run("2027-12-11T08:00:00Z")).sent).toBe(1);
    expect((await run("2027-12-12T08:00:00Z")).sent).toBe(0);

    const reminders = await db.evaluationReminder.findMany({ where: { evaluationId: evaluation.id }, orderBy: { sentAt: "asc" } });
    expect(reminders.map((reminder) => reminder.kind)).toEqual(["upcoming", "due"]);
    const mail = await db.outboxMessage.findMany({ where: { municipalityId: municipality.id }, orderBy: { createdAt: "asc" } });
    expect(mail.map((message) => message.to)).toEqual(["advies@herinnerstad.example", "advies@herinnerstad.example"]);
    expect(mail[1].subject).toBe("Evaluatie van Facebook is nu aan de beurt / Evaluation of Facebook is due now");
    expect(mail[1].body).toContain(`${baseUrl}/m/herinnerstad/evaluations/${evaluation.id}`);
    const audit = await db.auditEntry.findMany({ where: { municipalityId: municipality.id }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["evaluation.create", "evaluation.reminder", "evaluation.reminder"]);

    // Approved: no more date reminders.
    await db.evaluation.update({ where: { id: evaluation.id }, data: { status: "approved", dueDate: "2028-01-01" } });
    expect((await run("2028-01-01T08:00:00Z")).sent).toBe(0);
  });

  it("reminds once when a fact the decision relied on changed, and again for a further change", async () => {
    const facebook = resolveChannel("facebook", undefined, [], [])!;
    const relied = { ...facebook.facts, dataLocation: { ...facebook.facts.dataLocation, value: "Alleen in de EU" } };
    const { municipality } = await adoptedTown("feitenstad", relied);
    const run = () => runEvaluationReminders(db, testDb.provider, { now: new Date("2027-02-01T08:00:00Z"), baseUrl, municipalitySlug: municipality.slug });
    expect((await run()).sent).toBe(1);
    expect((await run()).sent).toBe(0);
    await db.factOverride.create({
      data: { municipalityId: municipality.id, channelId: "facebook", factKey: "jurisdiction", value: "Verenigde Staten", sourcePublisher: "Gemeente", sourceTitle: "Eigen navraag", checkedAt: "2027-01-15", createdById: "x" },
    });
    expect((await run()).sent).toBe(1);
    const kinds = await db.evaluationReminder.findMany({ where: { municipalityId: municipality.id }, select: { kind: true } });
    expect(kinds).toEqual([{ kind: "facts_changed" }, { kind: "facts_changed" }]);
  });
});

/** Two instances on one PostgreSQL database run the job at the same moment: each reminder still goes out once. */
describe.runIf(testProvider === "postgresql")("evaluation reminders with two instances", { timeout: 60_000 }, () => {
  let second: PrismaClient;
  beforeAll(() => {
    second = createPrismaClient(testDb.url);
  });
  afterAll(async () => second?.$disconnect());

  it("sends each reminder once when two instances run together", async () => {
    const facebook = resolveChannel("facebook", undefined, [], [])!;
    const towns = await Promise.all(["tweestad-a", "tweestad-b", "tweestad-c"].map((slug) => adoptedTown(slug, facebook.facts)));
    const now = new Date("2027-12-11T08:00:00Z");
    const results = await Promise.all([db, second, db, second].map((client) => runEvaluationReminders(client, "postgresql", { now, baseUrl })));
    expect(results.reduce((sum, result) => sum + result.created, 0)).toBeGreaterThanOrEqual(towns.length);
    const ids = towns.map(({ municipality }) => municipality.id);
    expect(await db.evaluation.count({ where: { municipalityId: { in: ids } } })).toBe(towns.length);
    expect(await db.evaluationReminder.count({ where: { municipalityId: { in: ids } } })).toBe(towns.length);
    expect(await db.outboxMessage.count({ where: { municipalityId: { in: ids } } })).toBe(towns.length);
  });
});
