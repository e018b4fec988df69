import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const secret = "a".repeat(32);

describe("parseEnv", () => {
  it("fills in defaults for the embedded database and sessions", () => {
    const env = parseEnv({ BETTER_AUTH_SECRET: secret });
    expect(env.DATABASE_URL).toBe("file:./data/afwegingskader.db");
    expect(env.SESSION_MAX_AGE_HOURS).toBe(8);
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("names the variable and the problem when a value is missing or wrong", () => {
    expect(() => parseEnv({})).toThrow(/BETTER_AUTH_SECRET/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET: must be at least 32 characters/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a SQLite file URL .* or a PostgreSQL URL/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: secret, SESSION_MAX_AGE_HOURS: "0" })).toThrow(/SESSION_MAX_AGE_HOURS/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: secret, BETTER_AUTH_URL: "not a url" })).toThrow(/BETTER_AUTH_URL/);
  });

  it("takes a SQLite file or a PostgreSQL server as the database", () => {
    expect(parseEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: "file:./data/other.db" }).DATABASE_URL).toBe("file:./data/other.db");
    expect(parseEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: "postgresql://app:pw@db:5432/afk" }).DATABASE_URL).toBe("postgresql://app:pw@db:5432/afk");
    expect(parseEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: "postgres://app@db/afk" }).DATABASE_URL).toBe("postgres://app@db/afk");
  });

  it("trusts no proxy unless told, and names the entries of TRUSTED_PROXIES that are not an address or range", () => {
    expect(parseEnv({ BETTER_AUTH_SECRET: secret }).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ BETTER_AUTH_SECRET: secret, TRUSTED_PROXIES: " 10.0.0.0/8, ::1 " }).TRUSTED_PROXIES).toEqual(["10.0.0.0/8", "::1"]);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: secret, TRUSTED_PROXIES: "10.0.0.0/8, proxy.local" })).toThrow(/TRUSTED_PROXIES: not an IP address or CIDR range: proxy\.local/);
  });

  it("ends sessions absolutely after 12 hours unless told otherwise", () => {
    expect(parseEnv({ BETTER_AUTH_SECRET: secret }).SESSION_ABSOLUTE_MAX_AGE_HOURS).toBe(12);
    expect(parseEnv({ BETTER_AUTH_SECRET: secret, SESSION_ABSOLUTE_MAX_AGE_HOURS: "24" }).SESSION_ABSOLUTE_MAX_AGE_HOURS).toBe(24);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: secret, SESSION_ABSOLUTE_MAX_AGE_HOURS: "0" })).toThrow(/SESSION_ABSOLUTE_MAX_AGE_HOURS/);
  });

  it("reads numbers given as text", () => {
    expect(parseEnv({ BETTER_AUTH_SECRET: secret, SIGN_IN_MAX_FAILURES: "3" }).SIGN_IN_MAX_FAILURES).toBe(3);
  });
});
