import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { createTestDb, testProvider, type TestDb } from "@/tests/test-db";
import { deliverPendingMail } from "./delivery";

/**
 * Two app instances on one database deliver the same outbox at the same moment: each message
 * still reaches the mail server exactly once. Several instances share a PostgreSQL database (SQLite
 * serves one instance; and its synchronous driver cannot hold two connections in one test process
 * without one blocking the other's thread), so this runs with TEST_DATABASE_URL (scripts/test.sh).
 */
describe.runIf(testProvider === "postgresql")("outbox delivery with two instances", { timeout: 60_000 }, () => {
  let testDb: TestDb;
  let second: PrismaClient;

  beforeAll(async () => {
    testDb = await createTestDb();
    // The second instance: a client of its own, as another process would have.
    second = createPrismaClient(testDb.url);
  });
  afterAll(async () => {
    await second?.$disconnect();
    await testDb?.dispose();
  });

  it("sends every message once when two instances deliver at the same time", async () => {
    const count = 20;
    await testDb.db.outboxMessage.createMany({
      data: Array.from({ length: count }, (_, index) => ({ to: `persoon-${index}@voorbeeldstad.nl`, subject: "Review", body: `Bericht ${index}` })),
    });
    const delivered: string[] = [];
    // A mail server that takes a moment per message, so both deliveries are under way together.
    const transport = {
      sendMail: async (mail: { to?: unknown }) => {
        delivered.push(String(mail.to));
        await new Promise((resolve) => setImmediate(resolve));
        return {} as never;
      },
    };
    const results = await Promise.all([
      deliverPendingMail(testDb.db, transport, "afwegingskader@voorbeeldstad.nl"),
      deliverPendingMail(second, transport, "afwegingskader@voorbeeldstad.nl"),
    ]);
    expect(delivered.length).toBe(count);
    expect(new Set(delivered).size).toBe(count);
    expect(results[0].sent + results[1].sent).toBe(count);
    expect(await testDb.db.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
  });
});
