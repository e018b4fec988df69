import { describe, expect, it } from "vitest";
import { auditIp, auditUserAgent, maxUserAgentLength } from "./origin";

describe("auditIp", () => {
  it("keeps IP addresses and drops anything else", () => {
    expect(auditIp("198.51.100.7")).toBe("198.51.100.7");
    expect(auditIp("2001:db8::1")).toBe("2001:db8::1");
    expect(auditIp("=HYPERLINK(\"http://evil.example\")")).toBeNull();
    expect(auditIp("198.51.100.7, 10.0.0.1")).toBeNull();
    expect(auditIp("")).toBeNull();
    expect(auditIp(null)).toBeNull();
  });
});

describe("auditUserAgent", () => {
  it("removes control and bidi characters and collapses white space", () => {
    expect(auditUserAgent("Mozilla/5.0\r\nForged: line\t\u0085\u009b31m\u202Egnp.exe")).toBe("Mozilla/5.0 Forged: line 31m gnp.exe");
    expect(auditUserAgent("\u0000\u0007 ")).toBeNull();
    expect(auditUserAgent(undefined)).toBeNull();
  });

  it("cuts a long value without splitting a character", () => {
    const cut = auditUserAgent("😀".repeat(maxUserAgentLength + 10))!;
    expect(Array.from(cut)).toHaveLength(maxUserAgentLength);
    expect(cut.endsWith("😀")).toBe(true);
  });
});
