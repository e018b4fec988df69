import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";

/**
 * Idempotent building blocks for demo data and for end-to-end tests that need their own people.
 * Plain modules taking a client, so the seed script and Playwright helpers can both use them.
 */
export async function ensureMunicipality(
  db: PrismaClient,
  municipality: { slug: string; name: string; primaryColor?: string; logoPath?: string | null; requireAdminTwoFactor?: boolean },
) {
  return db.municipality.upsert({
    where: { slug: municipality.slug },
    create: {
      slug: municipality.slug,
      name: municipality.name,
      primaryColor: municipality.primaryColor ?? "#01689b",
      logoPath: municipality.logoPath ?? null,
      // Left to the schema's default (on) unless a caller says otherwise.
      requireAdminTwoFactor: municipality.requireAdminTwoFactor,
    },
    update: {},
  });
}

export async function ensureUser(
  db: PrismaClient,
  person: { email: string; name: string; password: string; memberships: { municipalityId: string; roles: Role[] }[] },
) {
  const email = person.email.toLowerCase();
  let user = await db.user.findUnique({ where: { email } });
  if (!user) {
    const id = randomUUID();
    const password = await hashPassword(person.password);
    user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { id, name: person.name, email, emailVerified: true } });
      await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password } });
      return created;
    });
  }
  for (const { municipalityId, roles } of person.memberships) {
    for (const role of roles) {
      await db.membership.upsert({
        where: { userId_municipalityId_role: { userId: user.id, municipalityId, role } },
        create: { userId: user.id, municipalityId, role },
        update: {},
      });
    }
  }
  return user;
}
