import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isHttps, scriptFreeContentSecurityPolicy, strictTransportSecurity } from "./headers";

function directives(policy: string) {
  return new Map(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)]));
}

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the nonce, never inline or through eval", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only for the development server, and upgrades requests over https", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", development: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: "n", https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("scriptFreeContentSecurityPolicy", () => {
  it("lets no script run, and keeps every other directive of the pages' policy", () => {
    const policy = directives(scriptFreeContentSecurityPolicy({ https: true }));
    expect(policy.get("script-src")).toEqual(["'none'"]);
    const pages = directives(contentSecurityPolicy({ nonce: "n", https: true }));
    pages.delete("script-src");
    policy.delete("script-src");
    expect(policy).toEqual(pages);
  });
});

describe("createNonce", () => {
  it("gives a fresh base64 value each time", () => {
    const nonces = new Set(Array.from({ length: 20 }, createNonce));
    expect(nonces.size).toBe(20);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("https", () => {
  it("sends HSTS only when the public URL is https", () => {
    expect(isHttps("https://afweging.example.nl")).toBe(true);
    expect(strictTransportSecurity("https://afweging.example.nl")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(isHttps("http://localhost:3000")).toBe(false);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
