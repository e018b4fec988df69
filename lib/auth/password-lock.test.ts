import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureUser } from "@/lib/demo/people";
import { createTestDb } from "@/tests/test-db";
import { totpCode, wrongTotpCode } from "@/e2e/support/totp";

/**
 * The lock and the audit of password checks, on better-auth's own HTTP routes (auth.handler, as
 * /api/auth/[...all] serves them) and through auth.api (as the app's actions call it) alike.
 * The tests run in order: the sign-in route's rate limit (3 calls per 10 s) is shared.
 */
describe("password lock", { timeout: 120_000 }, () => {
  const baseURL = "http://localhost:3000";
  const password = "eigen-wachtwoord-1";
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let auth: (typeof import("./auth"))["auth"];
  let lockedCode: string;

  beforeAll(async () => {
    const testDb = await createTestDb();
    ({ db, dispose } = testDb);
    Object.assign(process.env, { DATABASE_URL: testDb.url, BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123", BETTER_AUTH_URL: baseURL });
    ({ auth } = await import("./auth"));
    ({ accountLockedCode: lockedCode } = await import("./password-lock"));
  });
  afterAll(async () => dispose?.());

  const person = (email: string) => ensureUser(db, { email, name: "Iemand", password, memberships: [] });
  const postSignIn = (body: { email: string; password: string }, headers: Record<string, string> = {}) =>
    auth.handler(new Request(`${baseURL}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: baseURL, ...headers }, body: JSON.stringify(body) }));
  const apiError = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { body?: { code?: string } }) => error.body?.code ?? "unknown",
    );
  const audited = (email: string, reason?: string) => db.auditEntry.count({ where: { actorEmail: email, result: "refused", ...(reason ? { reason } : {}) } });

  it("counts failures on better-auth's route and through auth.api towards one lock, which holds on both", async () => {
    const user = await person("lock@naam.test");
    for (const attempt of [1, 2]) {
      const response = await postSignIn({ email: "Lock@Naam.test", password: `fout-${attempt}` }, { "x-forwarded-for": "203.0.113.9", "user-agent": "Script\u0085\tAgent" });
      expect(response.status).toBe(401);
    }
    for (const attempt of [3, 4, 5]) {
      expect(await apiError(auth.api.signInEmail({ body: { email: "lock@naam.test", password: `fout-${attempt}` }, headers: new Headers() }))).toBe("INVALID_EMAIL_OR_PASSWORD");
    }
    expect(await audited("lock@naam.test", "invalid_credentials")).toBe(5);

    const locked = await postSignIn({ email: "lock@naam.test", password });
    expect(locked.status).toBe(403);
    expect((await locked.json()).code).toBe(lockedCode);
    expect(await apiError(auth.api.signInEmail({ body: { email: "LOCK@naam.test", password }, headers: new Headers() }))).toBe(lockedCode);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await audited("lock@naam.test", "locked")).toBe(2);

    // No trusted proxy is configured: the forged header is not believed, the agent is cleaned.
    const entries = await db.auditEntry.findMany({ where: { actorEmail: "lock@naam.test" } });
    expect(entries.map((entry) => entry.ip)).toEqual(entries.map(() => null));
    expect(entries.map((entry) => entry.userAgent)).toContain("Script Agent");
  });

  it("does not give a forged X-Forwarded-For a rate limit of its own", async () => {
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 6 && !statuses.includes(429); attempt++) {
      statuses.push((await postSignIn({ email: "niemand@naam.test", password: "wat-dan-ook" }, { "x-forwarded-for": `198.51.100.${attempt}` })).status);
    }
    expect(statuses).toContain(429);
  });

  it("audits a successful sign-in, and counts a wrong current password on a change of password towards the lock", async () => {
    const user = await person("wissel@naam.test");
    const signedIn = await auth.api.signInEmail({ body: { email: "wissel@naam.test", password }, headers: new Headers(), asResponse: true });
    const cookie = signedIn.headers.getSetCookie().map((entry) => entry.split(";")[0]).join("; ");
    expect(await db.auditEntry.count({ where: { actorId: user.id, action: "auth.sign_in", result: "success" } })).toBe(1);

    const headers = new Headers({ cookie });
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await apiError(auth.api.changePassword({ body: { currentPassword: `fout-${attempt}`, newPassword: "een-nieuw-wachtwoord-2" }, headers }))).toBe("INVALID_PASSWORD");
    }
    expect(await audited("wissel@naam.test", "wrong_password")).toBe(5);
    expect(await apiError(auth.api.changePassword({ body: { currentPassword: password, newPassword: "een-nieuw-wachtwoord-2" }, headers }))).toBe(lockedCode);
    expect(await apiError(auth.api.signInEmail({ body: { email: "wissel@naam.test", password }, headers: new Headers() }))).toBe(lockedCode);
  });

  it("counts wrong second-factor codes at sign-in towards the same lock, and audits setting it up", async () => {
    const email = "twee@naam.test";
    const user = await person(email);
    const cookieOf = (response: Response) => new Headers({ cookie: response.headers.getSetCookie().map((entry) => entry.split(";")[0]).join("; ") });
    const session = cookieOf(await auth.api.signInEmail({ body: { email, password }, headers: new Headers(), asResponse: true }));
    const enabled = await auth.api.enableTwoFactor({ body: { password }, headers: session });
    if (enabled.method !== "totp") throw new Error("no authenticator secret");
    const secret = new URL(enabled.totpURI).searchParams.get("secret")!;
    await auth.api.verifyTOTP({ body: { code: totpCode(secret) }, headers: session });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(true);
    expect(await db.auditEntry.count({ where: { actorId: user.id, action: { in: ["auth.two_factor.setup", "auth.two_factor.enable"] }, result: "success" } })).toBe(2);

    const challenge = await auth.api.signInEmail({ body: { email, password }, headers: new Headers(), asResponse: true });
    expect(await challenge.json()).toMatchObject({ twoFactorRedirect: true });
    const pending = cookieOf(challenge);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await apiError(auth.api.verifyTOTP({ body: { code: wrongTotpCode(secret) }, headers: pending }))).toBe("INVALID_CODE");
    }
    expect(await audited(email, "invalid_code")).toBe(5);
    expect(await db.auditEntry.count({ where: { actorId: user.id, action: "auth.two_factor.verify", result: "refused", reason: "invalid_code" } })).toBe(5);
    // Locked: the right code does not pass, nor does the password on a new sign-in.
    expect(await apiError(auth.api.verifyTOTP({ body: { code: totpCode(secret) }, headers: pending }))).toBe(lockedCode);
    expect(await apiError(auth.api.signInEmail({ body: { email, password }, headers: new Headers() }))).toBe(lockedCode);
  });

  it("never renews a session past its absolute end", async () => {
    const user = await person("lang@naam.test");
    const signedIn = await auth.api.signInEmail({ body: { email: "lang@naam.test", password }, headers: new Headers(), asResponse: true });
    const cookie = signedIn.headers.getSetCookie().map((entry) => entry.split(";")[0]).join("; ");
    // Signed in 11 hours ago and due for renewal, which would slide it 8 hours on.
    const createdAt = new Date(Date.now() - 11 * 3_600_000);
    await db.session.updateMany({ where: { userId: user.id }, data: { createdAt, expiresAt: new Date(Date.now() + 60_000) } });

    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.expiresAt.getTime()).toBe(createdAt.getTime() + 12 * 3_600_000);
  });
});
