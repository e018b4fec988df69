import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getChannel } from "@/lib/catalogue/load";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";

/** Lists name their channels with `channelNamer`: the catalogue's by name, the municipality's own from its list. */
describe("channel names in lists", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let queries: typeof import("./queries");
  let municipalityId = "";
  let ownChannel = "";

  beforeAll(async () => {
    const testDb = await createTestDb();
    ({ db, dispose } = testDb);
    Object.assign(process.env, { DATABASE_URL: testDb.url, BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123", BETTER_AUTH_URL: "http://localhost:3000" });
    queries = await import("./queries");
    const town = await createTestMunicipality(db, "kanalen");
    municipalityId = town.municipality.id;
    const custom = await db.customChannel.create({ data: { municipalityId, name: "Wijkkrant Oost", kind: "own-channel", digital: false } });
    ownChannel = `custom:${custom.id}`;
  });
  afterAll(async () => dispose?.());

  it("names the municipality's own channel when the list holds one, beside catalogue channels", async () => {
    const nameOf = await queries.channelNamer(municipalityId, ["facebook", ownChannel]);
    expect(nameOf(ownChannel)).toBe("Wijkkrant Oost");
    expect(nameOf("facebook")).toBe(getChannel("facebook")!.name);
  });

  it("names catalogue channels without the municipality's own list, and shows an unknown channel by its id", async () => {
    const nameOf = await queries.channelNamer(municipalityId, ["mastodon"]);
    expect(nameOf("mastodon")).toBe(getChannel("mastodon")!.name);
    expect(nameOf("no-such-channel")).toBe("no-such-channel");
  });

  it("does not name another municipality's own channel", async () => {
    const other = await createTestMunicipality(db, "elders");
    const nameOf = await queries.channelNamer(other.municipality.id, [ownChannel]);
    expect(nameOf(ownChannel)).toBe(ownChannel);
  });
});

/**
 * On PostgreSQL Prisma reads a record's relations in the same statement (the `relationJoins`
 * preview feature in prisma/postgresql/schema.prisma: LATERAL joins); SQLite has no such strategy
 * in Prisma 6 and reads each relation with a statement of its own. Fewer round trips matter most
 * where the database is another machine, as PostgreSQL in production is.
 */
describe("an assessment read with its relations", () => {
  it("takes one statement on PostgreSQL, one more per relation on SQLite", async () => {
    const testDb = await createTestDb();
    const { createPrismaClient } = await import("@/lib/db/client");
    const logged = createPrismaClient(testDb.url, { logQueries: true });
    const printed = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const town = await createTestMunicipality(testDb.db, "relaties");
      const assessment = await testDb.db.assessment.create({
        data: { municipalityId: town.municipality.id, channelId: "facebook", year: 2026, frameworkVersions: "{}", catalogueVersion: "1", factsUsed: "{}", createdById: town.advisor.id },
      });
      await testDb.db.answer.create({ data: { assessmentId: assessment.id, itemId: "vng-afwegingskader:vng.goals.reach", value: '"4"', updatedById: town.advisor.id } });
      // The client's own set-up statement (SQLite's journal mode, not awaited) is logged too: let it pass first.
      await logged.$queryRawUnsafe("SELECT 1");
      printed.mockClear();
      const read = await logged.assessment.findUniqueOrThrow({ where: { id: assessment.id }, include: { answers: true, risks: true, sectionReviews: true } });
      expect(read.answers).toHaveLength(1);
      expect(read.risks).toEqual([]);
      const statements = printed.mock.calls.filter((call) => call.some((part) => String(part).includes("prisma:query")));
      expect(statements).toHaveLength(testDb.provider === "postgresql" ? 1 : 4);
    } finally {
      printed.mockRestore();
      await logged.$disconnect();
      await testDb.dispose();
    }
  });
});
