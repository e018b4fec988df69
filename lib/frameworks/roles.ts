/**
 * The role lists without the schema library, for forms in the browser (the risk editor's owner
 * select); lib/frameworks/schema.ts builds its zod enums from these same lists.
 */
export const roles = ["advisor", "privacy", "ciso", "council", "admin"] as const;

/** Roles that own framework items and review sections. */
export const ownerRoles = ["privacy", "ciso", "advisor"] as const;
export type OwnerRole = (typeof ownerRoles)[number];
