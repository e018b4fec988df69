import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/db/client";
import { databaseProvider } from "../../lib/db/provider";
import { isRefusedForConcurrency } from "../../lib/db/transaction";
import { ensureMunicipality, ensureUser } from "../../lib/demo/people";
import type { Role } from "../../lib/auth/permissions";

const url = process.env.DATABASE_URL ?? "file:./data/e2e.db";
const provider = databaseProvider(url);

/**
 * The test process writes to the same database as the server under test. On SQLite a write waits
 * for the server's up to the busy timeout and then gets SQLITE_BUSY; on PostgreSQL two
 * transactions can meet in a deadlock or a serialization failure. Either way the set-up is tried
 * again; every helper here is idempotent.
 */
export async function retryBusy<T>(operation: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !isRefusedForConcurrency(provider, error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

// A set-up transaction may wait up to 15 s for the server's writes (SQLite busy timeout), so it
// gets more than Prisma's default 5 s to finish.
const client = createPrismaClient(url, { transactionOptions: { maxWait: 15_000, timeout: 30_000 }, max: 4 });

/** The e2e database, the same one the server under test uses. */
export const db = client.$extends({
  query: { $allOperations: ({ args, query }) => retryBusy(() => query(args)) },
}) as unknown as typeof client;

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
