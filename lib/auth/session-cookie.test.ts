import { afterEach, describe, expect, it, vi } from "vitest";

/** lib/auth/auth.ts reads the configuration once per process, so each case loads it afresh. */
async function sessionCookieFor(publicUrl: string) {
  vi.resetModules();
  vi.stubEnv("BETTER_AUTH_SECRET", "a".repeat(32));
  vi.stubEnv("BETTER_AUTH_URL", publicUrl);
  const { auth } = await import("./auth");
  return (await auth.$context).authCookies.sessionToken;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("session cookie", () => {
  it("is Secure (and __Secure- named) when the public URL is https", { timeout: 30_000 }, async () => {
    const cookie = await sessionCookieFor("https://afweging.example.nl");
    expect(cookie.attributes.secure).toBe(true);
    expect(cookie.name).toMatch(/^__Secure-afk\./);
    expect(cookie.attributes.httpOnly).toBe(true);
  });

  it("is not Secure over plain http, where a browser would drop it", { timeout: 30_000 }, async () => {
    const cookie = await sessionCookieFor("http://localhost:3000");
    expect(cookie.attributes.secure).toBeFalsy();
    expect(cookie.name).toMatch(/^afk\./);
  });
});
