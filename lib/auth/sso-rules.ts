import { isRole, type Role } from "@/lib/auth/permissions";

/**
 * The rules of single sign-on, pure so they are tested on their own (sso-rules.test.ts); the
 * plugin in sso.ts applies them to what the municipality's provider says about a person.
 */

const providerPrefix = "sso-";

/** better-auth's id of a municipality's provider; its callback is /api/auth/callback/<id>. */
export function ssoProviderId(slug: string) {
  return `${providerPrefix}${slug}`;
}

export function slugOfSsoProvider(providerId: unknown): string | null {
  return typeof providerId === "string" && providerId.startsWith(providerPrefix) && providerId.length > providerPrefix.length
    ? providerId.slice(providerPrefix.length)
    : null;
}

/** One domain name: labels of letters, digits and hyphens, at least one dot. */
const domainName = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domains as typed (commas, spaces or new lines between them), in lower case; null when one is no domain name. */
export function parseDomains(text: string): string[] | null {
  const domains = [...new Set(text.split(/[\s,;]+/).map((domain) => domain.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))];
  return domains.length > 0 && domains.every((domain) => domainName.test(domain)) ? domains : null;
}

/** The part after the last @, in lower case; an address in a subdomain is not in its parent's domain. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  return at > 0 ? email.slice(at + 1).trim().toLowerCase() || null : null;
}

export function isInDomains(email: string, domains: readonly string[]) {
  const domain = emailDomain(email);
  return domain !== null && domains.includes(domain);
}

export type RoleMapping = Record<string, Role[]>;

/**
 * The claim-value-to-role lines an administrator types ("afwegingskader-beheer = admin", one per
 * line, several roles separated by commas); null when a line does not read as that.
 */
export function parseRoleMapping(text: string): RoleMapping | null {
  const mapping: RoleMapping = {};
  for (const line of text.split(/\r?\n/).map((entry) => entry.trim()).filter(Boolean)) {
    const separator = line.lastIndexOf("=");
    if (separator <= 0) return null;
    const value = line.slice(0, separator).trim();
    const roles = line
      .slice(separator + 1)
      .split(",")
      .map((role) => role.trim())
      .filter(Boolean);
    if (!value || roles.length === 0 || !roles.every(isRole)) return null;
    mapping[value] = [...new Set([...(mapping[value] ?? []), ...roles])] as Role[];
  }
  return mapping;
}

/** The mapping written back as lines, for the settings form. */
export function formatRoleMapping(mapping: RoleMapping): string {
  return Object.entries(mapping)
    .map(([value, roles]) => `${value} = ${roles.join(", ")}`)
    .join("\n");
}

/** The roles a claim grants: the claim may be one value or a list (as groups usually are); unknown values grant nothing. */
export function rolesFromClaim(claim: unknown, mapping: RoleMapping): Role[] {
  const values = Array.isArray(claim) ? claim : claim === undefined || claim === null ? [] : [claim];
  const granted = new Set<Role>();
  for (const value of values) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    for (const role of mapping[String(value)] ?? []) granted.add(role);
  }
  return [...granted];
}

export type SsoRefusal = "email_missing" | "email_unverified" | "foreign_domain" | "not_member" | "locked";

/**
 * Whether the provider's answer may sign someone in: a verified address in one of the
 * municipality's own domains, of a member (or someone invited) of that municipality, whose
 * account is not locked. Only then does better-auth create or link an account.
 */
export function ssoDecision(input: {
  email: string | null | undefined;
  emailVerified: unknown;
  domains: readonly string[];
  isMember: boolean;
  isInvited: boolean;
  isLocked: boolean;
}): { ok: true } | { ok: false; reason: SsoRefusal } {
  if (!input.email) return { ok: false, reason: "email_missing" };
  // OpenID Connect says boolean; some providers send the string.
  if (input.emailVerified !== true && input.emailVerified !== "true") return { ok: false, reason: "email_unverified" };
  if (!isInDomains(input.email, input.domains)) return { ok: false, reason: "foreign_domain" };
  if (!input.isMember && !input.isInvited) return { ok: false, reason: "not_member" };
  if (input.isLocked) return { ok: false, reason: "locked" };
  return { ok: true };
}
