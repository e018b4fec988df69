import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
