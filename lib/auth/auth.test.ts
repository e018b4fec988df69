import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureUser } from "@/lib/demo/people";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";

/**
 * better-auth's own HTTP routes, answered by the handler behind /api/auth/[...all]. A person's
 * name appears under reviews, in mail and in documents, so no route of the library may change it
 * past the app's audit trail.
 */
describe("better-auth routes", { timeout: 60_000 }, () => {
  const baseURL = "http://localhost:3000";
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let auth: (typeof import("./auth"))["auth"];
  let sessionCookie = "";
  let userId = "";

  beforeAll(async () => {
    const testDb = await createTestDb();
    ({ db, dispose } = testDb);
    // The app's own configuration, on a throwaway database.
    Object.assign(process.env, { DATABASE_URL: testDb.url, BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123", BETTER_AUTH_URL: baseURL });
    ({ auth } = await import("./auth"));
    const town = await createTestMunicipality(db, "naam");
    const user = await ensureUser(db, { email: "raadslid@naam.test", name: "Echte Naam", password: "eigen-wachtwoord-1", memberships: [{ municipalityId: town.municipality.id, roles: ["council"] }] });
    userId = user.id;
    const signedIn = await auth.api.signInEmail({ body: { email: "raadslid@naam.test", password: "eigen-wachtwoord-1" }, asResponse: true });
    sessionCookie = signedIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
    expect(sessionCookie).toContain("afk.session_token=");
  });
  afterAll(async () => dispose?.());

  const post = (path: string, body: unknown) =>
    auth.handler(new Request(`${baseURL}${path}`, { method: "POST", headers: { "content-type": "application/json", origin: baseURL, cookie: sessionCookie }, body: JSON.stringify(body) }));

  it("does not let anyone rename themselves through /api/auth/update-user, however the path is written", async () => {
    for (const path of ["/api/auth/update-user", "/api/auth/update-user/", "/api/auth/update-user?x=1", "/api/auth//update-user", "/api/auth/./update-user", "/api/auth/Update-User", "/api/auth/update%2Duser"]) {
      const response = await post(path, { name: "Iemand Anders", image: "https://evil.example/x.png" });
      expect(response.status, path).toBe(404);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ name: "Echte Naam", image: null });
  });

  it("still serves the session to the signed-in person", async () => {
    const response = await auth.handler(new Request(`${baseURL}/api/auth/get-session`, { headers: { cookie: sessionCookie } }));
    expect(response.status).toBe(200);
    expect((await response.json()).user).toMatchObject({ id: userId, name: "Echte Naam" });
  });
});
