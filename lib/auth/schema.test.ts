import { describe, expect, it } from "vitest";
import { changePasswordInput, safeNextPath, signInInput } from "./schema";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeNextPath("/m/voorbeeldstad/audit?page=2")).toBe("/m/voorbeeldstad/audit?page=2");
    expect(safeNextPath("/m/voorbeeldstad/assessments/abc/review#privacy")).toBe("/m/voorbeeldstad/assessments/abc/review#privacy");
    expect(safeNextPath("/m/voorbeeldstad/policy?q=a%20b")).toBe("/m/voorbeeldstad/policy?q=a%20b");
  });

  // Known open-redirect bypasses: each would leave the site (or break the redirect) in some browser or server.
  const bypasses: [string, unknown][] = [
    ["absolute URL", "https://evil.example"],
    ["absolute URL, upper case scheme", "HTTPS://evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with path", "//evil.example/m/x"],
    ["three slashes", "///evil.example"],
    ["backslash after slash", "/\\evil.example"],
    ["backslash only", "\\\\evil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["encoded backslash, lower case", "/%5c/evil.example"],
    ["encoded tab (browsers drop it: //evil)", "/%09/evil.example"],
    ["raw tab before slash", "\t/evil.example"],
    ["raw tab between slashes", "/\t/evil.example"],
    ["encoded newline", "/%0a/evil.example"],
    ["raw newline", "/\n/evil.example"],
    ["raw carriage return", "/\r\n/evil.example"],
    ["header injection", "/m\r\nSet-Cookie: x=1"],
    ["encoded NUL", "/%00/evil.example"],
    ["raw DEL", "/\u007f/evil.example"],
    ["encoded slash makes //", "/%2F/evil.example"],
    ["encoded slash, lower case", "/%2f%2fevil.example"],
    ["double-encoded tab", "/%2509/evil.example"],
    ["double-encoded slash", "/%252F/evil.example"],
    ["javascript scheme", "javascript:alert(1)"],
    ["javascript scheme after slash trick", "/javascript:alert(1)//"],
    ["data scheme", "data:text/html,<script>alert(1)</script>"],
    ["relative path", "evil.example"],
    ["malformed percent-encoding", "/%ff%fe"],
    ["unicode line separator", "/\u2028/evil.example"],
    ["too long", `/${"a".repeat(600)}`],
    ["empty", ""],
    ["missing", undefined],
    ["repeated query parameter (array)", ["/m/a", "//evil.example"]],
    ["not a string", 42],
  ];

  it.each(bypasses)("refuses %s", (_name, next) => {
    const path = safeNextPath(next);
    expect(path).toMatch(/^\/(?![/\\])/);
    expect(new URL(path, "https://app.example").origin).toBe("https://app.example");
    expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]|evil/i);
  });
});

describe("auth input", () => {
  it("normalises the e-mail address", () => {
    const parsed = signInInput.parse({ email: "  Advies@Voorbeeldstad.NL ", password: "x" });
    expect(parsed.email).toBe("advies@voorbeeldstad.nl");
  });
  it("requires matching new passwords of at least 12 characters", () => {
    const short = changePasswordInput.safeParse({ currentPassword: "a", newPassword: "short", confirmPassword: "short" });
    expect(short.success).toBe(false);
    const mismatch = changePasswordInput.safeParse({
      currentPassword: "a",
      newPassword: "long-enough-pass",
      confirmPassword: "long-enough-pasS",
    });
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "password_mismatch" });
  });
});
