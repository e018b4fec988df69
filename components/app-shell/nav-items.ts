import type { Permission } from "@/lib/auth/permissions";

export type NavItem = {
  key: string;
  href: (slug: string) => string;
  permission: Permission;
  /** Shown as "coming soon" until the feature lands. */
  coming?: boolean;
};

/** The main navigation of a municipality; each entry shows only to roles with its permission. */
export const municipalityNav: NavItem[] = [
  { key: "dashboard", href: (slug) => `/m/${slug}`, permission: "municipality.read" },
  { key: "assessments", href: (slug) => `/m/${slug}/assessments`, permission: "assessment.read" },
  { key: "compare", href: (slug) => `/m/${slug}/compare`, permission: "assessment.read" },
  { key: "risks", href: (slug) => `/m/${slug}/risks`, permission: "assessment.read" },
  { key: "policy", href: (slug) => `/m/${slug}/policy`, permission: "policy.read" },
  { key: "evaluations", href: (slug) => `/m/${slug}/evaluations`, permission: "evaluation.read" },
  { key: "catalogue", href: (slug) => `/m/${slug}/catalogue`, permission: "municipality.read" },
  { key: "members", href: (slug) => `/m/${slug}/admin/members`, permission: "members.manage" },
  { key: "settings", href: (slug) => `/m/${slug}/admin/settings`, permission: "settings.edit" },
  { key: "audit", href: (slug) => `/m/${slug}/admin/audit`, permission: "audit.read" },
  { key: "outbox", href: (slug) => `/m/${slug}/admin/outbox`, permission: "outbox.read" },
  { key: "peers", href: (slug) => `/m/${slug}/admin/peers`, permission: "peers.manage" },
];
