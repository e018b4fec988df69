import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { ensureMunicipality, ensureUser } from "../../lib/demo/people";
import type { Role } from "../../lib/auth/permissions";

/**
 * The test process writes to the same SQLite file as the server under test. A transaction that
 * read before another process wrote gets SQLITE_BUSY at once (no busy wait can help it), so test
 * set-up retries; every helper here is idempotent.
 */
export async function retryBusy<T>(operation: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !/database is locked|timed out|SQLITE_BUSY/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

// A set-up transaction may wait up to 15 s for the server's writes (SQLite busy timeout), so it
// gets more than Prisma's default 5 s to finish.
const client = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/e2e.db", timeout: 15_000 }),
  transactionOptions: { maxWait: 15_000, timeout: 30_000 },
});

/** The e2e database, the same file the server under test uses. */
export const db = client.$extends({
  query: { $allOperations: ({ args, query }) => retryBusy(() => query(args)) },
}) as unknown as PrismaClient;

export const testPassword = "Test-wachtwoord-2026";

/**
 * A fresh municipality with one person per requested role, unique to the calling test. Its
 * administrators sign in with a password alone unless `requireAdminTwoFactor` is asked for: the
 * requirement, on by default for real municipalities, has its own spec (two-factor.spec.ts), and
 * the other specs test what administrators do once signed in.
 */
export async function createTenant(roles: Role[] = ["advisor", "privacy", "ciso", "council", "admin"], options: { requireAdminTwoFactor?: boolean } = {}) {
  return retryBusy(() => createTenantOnce(roles, options.requireAdminTwoFactor ?? false));
}

async function createTenantOnce(roles: Role[], requireAdminTwoFactor: boolean) {
  const key = randomUUID().slice(0, 8);
  const municipality = await ensureMunicipality(db, { slug: `test-${key}`, name: `Testgemeente ${key}`, requireAdminTwoFactor });
  const people = {} as Record<Role, { email: string; name: string; id: string }>;
  for (const role of roles) {
    const email = `${role}-${key}@test.example`;
    const name = `Test ${role} ${key}`;
    const user = await ensureUser(db, { email, name, password: testPassword, memberships: [{ municipalityId: municipality.id, roles: [role] }] });
    people[role] = { email, name, id: user.id };
  }
  return { municipality, people };
}
