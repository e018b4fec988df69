/**
 * A transaction that behaves the same on both databases: as if it ran alone (serializable), and
 * run again as a whole when the database refused it for a concurrent one (it rolled back, so that
 * is safe). A stale-version check followed by a write (autosave, reviews, policy drafts) is then
 * never a lost update.
 *
 * - SQLite has one writer at a time, so every transaction is serializable already. The app's
 *   transactions take the write lock as they begin (lib/db/sqlite.ts) and wait for another process's
 *   writer up to the busy timeout; one that waited longer gets SQLITE_BUSY and is run again.
 * - PostgreSQL runs the transaction at SERIALIZABLE and refuses the later of two that overlap
 *   (SQLSTATE 40001, Prisma P2034), or one of two in a deadlock (40P01). No busy retries of
 *   SQLite's kind are made there: PostgreSQL's row locks make writers wait.
 *
 * A transaction whose writes all hang under one row (an assessment: its answers, risks, reviews,
 * and its version, which every one of them moves) names that row as its `lock`. On PostgreSQL it
 * then takes the row's lock as its first statement and runs at READ COMMITTED: transactions on the
 * same row wait for each other and each one reads what the one before it committed, so a version
 * check under the lock is never overtaken. At SERIALIZABLE they would all wait for the lock too,
 * but then be refused for having started before the other's commit; ten people (or tabs) saving
 * answers of one assessment at once ran out of retries that way. A serializable transaction that
 * changes the locked row is still refused and run again, as before.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseProvider } from "./provider";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type TransactionLimits = { maxWait: number; timeout: number };

/** The row a transaction locks first; only tables whose rows carry a municipality. */
export type RowLock = { table: "Assessment"; id: string; municipalityId: string };

const refusedForConcurrency: Record<DatabaseProvider, RegExp> = {
  sqlite: /database is locked|SQLITE_BUSY|Operation has timed out/i,
  postgresql: /P2034|40001|40P01|could not serialize|deadlock detected|write conflict/i,
};

export function isRefusedForConcurrency(provider: DatabaseProvider, error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta?.driverAdapterError?.cause;
  return refusedForConcurrency[provider].test(`${String(code)} ${String(cause?.originalCode)} ${String(error)}`);
}

export async function runTransaction<T>(
  client: PrismaClient,
  provider: DatabaseProvider,
  work: (tx: Tx) => Promise<T>,
  options: TransactionLimits & { attempts?: number; isRetryable?: (error: unknown) => boolean; lock?: RowLock },
): Promise<T> {
  const { attempts = 5, isRetryable = () => true, lock, ...limits } = options;
  // SQLite has one writer at a time: a lock adds nothing there.
  const locking = provider === "postgresql" && lock !== undefined;
  // The client's types come from the SQLite model, which knows one level only; PostgreSQL's
  // client takes both.
  const isolationLevel = (locking ? "ReadCommitted" : "Serializable") as "Serializable";
  const transactionOptions = provider === "postgresql" ? { ...limits, isolationLevel } : limits;
  const lockedWork = locking
    ? async (tx: Tx) => {
        // The table name comes from RowLock's closed list, never from input.
        await tx.$queryRawUnsafe(`SELECT 1 FROM "${lock.table}" WHERE "id" = $1 AND "municipalityId" = $2 FOR NO KEY UPDATE`, lock.id, lock.municipalityId);
        return work(tx);
      }
    : work;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.$transaction(lockedWork, transactionOptions);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error) || !isRefusedForConcurrency(provider, error)) throw error;
      // A little random spread, so two transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt + Math.random() * 50));
    }
  }
}
