import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ActionError } from "@/lib/validation/action-error";
import { approveTransparency, saveTransparency } from "@/lib/transparency/mutations";
import { approvedTransparency } from "@/lib/transparency/published";
import { saveTransparencyInput, type TransparencyFigures } from "@/lib/transparency/schema";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";

const figures: TransparencyFigures = { reach: 5000, posts: 120, commentsModerated: 300, commentsRemoved: 12, accountsBlocked: 2, incidents: 1, requestsFromPlatform: 0, requestsToPlatform: 1, costs: 8400 };

describe("transparency report", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let town: Awaited<ReturnType<typeof createTestMunicipality>>;
  let assessmentId: string;

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    town = await createTestMunicipality(db, "transparant");
    const assessment = await db.assessment.create({
      data: { municipalityId: town.municipality.id, channelId: "facebook", year: 2025, frameworkVersions: "{}", catalogueVersion: "2026.1", factsUsed: "{}", createdById: town.advisor.id },
    });
    assessmentId = assessment.id;
  }, 60_000);
  afterAll(async () => dispose?.());

  it("is approved by a second person only, and saving an approved report opens it again", { timeout: 30_000 }, async () => {
    const municipalityId = town.municipality.id;
    const first = await saveTransparency(db, { municipalityId, assessmentId, userId: town.advisor.id, expectedVersion: 0, figures, dilemmas: "Laten staan of verwijderen?" });
    expect(first.report).toMatchObject({ status: "draft", version: 1 });
    expect(await approvedTransparency(db, municipalityId, [assessmentId])).toEqual({});

    // Four eyes: the person who entered it may not approve it.
    await expect(approveTransparency(db, { municipalityId, assessmentId, userId: town.advisor.id, expectedVersion: 1, now: new Date() })).rejects.toMatchObject({ code: "forbidden", reason: "four_eyes" });
    await expect(approveTransparency(db, { municipalityId, assessmentId, userId: town.admin.id, expectedVersion: 0, now: new Date() })).rejects.toMatchObject({ code: "conflict" });
    await approveTransparency(db, { municipalityId, assessmentId, userId: town.admin.id, expectedVersion: 1, now: new Date("2025-12-01T10:00:00Z") });
    expect(await approvedTransparency(db, municipalityId, [assessmentId])).toEqual({
      [assessmentId]: { figures, dilemmas: "Laten staan of verwijderen?", approvedAt: "2025-12-01T10:00:00.000Z" },
    });

    const changed = await saveTransparency(db, { municipalityId, assessmentId, userId: town.advisor.id, expectedVersion: 2, figures: { ...figures, incidents: 2 }, dilemmas: "" });
    expect(changed).toMatchObject({ reopened: true, report: { status: "draft", approvedById: null } });
    expect(await approvedTransparency(db, municipalityId, [assessmentId])).toEqual({});
    await expect(saveTransparency(db, { municipalityId, assessmentId, userId: town.advisor.id, expectedVersion: 2, figures, dilemmas: "" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses another municipality's assessment", { timeout: 30_000 }, async () => {
    const other = await createTestMunicipality(db, "ander");
    await expect(saveTransparency(db, { municipalityId: other.municipality.id, assessmentId, userId: other.advisor.id, expectedVersion: 0, figures, dilemmas: "" })).rejects.toBeInstanceOf(ActionError);
  });
});

describe("saveTransparencyInput", () => {
  const base = { municipalitySlug: "x", assessmentId: "a", expectedVersion: "0", dilemmas: "", reach: "", posts: "", commentsModerated: "", commentsRemoved: "", accountsBlocked: "", incidents: "", requestsFromPlatform: "", requestsToPlatform: "", costs: "" };

  it("reads empty as not known and whole numbers with thousands separators", () => {
    const parsed = saveTransparencyInput.parse({ ...base, reach: "12.500", posts: "310" });
    expect(parsed).toMatchObject({ reach: 12500, posts: 310, costs: null });
  });

  it("refuses negative, fractional and oversized figures with a field error code", () => {
    for (const [value, code] of [["-3", "invalid"], ["2,5", "invalid"], ["tien", "invalid"], ["9999999999", "too_large"]] as const) {
      const result = saveTransparencyInput.safeParse({ ...base, incidents: value });
      expect(result.success, value).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["incidents"], message: code });
    }
  });
});
