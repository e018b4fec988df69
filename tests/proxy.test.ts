import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

/** proxy.ts reads the configuration once per process, so each case loads it afresh. */
async function proxyFor(publicUrl: string) {
  vi.resetModules();
  vi.stubEnv("BETTER_AUTH_SECRET", "a".repeat(32));
  vi.stubEnv("BETTER_AUTH_URL", publicUrl);
  return (await import("../proxy")).proxy;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("proxy", () => {
  it("sends the page a CSP whose nonce it also hands to Next, and no HSTS over http", async () => {
    const proxy = await proxyFor("http://localhost:3000");
    const response = await proxy(new NextRequest("http://localhost:3000/sign-in?next=%2Fm"));
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = response.headers.get("x-middleware-request-x-nonce");
    expect(nonce).toBeTruthy();
    expect(policy).toContain(`'nonce-${nonce}'`);
    // Next finds the nonce for its own scripts in the CSP header of the request it renders.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("x-middleware-request-x-pathname")).toBe("/sign-in?next=%2Fm");
    expect(response.headers.get("strict-transport-security")).toBeNull();

    const again = await proxy(new NextRequest("http://localhost:3000/sign-in"));
    expect(again.headers.get("x-middleware-request-x-nonce")).not.toBe(nonce);
  });

  it("adds HSTS and upgrades requests when the public URL is https", async () => {
    const proxy = await proxyFor("https://afweging.example.nl");
    const response = await proxy(new NextRequest("https://afweging.example.nl/"));
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("refuses an oversized body, also for /api, in the language of the cookie; /api gets no page headers", async () => {
    const proxy = await proxyFor("http://localhost:3000");
    const oversized = new NextRequest("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      body: "{}",
      headers: { "content-length": String(3 * 1024 * 1024), cookie: "NEXT_LOCALE=en" },
    });
    const refused = await proxy(oversized);
    expect(refused.status).toBe(413);
    expect((await refused.json()).message).toBe("This request is too large: the server accepts at most 2 MB.");
    const passed = await proxy(new NextRequest("http://localhost:3000/api/auth/sign-in/email", { method: "POST", body: '{"email":"a@b.nl"}' }));
    expect(passed.status).toBe(200);
    expect(passed.headers.get("content-security-policy")).toBeNull();
  });

  it("answers a path with broken percent-encoding with 404: the API's JSON, a page's not-found page under the same CSP", async () => {
    const proxy = await proxyFor("http://localhost:3000");
    const api = await proxy(new NextRequest("http://localhost:3000/api/frameworks/%ff%fe"));
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: "not_found" });
    const page = await proxy(new NextRequest("http://localhost:3000/p/%ff%fe"));
    expect(page.headers.get("x-middleware-rewrite")).toBe("http://localhost:3000/_not-found");
    expect(page.headers.get("content-security-policy")).toContain(`'nonce-${page.headers.get("x-middleware-request-x-nonce")}'`);
    expect((await proxy(new NextRequest("http://localhost:3000/api/frameworks"))).headers.get("content-security-policy")).toBeNull();
  });

  it("sends a plain GET of a policy's public page without a session to its frozen copy, and everything else to the live page", async () => {
    const proxy = await proxyFor("https://afweging.example.nl");
    const frozen = await proxy(new NextRequest("https://afweging.example.nl/p/voorbeeldstad/2025", { headers: { cookie: "NEXT_LOCALE=en" } }));
    expect(frozen.headers.get("x-middleware-rewrite")).toBe("https://afweging.example.nl/api/public/voorbeeldstad/policies/2025/html");
    // The frozen page sets its own script-free policy; HSTS stays.
    expect(frozen.headers.get("content-security-policy")).toBeNull();
    expect(frozen.headers.get("strict-transport-security")).toMatch(/^max-age=/);

    const live = [
      new NextRequest("https://afweging.example.nl/p/voorbeeldstad/2025", { headers: { cookie: "__Secure-afk.session_token=t.s" } }),
      new NextRequest("https://afweging.example.nl/p/voorbeeldstad/2025", { headers: { "x-afk-live-render": "1" } }),
      new NextRequest("https://afweging.example.nl/p/voorbeeldstad/2025", { method: "POST", body: "locale=en", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      new NextRequest("https://afweging.example.nl/p/voorbeeldstad/2025?print=1"),
      new NextRequest("https://afweging.example.nl/p/voorbeeldstad"),
      new NextRequest("https://afweging.example.nl/p/Voorbeeldstad/2025"),
    ];
    for (const request of live) {
      const response = await proxy(request);
      expect(response.headers.get("x-middleware-rewrite"), `${request.method} ${request.url}`).toBeNull();
      expect(response.headers.get("content-security-policy"), request.url).toContain("'nonce-");
    }
  });
});
