import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "./client";
import { databaseProvider } from "./provider";
import { runTransaction, type RowLock, type TransactionLimits } from "./transaction";

// One client per process; in development hot reloads would otherwise open a new one each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, { logQueries: env().DATABASE_LOG_QUERIES });
if (env().NODE_ENV !== "production") globalForPrisma.prisma = db;

/** The database the app runs on, from DATABASE_URL. */
export const provider = databaseProvider(env().DATABASE_URL);

/**
 * A transaction on the app's database that runs as if alone, retried as a whole when the database
 * refused it for a concurrent one (lib/db/transaction.ts).
 */
export function transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionLimits & { isRetryable?: (error: unknown) => boolean; lock?: RowLock }) {
  return runTransaction(db, provider, work, options);
}

export { createPrismaClient };
export type { RowLock };
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
