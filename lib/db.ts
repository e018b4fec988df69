import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * WAL lets readers and a writer work at the same time, so a slow page never blocks a save; the
 * busy timeout makes a writer wait for another writer instead of failing at once. WAL is a
 * property of the database file, so setting it once per process is enough.
 */
export function createPrismaClient(url: string) {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 15_000 }) });
  client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  return client;
}

// One client per process; in development hot reloads would otherwise open a new one each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
