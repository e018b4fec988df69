/**
 * The PostgreSQL driver adapter, for the app and for Prisma's CLI (prisma.config.ts). Two things
 * @prisma/adapter-pg 6.19.3 gets wrong are put right here:
 * - it refuses result columns of the types `name` (OID 19) and `"char"` (OID 18), which the
 *   schema engine's catalogue queries return: they are text, so they are reported as text;
 * - it runs a migration script by splitting it at every ";", which breaks PL/pgSQL function
 *   bodies (the audit and policy guards): a script is sent whole instead, as one simple query,
 *   which PostgreSQL runs as one implicit transaction;
 * - its shadow database (for `prisma migrate diff --from-migrations`) is created, but a pool
 *   made from a connection string ignores the database name it is given, so the "shadow" would
 *   be the main database. The shadow gets its own URL here, and is dropped afterwards.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT_OID = 25;
const textLikeOids = new Set([18, 19]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportAsText(result: unknown) {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as QueryResultLike | undefined)?.fields ?? []) {
      if (textLikeOids.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class TextNameClient extends pg.Client {
  // pg's overloads cannot be restated one by one. The pool calls with a callback, a checked-out
  // client (transactions) without one; both results pass through reportAsText.
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : reportAsText(result));
    }
    const result = (super.query as (...inner: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.then(reportAsText) as never;
    return result as never;
  }
}

export type PostgresOptions = {
  /** For CLI commands and scripts: let the process end when the pool is idle. */
  exitOnIdle?: boolean;
  max?: number;
};

export function postgresAdapter(url: string, options: PostgresOptions = {}) {
  const pool = new pg.Pool({
    connectionString: url,
    Client: TextNameClient,
    allowExitOnIdle: options.exitOnIdle ?? false,
    max: options.max ?? 10,
  });
  // An idle connection the server ended (restart, failover) is dropped from the pool and
  // replaced on the next query; unhandled, the error would end the process.
  pool.on("error", (error) => console.error("[database] idle connection lost:", error.message));
  return new PrismaPg(pool, { disposeExternalPool: true });
}

type Connection = Awaited<ReturnType<PrismaPg["connect"]>>;

function runScriptsWhole(connection: Connection) {
  connection.executeScript = async (script: string) => {
    try {
      await connection.underlyingDriver().query(script);
    } catch (error) {
      (connection as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return connection;
}

/** The adapter for Prisma's CLI: exits when idle, whole migration scripts, a shadow database of its own. */
export function postgresMigrationAdapter(url: string) {
  const adapter = postgresAdapter(url, { exitOnIdle: true });
  const connect = adapter.connect.bind(adapter);
  return Object.assign(adapter, {
    async connect() {
      return runScriptsWhole(await connect());
    },
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = runScriptsWhole(await postgresAdapter(shadowUrl.toString(), { exitOnIdle: true, max: 2 }).connect());
      shadow.dispose = async () => {
        await shadow.underlyingDriver().end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      };
      return shadow;
    },
  });
}
