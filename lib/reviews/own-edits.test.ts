import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { allItems } from "@/lib/assessments/steps";
import { sectionOfItem, sectionOwnersFromSettings } from "@/lib/reviews/sections";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";

/**
 * A reviewer is not asked to review a section they edited themselves: a change of theirs in the
 * section's current review round, or, in the first round, an answer they gave (four eyes).
 */
describe("what awaits a reviewer who edited a section themselves", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let queries: typeof import("./queries");
  let town: Awaited<ReturnType<typeof createTestMunicipality>>;
  let privacyItem = "";
  const frameworkVersions = JSON.stringify(currentVersions());

  beforeAll(async () => {
    const testDb = await createTestDb();
    ({ db, dispose } = testDb);
    Object.assign(process.env, { DATABASE_URL: testDb.url, BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123", BETTER_AUTH_URL: "http://localhost:3000" });
    queries = await import("./queries");
    town = await createTestMunicipality(db, "zelf");
    const owners = sectionOwnersFromSettings(null);
    privacyItem = allItems(pinnedFrameworks(frameworkVersions)).find(({ ref, item }) => sectionOfItem(ref, item.owner, owners) === "privacy")!.ref;
  });
  afterAll(async () => dispose?.());

  /** An assessment in review whose privacy section is in `round`, with what `edits` writes into it. */
  async function inReview(channelId: string, round: number, edits: { answeredBy?: string; revisedInRound?: number }) {
    const assessment = await db.assessment.create({
      data: { municipalityId: town.municipality.id, channelId, year: 2026, status: "in_review", frameworkVersions, catalogueVersion: "2026.1", createdById: town.advisor.id, reviewRound: round },
    });
    if (round > 1) await db.sectionReview.create({ data: { assessmentId: assessment.id, section: "privacy", status: "needs_reapproval", round } });
    if (edits.answeredBy) await db.answer.create({ data: { assessmentId: assessment.id, itemId: privacyItem, value: '"yes"', updatedById: edits.answeredBy } });
    if (edits.revisedInRound) {
      await db.answerRevision.create({ data: { assessmentId: assessment.id, itemId: privacyItem, oldValue: '"no"', newValue: '"yes"', changedById: town.admin.id, reviewRound: edits.revisedInRound } });
    }
    return assessment.id;
  }

  it("asks for the review unless the reviewer answered in the first round or changed the section in its current round", async () => {
    const answeredByOther = await inReview("facebook", 1, { answeredBy: town.advisor.id });
    const answeredByReviewer = await inReview("instagram", 1, { answeredBy: town.admin.id });
    const answeredInFirstRoundOnly = await inReview("linkedin", 2, { answeredBy: town.admin.id, revisedInRound: 1 });
    const changedInThisRound = await inReview("x", 2, { answeredBy: town.advisor.id, revisedInRound: 2 });
    const items = await queries.listAwaiting(town.municipality.id, town.admin.id, ["privacy"]);
    const toReview = items.filter((item) => item.kind === "review" && item.section === "privacy").map((item) => item.assessmentId);
    expect(toReview.sort()).toEqual([answeredByOther, answeredInFirstRoundOnly].sort());
    expect(toReview).not.toContain(answeredByReviewer);
    expect(toReview).not.toContain(changedInThisRound);
  });
});
