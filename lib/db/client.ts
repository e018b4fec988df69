/**
 * A Prisma client for the database a URL names, in any process: the app (lib/db), the seed,
 * scripts and tests. A generated Prisma client serves exactly one provider (it checks the
 * adapter's provider and carries that provider's query compiler), so each database has its own
 * generated client; both have the same model API, and the app is typed against SQLite's.
 */
import { QueryCompiler as PostgresQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { QueryCompiler as SqliteQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { cachePlansOf } from "./plan-cache";
import { databaseProvider } from "./provider";
import { postgresAdapter, type PostgresOptions } from "./postgres";
import { sqliteAppAdapter } from "./sqlite";

export type ClientOptions = PostgresOptions & {
  transactionOptions?: { maxWait?: number; timeout?: number };
  /** Print every SQL statement to stdout ("prisma:query …"): `npm run bench` counts them per page. */
  logQueries?: boolean;
};

// The classes the generated clients load their compilers from (the same modules, so the same classes).
cachePlansOf(SqliteQueryCompiler);
cachePlansOf(PostgresQueryCompiler);

export function createPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  const { transactionOptions, logQueries, ...postgres } = options;
  const log = logQueries ? (["query"] satisfies ["query"]) : undefined;
  if (databaseProvider(url) === "postgresql") {
    const client = new PostgresPrismaClient({ adapter: postgresAdapter(url, postgres), transactionOptions, log });
    return client as unknown as PrismaClient;
  }
  // The busy timeout makes a writer wait for another process's writer (a script, a test) instead of
  // failing at once; within a process the connection's turns do that (lib/db/sqlite.ts). WAL lets
  // other processes read while one writes; it is a property of the database file, so setting it
  // once per process is enough.
  const client = new PrismaClient({ adapter: sqliteAppAdapter(url, { busyTimeoutMs: 15_000 }), transactionOptions, log });
  client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  return client;
}
