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
    const response = proxy(new NextRequest("http://localhost:3000/sign-in?next=%2Fm"));
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = response.headers.get("x-middleware-request-x-nonce");
    expect(nonce).toBeTruthy();
    expect(policy).toContain(`'nonce-${nonce}'`);
    // Next finds the nonce for its own scripts in the CSP header of the request it renders.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("x-middleware-request-x-pathname")).toBe("/sign-in?next=%2Fm");
    expect(response.headers.get("strict-transport-security")).toBeNull();

    const again = proxy(new NextRequest("http://localhost:3000/sign-in"));
    expect(again.headers.get("x-middleware-request-x-nonce")).not.toBe(nonce);
  });

  it("adds HSTS and upgrades requests when the public URL is https", async () => {
    const proxy = await proxyFor("https://afweging.example.nl");
    const response = proxy(new NextRequest("https://afweging.example.nl/"));
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
