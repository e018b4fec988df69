import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureUser } from "@/lib/demo/people";
import { createTestDb, createTestMunicipality, type TestDb } from "@/tests/test-db";

/**
 * Every signed-in request looks up its session and the session's person. better-auth asks for both
 * in one query (`advanced.database.joins` in ./auth.ts), which PostgreSQL answers with one
 * statement (prisma/postgresql/schema.prisma); SQLite, without joins in Prisma 6, takes two.
 */
describe("the session lookup of a signed-in request", { timeout: 60_000 }, () => {
  let testDb: TestDb;
  let auth: (typeof import("./auth"))["auth"];
  let cookie = "";

  beforeAll(async () => {
    testDb = await createTestDb();
    // The app's own configuration and client, printing its statements.
    Object.assign(process.env, { DATABASE_URL: testDb.url, DATABASE_LOG_QUERIES: "1", BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123", BETTER_AUTH_URL: "http://localhost:3000" });
    ({ auth } = await import("./auth"));
    const town = await createTestMunicipality(testDb.db, "sessie");
    await ensureUser(testDb.db, { email: "lid@sessie.test", name: "Lid Sessie", password: "eigen-wachtwoord-1", memberships: [{ municipalityId: town.municipality.id, roles: ["advisor"] }] });
    const signedIn = await auth.api.signInEmail({ body: { email: "lid@sessie.test", password: "eigen-wachtwoord-1" }, asResponse: true });
    cookie = signedIn.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
  });
  afterAll(async () => testDb?.dispose());

  it("reads the session with its person in one statement on PostgreSQL", async () => {
    const printed = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
      expect(session?.user.email).toBe("lid@sessie.test");
      const statements = printed.mock.calls.filter((call) => call.some((part) => String(part).includes("prisma:query")));
      expect(statements).toHaveLength(testDb.provider === "postgresql" ? 1 : 2);
    } finally {
      printed.mockRestore();
    }
  });
});
