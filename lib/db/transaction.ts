/**
 * A transaction that behaves the same on both databases: as if it ran alone (serializable), and
 * run again as a whole when the database refused it for a concurrent one (it rolled back, so that
 * is safe). A stale-version check followed by a write (autosave, reviews, policy drafts) is then
 * never a lost update.
 *
 * - SQLite has one writer at a time, so every transaction is serializable already. One that read
 *   before another process wrote the file gets SQLITE_BUSY at once (no busy wait helps it).
 * - PostgreSQL runs the transaction at SERIALIZABLE and refuses the later of two that overlap
 *   (SQLSTATE 40001, Prisma P2034), or one of two in a deadlock (40P01). No busy retries of
 *   SQLite's kind are made there: PostgreSQL's row locks make writers wait.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseProvider } from "./provider";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type TransactionLimits = { maxWait: number; timeout: number };

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
  options: TransactionLimits & { attempts?: number; isRetryable?: (error: unknown) => boolean },
): Promise<T> {
  const { attempts = 5, isRetryable = () => true, ...limits } = options;
  const transactionOptions = provider === "postgresql" ? { ...limits, isolationLevel: "Serializable" as const } : limits;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.$transaction(work, transactionOptions);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error) || !isRefusedForConcurrency(provider, error)) throw error;
      // A little random spread, so two transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt + Math.random() * 50));
    }
  }
}
