import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getChannel } from "@/lib/catalogue/load";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";

/**
 * The dashboard's list of what awaits a person and the register of accepted risks name each
 * channel; a municipality's own channel by the name it gave it (they read the municipality's own
 * channels only when a row is about one of them).
 */
describe("lists that name a municipality's own channel", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let queries: typeof import("./queries");
  let town: Awaited<ReturnType<typeof createTestMunicipality>>;

  beforeAll(async () => {
    const testDb = await createTestDb();
    ({ db, dispose } = testDb);
    Object.assign(process.env, { DATABASE_URL: testDb.url, BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123", BETTER_AUTH_URL: "http://localhost:3000" });
    queries = await import("./queries");
    town = await createTestMunicipality(db, "eigen");
    const custom = await db.customChannel.create({ data: { municipalityId: town.municipality.id, name: "Wijkkrant Oost", kind: "own-channel", digital: false } });
    const assessment = (status: string, year: number, channelId: string) => ({
      municipalityId: town.municipality.id,
      channelId,
      year,
      status,
      frameworkVersions: "{}",
      catalogueVersion: "2026.1",
      createdById: town.advisor.id,
    });
    const risk = { title: "Reacties met persoonsgegevens", likelihood: 3, impact: 3, ownerRole: "privacy", createdById: town.advisor.id };
    await db.assessment.create({ data: { ...assessment("decided", 2025, `custom:${custom.id}`), risks: { create: { ...risk, decision: "accepted", decisionRationale: "Beperkt", reviewDate: "2025-06-01" } } } });
    await db.assessment.create({ data: { ...assessment("in_review", 2026, "facebook"), risks: { create: risk } } });
  });
  afterAll(async () => dispose?.());

  it("what awaits the privacy officer: the open assessment's review and undecided risk, and an overdue accepted risk of the own channel", async () => {
    const items = await queries.listAwaiting(town.municipality.id, town.admin.id, ["privacy"]);
    expect(items.map((item) => [item.kind, item.channelName]).sort()).toEqual([
      ["overdue", "Wijkkrant Oost"],
      ["review", getChannel("facebook")!.name],
      ["risks", getChannel("facebook")!.name],
    ]);
  });

  it("the register of accepted risks", async () => {
    const register = await queries.listAcceptedRisks(town.municipality.id, { kind: "all" });
    expect(register.risks.map((risk) => [risk.title, risk.channelName, risk.year, risk.overdue])).toEqual([["Reacties met persoonsgegevens", "Wijkkrant Oost", 2025, true]]);
  });
});
