import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export type MunicipalitySummary = {
  id: string;
  slug: string;
  name: string;
  primaryColor: string;
  logoPath: string | null;
};

const summarySelect = { id: true, slug: true, name: true, primaryColor: true, logoPath: true } as const;

/** Settings already read in this request, by municipality: `membershipsOf` reads them with the memberships. */
const settingsRead = cache(() => new Map<string, string | null>());

type Membership = MunicipalitySummary & { role: string; requireAdminTwoFactor: boolean; settings: string | null };

/**
 * Every membership of a person, with its municipality, by municipality name; once per request.
 * Each signed-in request needs three things of it: the person's roles where they are
 * (`findMembershipBySlug`), whether they must use a second factor (lib/auth/two-factor.ts) and the
 * municipality's settings (`getMunicipalitySettings`). One statement in plain SQL (the same on
 * SQLite and PostgreSQL) where the query builder sent three; a person belongs to a few
 * municipalities at most.
 */
export const membershipsOf = cache(async (userId: string): Promise<Membership[]> => {
  const rows = await db.$queryRaw<Membership[]>`
    SELECT m."id", m."slug", m."name", m."primaryColor", m."logoPath", m."requireAdminTwoFactor", m."settings", ms."role"
    FROM "Membership" ms JOIN "Municipality" m ON m."id" = ms."municipalityId"
    WHERE ms."userId" = ${userId}
    ORDER BY m."name", ms."role"`;
  for (const row of rows) settingsRead().set(row.id, row.settings);
  return rows;
});

const summaryOf = ({ id, slug, name, primaryColor, logoPath }: Membership): MunicipalitySummary => ({ id, slug, name, primaryColor, logoPath });

/** A person's roles in the municipality with this slug, with the municipality; null when they are not a member. */
export async function findMembershipBySlug(userId: string, slug: string): Promise<{ municipality: MunicipalitySummary; roles: string[] } | null> {
  const rows = (await membershipsOf(userId)).filter((row) => row.slug === slug);
  if (rows.length === 0) return null;
  return { municipality: summaryOf(rows[0]), roles: rows.map((row) => row.role) };
}

/** The municipality's settings (weights, section owners), once per request: several parts of a page read them. */
export const getMunicipalitySettings = cache(async (municipalityId: string): Promise<string | null> => {
  const read = settingsRead();
  if (read.has(municipalityId)) return read.get(municipalityId)!;
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true } });
  return municipality?.settings ?? null;
});

/** Municipalities a person belongs to, with their roles there, for the switcher and the start page. */
export async function listMunicipalitiesOfUser(userId: string) {
  const bySlug = new Map<string, MunicipalitySummary & { roles: string[] }>();
  for (const membership of await membershipsOf(userId)) {
    const entry = bySlug.get(membership.slug) ?? { ...summaryOf(membership), roles: [] };
    entry.roles.push(membership.role);
    bySlug.set(membership.slug, entry);
  }
  return [...bySlug.values()];
}

export async function findMunicipalityBySlug(slug: string) {
  return db.municipality.findUnique({ where: { slug }, select: summarySelect });
}

export async function listMembers(municipalityId: string) {
  const rows = await db.membership.findMany({
    where: { municipalityId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const byUser = new Map<string, { id: string; name: string; email: string; roles: string[] }>();
  for (const { role, user } of rows) {
    const entry = byUser.get(user.id) ?? { ...user, roles: [] };
    entry.roles.push(role);
    byUser.set(user.id, entry);
  }
  return [...byUser.values()];
}

export async function listPendingInvitations(municipalityId: string) {
  return db.invitation.findMany({
    where: { municipalityId, acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, roles: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

const ssoSelect = {
  id: true,
  issuer: true,
  clientId: true,
  clientSecretEnv: true,
  clientSecretEncrypted: true,
  domains: true,
  roleClaim: true,
  roleMapping: true,
  updatedAt: true,
  municipality: { select: summarySelect },
} as const;

/** The municipality's own OpenID Connect provider, with the stored (encrypted) secret; never shown to anyone. */
export async function findSsoProviderBySlug(slug: string) {
  return db.ssoProvider.findFirst({ where: { municipality: { slug } }, select: ssoSelect });
}

/** The provider whose municipality lists this e-mail domain as its own. */
export async function findSsoProviderByDomain(domain: string) {
  const candidates = await db.ssoProvider.findMany({ where: { domains: { contains: domain } }, select: ssoSelect });
  return candidates.find((provider) => provider.domains.split(",").includes(domain)) ?? null;
}

/** The municipalities whose staff can sign in with their own account, for the sign-in page. */
export async function listSsoMunicipalities() {
  const providers = await db.ssoProvider.findMany({ select: { municipality: { select: { slug: true, name: true } } }, orderBy: { municipality: { name: "asc" } } });
  return providers.map((provider) => provider.municipality);
}

/** What single sign-on needs to know of the person the provider vouches for, in one municipality. */
export async function ssoStanding(municipalityId: string, email: string, now = new Date()) {
  const [user, invitation] = await Promise.all([
    db.user.findUnique({ where: { email }, select: { id: true, memberships: { where: { municipalityId }, select: { role: true } } } }),
    db.invitation.findFirst({ where: { municipalityId, email, acceptedAt: null, expiresAt: { gt: now } }, select: { id: true } }),
  ]);
  return { userId: user?.id ?? null, roles: user?.memberships.map((membership) => membership.role) ?? [], invitationId: invitation?.id ?? null };
}

export async function findRequireAdminTwoFactor(municipalityId: string) {
  const municipality = await db.municipality.findUnique({ where: { id: municipalityId }, select: { requireAdminTwoFactor: true } });
  return municipality?.requireAdminTwoFactor ?? true;
}
