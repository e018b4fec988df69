import { describe, expect, it } from "vitest";
import { emailDomain, formatRoleMapping, isInDomains, parseDomains, parseRoleMapping, rolesFromClaim, slugOfSsoProvider, ssoDecision, ssoProviderId } from "./sso-rules";
import { decryptSecret, encryptSecret, secretKey } from "./secret-box";

describe("domains", () => {
  it("reads a typed list in lower case, without duplicates or a leading @", () => {
    expect(parseDomains("Voorbeeldstad.nl, @gemeente-voorbeeldstad.nl\nvoorbeeldstad.nl")).toEqual(["voorbeeldstad.nl", "gemeente-voorbeeldstad.nl"]);
    expect(parseDomains("voorbeeldstad")).toBeNull();
    expect(parseDomains("voorbeeld stad.nl")).toBeNull();
    expect(parseDomains("https://voorbeeldstad.nl")).toBeNull();
    expect(parseDomains("  ")).toBeNull();
  });

  it("matches only the domain itself: not a subdomain, not a lookalike", () => {
    const domains = ["voorbeeldstad.nl"];
    expect(isInDomains("Jan@VoorbeeldStad.nl", domains)).toBe(true);
    expect(isInDomains("jan@extern.voorbeeldstad.nl", domains)).toBe(false);
    expect(isInDomains("jan@voorbeeldstad.nl.evil.example", domains)).toBe(false);
    expect(isInDomains("jan@notvoorbeeldstad.nl", domains)).toBe(false);
    expect(isInDomains("voorbeeldstad.nl", domains)).toBe(false);
    expect(emailDomain("\"a@b\"@voorbeeldstad.nl")).toBe("voorbeeldstad.nl");
  });
});

describe("claim to roles", () => {
  it("reads one mapping per line, several roles per value, and refuses unknown roles", () => {
    const mapping = parseRoleMapping("afwegingskader-beheer = admin\nprivacyteam = privacy, advisor\n\nprivacyteam = ciso");
    expect(mapping).toEqual({ "afwegingskader-beheer": ["admin"], privacyteam: ["privacy", "advisor", "ciso"] });
    expect(parseRoleMapping(formatRoleMapping(mapping!))).toEqual(mapping);
    expect(parseRoleMapping("groep = superuser")).toBeNull();
    expect(parseRoleMapping("zonder rol")).toBeNull();
    expect(parseRoleMapping("= admin")).toBeNull();
    expect(parseRoleMapping("")).toEqual({});
  });

  it("grants the roles of every known value, whether the claim is a value or a list", () => {
    const mapping = { beheer: ["admin"], privacy: ["privacy"], "42": ["council"] } as const satisfies Record<string, ("admin" | "privacy" | "council")[]>;
    expect(rolesFromClaim(["privacy", "onbekend", "beheer"], mapping).sort()).toEqual(["admin", "privacy"]);
    expect(rolesFromClaim("privacy", mapping)).toEqual(["privacy"]);
    expect(rolesFromClaim(42, mapping)).toEqual(["council"]);
    expect(rolesFromClaim(undefined, mapping)).toEqual([]);
    expect(rolesFromClaim({ beheer: true }, mapping)).toEqual([]);
  });
});

describe("who may sign in", () => {
  const allowed = { email: "jan@voorbeeldstad.nl", emailVerified: true, domains: ["voorbeeldstad.nl"], isMember: true, isInvited: false, isLocked: false };

  it("lets a verified member in the municipality's domain in, and someone invited", () => {
    expect(ssoDecision(allowed)).toEqual({ ok: true });
    expect(ssoDecision({ ...allowed, isMember: false, isInvited: true })).toEqual({ ok: true });
    expect(ssoDecision({ ...allowed, emailVerified: "true" })).toEqual({ ok: true });
  });

  it("refuses an unverified or missing address, a foreign domain, a stranger and a locked account", () => {
    expect(ssoDecision({ ...allowed, emailVerified: false })).toEqual({ ok: false, reason: "email_unverified" });
    expect(ssoDecision({ ...allowed, emailVerified: undefined })).toEqual({ ok: false, reason: "email_unverified" });
    expect(ssoDecision({ ...allowed, email: undefined })).toEqual({ ok: false, reason: "email_missing" });
    expect(ssoDecision({ ...allowed, email: "jan@elders.nl" })).toEqual({ ok: false, reason: "foreign_domain" });
    expect(ssoDecision({ ...allowed, isMember: false })).toEqual({ ok: false, reason: "not_member" });
    expect(ssoDecision({ ...allowed, isLocked: true })).toEqual({ ok: false, reason: "locked" });
  });

  it("names a municipality's provider after its slug, and reads it back", () => {
    expect(slugOfSsoProvider(ssoProviderId("voorbeeldstad"))).toBe("voorbeeldstad");
    expect(slugOfSsoProvider("google")).toBeNull();
    expect(slugOfSsoProvider("sso-")).toBeNull();
  });
});

describe("stored secrets", () => {
  const key = secretKey("een-geheim-van-minstens-32-tekens-lang!");

  it("round-trips, with a fresh nonce each time", () => {
    const first = encryptSecret("client-geheim", key);
    expect(first).not.toContain("client-geheim");
    expect(encryptSecret("client-geheim", key)).not.toBe(first);
    expect(decryptSecret(first, key)).toBe("client-geheim");
  });

  it("gives nothing for another key or a changed value", () => {
    const stored = encryptSecret("client-geheim", key);
    expect(decryptSecret(stored, secretKey("een-ander-geheim-van-minstens-32-tekens"))).toBeNull();
    const [version, iv, tag, ciphertext] = stored.split(".");
    const flipped = Buffer.from(ciphertext, "base64url");
    flipped[0] ^= 1;
    expect(decryptSecret([version, iv, tag, flipped.toString("base64url")].join("."), key)).toBeNull();
    expect(decryptSecret("niet-versleuteld", key)).toBeNull();
  });
});
