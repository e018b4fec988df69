import "server-only";
import { db } from "@/lib/db";
import type { AuditFilter } from "@/lib/audit/schema";
import type { Prisma } from "@/lib/generated/prisma/client";

export const auditPageSize = 50;

function whereFor(municipalityId: string, filter: AuditFilter): Prisma.AuditEntryWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = new Date(`${filter.from}T00:00:00.000Z`);
  if (filter.to) at.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    municipalityId,
    ...(filter.actor ? { actorEmail: { contains: filter.actor } } : {}),
    ...(filter.objectType ? { objectType: filter.objectType } : {}),
    ...(filter.objectId ? { objectId: filter.objectId } : {}),
    ...(filter.result ? { result: filter.result } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

export async function listAuditEntries(municipalityId: string, filter: AuditFilter) {
  const where = whereFor(municipalityId, filter);
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * auditPageSize,
      take: auditPageSize,
    }),
    db.auditEntry.count({ where }),
  ]);
  return { entries, total };
}

/** All matching entries for the CSV export, oldest first, capped so one export stays bounded. */
export async function exportAuditEntries(municipalityId: string, filter: AuditFilter, limit = 50_000) {
  return db.auditEntry.findMany({
    where: whereFor(municipalityId, filter),
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: limit,
  });
}

export async function listAuditObjectTypes(municipalityId: string) {
  const rows = await db.auditEntry.findMany({
    where: { municipalityId },
    distinct: ["objectType"],
    select: { objectType: true },
    orderBy: { objectType: "asc" },
  });
  return rows.map((row) => row.objectType);
}

/**
 * Failed password and second-factor checks of one account since a moment, whichever path checked
 * it (sign-in, its second step, change of password): the basis of the lock (lib/auth/password-lock.ts). Refusals because the
 * account was locked do not count, so the lock ends on time even while someone keeps trying.
 */
export async function countRecentPasswordFailures(email: string, since: Date) {
  return db.auditEntry.count({
    where: {
      action: { startsWith: "auth." },
      actorEmail: email,
      result: "refused",
      reason: { in: ["invalid_credentials", "wrong_password", "invalid_code"] },
      at: { gte: since },
    },
  });
}
