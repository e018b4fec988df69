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
  it("is what hasSessionCookie looks for, under either name", { timeout: 30_000 }, async () => {
    const { hasSessionCookie } = await import("./session-cookie");
    for (const publicUrl of ["https://afweging.example.nl", "http://localhost:3000"]) {
      const cookie = await sessionCookieFor(publicUrl);
      expect(hasSessionCookie(new Request(publicUrl, { headers: { cookie: `NEXT_LOCALE=en; ${cookie.name}=token.signature` } })), cookie.name).toBe(true);
    }
    expect(hasSessionCookie(new Request("http://localhost:3000", { headers: { cookie: "NEXT_LOCALE=en" } }))).toBe(false);
    expect(hasSessionCookie(new Request("http://localhost:3000"))).toBe(false);
  });

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
