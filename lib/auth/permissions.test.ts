import { describe, expect, it } from "vitest";
import { can, isRole, permissions } from "./permissions";

describe("permissions", () => {
  it("lets a council member read but never change anything", () => {
    const granted = Object.keys(permissions).filter((permission) => can(["council"], permission as keyof typeof permissions));
    expect(granted.every((permission) => permission.endsWith(".read"))).toBe(true);
    expect(granted).toContain("policy.read");
    expect(can(["council"], "assessment.edit")).toBe(false);
  });

  it("keeps user management, adoption, deleting imports and the audit trail with administrators", () => {
    for (const permission of ["members.manage", "policy.adopt", "audit.read", "catalogue.override", "import.delete"] as const) {
      expect(can(["admin"], permission)).toBe(true);
      expect(can(["advisor", "privacy", "ciso", "council"], permission)).toBe(false);
    }
  });

  it("grants a permission when any held role has it", () => {
    expect(can(["council", "privacy"], "risk.decide")).toBe(true);
    expect(can([], "municipality.read")).toBe(false);
  });

  it("recognises only known roles", () => {
    expect(isRole("ciso")).toBe(true);
    expect(isRole("root")).toBe(false);
  });
});
