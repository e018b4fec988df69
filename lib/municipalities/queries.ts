import "server-only";
import { db } from "@/lib/db";

export type MunicipalitySummary = {
  id: string;
  slug: string;
  name: string;
  primaryColor: string;
  logoPath: string | null;
};

const summarySelect = { id: true, slug: true, name: true, primaryColor: true, logoPath: true } as const;

export async function findMembershipBySlug(userId: string, slug: string) {
  const memberships = await db.membership.findMany({
    where: { userId, municipality: { slug } },
    select: { role: true, municipality: { select: summarySelect } },
  });
  if (memberships.length === 0) return null;
  return { municipality: memberships[0].municipality, roles: memberships.map((m) => m.role) };
}

/** Municipalities a person belongs to, with their roles there, for the switcher and the start page. */
export async function listMunicipalitiesOfUser(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, municipality: { select: summarySelect } },
    orderBy: { municipality: { name: "asc" } },
  });
  const bySlug = new Map<string, MunicipalitySummary & { roles: string[] }>();
  for (const { role, municipality } of memberships) {
    const entry = bySlug.get(municipality.slug) ?? { ...municipality, roles: [] };
    entry.roles.push(role);
    bySlug.set(municipality.slug, entry);
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
