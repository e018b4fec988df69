import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "./client";
import { databaseProvider } from "./provider";
import { runTransaction, type RowLock, type TransactionLimits } from "./transaction";

// One client per process, kept on globalThis: Next gives route handlers and pages their own
// instance of this module (and development's hot reloads a new one each time). Two clients meant
// two SQLite connections in one process, and better-sqlite3 waits for the file's lock
// synchronously: a write on one stopped the event loop that the other's open transaction needed
// to commit, until the busy timeout failed the write. On PostgreSQL it meant two pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = (globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL, { logQueries: env().DATABASE_LOG_QUERIES }));

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
