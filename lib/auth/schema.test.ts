import { describe, expect, it } from "vitest";
import { changePasswordInput, safeNextPath, signInInput } from "./schema";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => {
    expect(safeNextPath("/m/voorbeeldstad/audit?page=2")).toBe("/m/voorbeeldstad/audit?page=2");
  });
  it("refuses other sites and odd forms", () => {
    for (const next of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined, ""]) {
      expect(safeNextPath(next)).toBe("/");
    }
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
