import { roles, type Role } from "@/lib/frameworks/schema";

export { roles, type Role };

/**
 * What each role may do. Pure data so the matrix is documented in one place and unit-tested;
 * every server action checks one of these permissions on the server.
 */
export const permissions = {
  "municipality.read": ["advisor", "privacy", "ciso", "council", "admin"],
  "assessment.read": ["advisor", "privacy", "ciso", "council", "admin"],
  "assessment.edit": ["advisor", "privacy", "ciso"],
  "assessment.create": ["advisor"],
  "review.act": ["privacy", "ciso", "advisor"],
  "risk.decide": ["privacy", "ciso", "advisor"],
  "decision.record": ["advisor", "admin"],
  "comment.write": ["advisor", "privacy", "ciso", "admin"],
  "policy.read": ["advisor", "privacy", "ciso", "council", "admin"],
  "evaluation.read": ["advisor", "privacy", "ciso", "council", "admin"],
  "evaluation.edit": ["advisor"],
  // Which of these roles reviews follows the communication section's reviewer (lib/evaluations/transitions.ts).
  "evaluation.review": ["advisor", "privacy", "ciso"],
  "policy.edit": ["advisor", "admin"],
  "policy.adopt": ["admin"],
  "policy.draft.read": ["advisor", "privacy", "ciso", "admin"],
  "policy.publish": ["admin"],
  "policy.import": ["advisor", "admin"],
  "import.delete": ["admin"],
  "catalogue.override": ["admin"],
  "settings.edit": ["admin"],
  "members.manage": ["admin"],
  "audit.read": ["admin"],
  "outbox.read": ["admin"],
  "peers.manage": ["admin"],
  "transparency.edit": ["advisor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(heldRoles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return heldRoles.some((held) => allowed.includes(held));
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
