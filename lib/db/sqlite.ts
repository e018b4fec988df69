/**
 * The SQLite driver adapter, as the app and Prisma's CLI need it.
 *
 * - The app (`sqliteAppAdapter`): one connection per process, used in turns. Prisma's adapter runs
 *   statements outside a transaction straight on the connection, so while one request's
 *   interactive transaction was open (BEGIN sent, the request awaiting something between its
 *   statements) another request's statements ran inside it: a read saw rows that might yet be
 *   rolled back, and a write was rolled back with it. Here a transaction holds the connection
 *   from BEGIN to COMMIT or ROLLBACK, and every other statement waits its turn. better-sqlite3 runs
 *   each statement synchronously, so a turn outside a transaction is one statement long.
 *   A transaction begins IMMEDIATE: it takes the file's write lock first. Prisma's adapter began
 *   DEFERRED, and SQLite answers a transaction that has read and then wants to write while another
 *   connection writes with SQLITE_BUSY at once, without waiting; a save during a test's set-up or a
 *   script's run then failed after five quick retries. While another process (a script, a test's
 *   set-up) holds the write lock, a statement or BEGIN is tried again after a short pause, up to
 *   the busy timeout, without holding the turn meanwhile: better-sqlite3's own busy wait would
 *   block the process's event loop, every request with it.
 * - Its statements are prepared once per distinct SQL text and kept (`reusedStatements`): preparing
 *   (SQLite parsing and planning the long SELECTs Prisma writes) was a twentieth of a signed-in
 *   request's CPU time (issue 19's profile), and Prisma's adapter prepares every statement afresh.
 * - The CLI (`sqliteMigrationAdapter`, prisma.config.ts): its shadow database (for
 *   `prisma migrate diff --from-migrations`) replays each migration file as one prepared statement,
 *   which SQLite limits to one statement (error P3006). A migration that holds several is run as a
 *   script instead.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Query = { sql: string; args: unknown[] };
type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Connection["startTransaction"]>>;

export function sqliteAppAdapter(url: string, options: { busyTimeoutMs: number }): Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect"> {
  // No busy wait in the driver: better-sqlite3 would wait synchronously and stop the whole process.
  const factory = new PrismaBetterSQLite3({ url, timeout: 0 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connection = await factory.connect();
      reusedStatements((connection as unknown as { client: Database }).client);
      return inTurns(connection, options.busyTimeoutMs);
    },
  };
}

// What the adapter uses of better-sqlite3 (which ships no types).
type Statement = { reader: boolean; columns(): unknown[]; raw(toggle: boolean): Statement; all(values: unknown[]): unknown[]; run(values?: unknown[]): unknown };
type Database = { prepare(...args: unknown[]): unknown };

/** A kept statement, with its columns once read. */
type Kept = { statement: Statement; columns?: unknown[] };

/** Statements kept per connection; the one used longest ago goes first. */
const MAX_STATEMENTS = 500;

/**
 * Makes the connection's `prepare` keep its statements by SQL text. Prisma's adapter prepares,
 * binds once (`prepare(sql).bind(args)`) and then reads `reader`, `columns()`, `raw().all()` or
 * `run()`; a better-sqlite3 statement can be bound only once, so what `bind` returns passes the
 * arguments to each call instead, and the kept statement stays reusable. Every statement runs to
 * its end synchronously, so no two uses of one statement overlap. What `prepare` returns offers
 * only what the adapter uses (`bind`, and `run` without arguments); a call with other arguments
 * than one SQL text gets a statement of its own. better-sqlite3's `pragma` and `transaction` do
 * not come through here (they prepare natively).
 */
export function reusedStatements(database: Database) {
  const prepare = database.prepare.bind(database) as (...args: unknown[]) => Statement;
  const kept = new Map<string, Kept>();
  const reused = (sql: string) => {
    let entry = kept.get(sql);
    if (entry) kept.delete(sql);
    else {
      entry = { statement: prepare(sql) };
      if (kept.size >= MAX_STATEMENTS) kept.delete(kept.keys().next().value as string);
    }
    kept.set(sql, entry);
    return entry;
  };
  database.prepare = (...args: unknown[]) => {
    if (args.length !== 1 || typeof args[0] !== "string") return prepare(...args);
    const entry = reused(args[0]);
    const { statement } = entry;
    const boundTo = (values: unknown[]) => ({
      reader: statement.reader,
      // The adapter reads them for every query; they are the statement's own (names and declared
      // types), and better-sqlite3 builds them afresh on each call.
      columns: () => (entry.columns ??= statement.columns()),
      raw: () => ({ all: () => statement.raw(true).all(values) }),
      run: () => statement.run(values),
    });
    return { bind: boundTo, run: () => statement.run([]) };
  };
}

/** Waiting in line: `take` resolves, in the order asked, with the function that ends the turn. */
function turnQueue() {
  let previousTurnEnded: Promise<void> = Promise.resolve();
  return function take(): Promise<() => void> {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const turn = previousTurnEnded.then(() => end);
    previousTurnEnded = ended;
    return turn;
  };
}

/** Another process holds the file's write lock. */
function isBusy(error: unknown): boolean {
  return (error as { cause?: { originalCode?: unknown } } | null)?.cause?.originalCode === "SQLITE_BUSY";
}

function inTurns(connection: Connection, busyTimeoutMs: number): Connection {
  const take = turnQueue();
  /**
   * Runs `work` in a turn. While another process holds the write lock, the turn is given back and
   * taken again a little later, up to the busy timeout: the process goes on serving everything
   * else meanwhile, and the other process's writer is never blocked by this one.
   */
  async function inTurnWhenFree<T>(work: (end: () => void) => Promise<T>): Promise<T> {
    const giveUpAt = Date.now() + busyTimeoutMs;
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      const end = await take();
      try {
        return await work(end);
      } catch (error) {
        end();
        if (!isBusy(error) || Date.now() >= giveUpAt) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  async function oneStatement<T>(run: () => Promise<T>): Promise<T> {
    return inTurnWhenFree(async (end) => {
      const result = await run();
      end();
      return result;
    });
  }
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => oneStatement(() => connection.queryRaw(query)),
    executeRaw: (query) => oneStatement(() => connection.executeRaw(query)),
    executeScript: (script) => oneStatement(() => connection.executeScript(script)),
    getConnectionInfo: connection.getConnectionInfo?.bind(connection),
    dispose: () => connection.dispose(),
    async startTransaction(isolationLevel) {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") throw new Error(`SQLite runs every transaction serializable, not ${isolationLevel}`);
      return inTurnWhenFree(async (end) => {
        await connection.executeRaw(statement("BEGIN IMMEDIATE"));
        return transactionHoldingTurn(connection, end);
      });
    },
  };
}

function statement(sql: string) {
  return { sql, args: [], argTypes: [] };
}

/**
 * A transaction on the connection, holding its turn until Prisma commits or rolls it back. Prisma
 * sends COMMIT and ROLLBACK itself (`usePhantomQuery: false`) and calls commit() or rollback() only
 * when that statement succeeded; one that fails is rolled back here, so the turn is never left
 * taken. Once the turn has ended, the transaction takes no more statements: they would run
 * outside it, among other requests' statements.
 */
function transactionHoldingTurn(connection: Connection, endTurn: () => void): Transaction {
  let ended = false;
  const end = async () => {
    ended = true;
    endTurn();
  };
  const open = () => {
    if (ended) throw new Error("This transaction has ended; its statements would run outside it.");
  };
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: async (query) => {
      open();
      return connection.queryRaw(query);
    },
    async executeRaw(query) {
      open();
      try {
        return await connection.executeRaw(query);
      } catch (error) {
        if (query.sql === "COMMIT" || query.sql === "ROLLBACK") {
          await connection.executeRaw(statement("ROLLBACK")).catch(() => undefined);
          await end();
        }
        throw error;
      }
    },
    commit: end,
    rollback: end,
  };
}

export function sqliteMigrationAdapter(url: string) {
  const adapter = new PrismaBetterSQLite3({ url });
  const connectToShadowDb = adapter.connectToShadowDb.bind(adapter);
  return Object.assign(adapter, {
    async connectToShadowDb() {
      const shadow = await connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query: Query) => {
        try {
          return await executeRaw(query as Parameters<typeof executeRaw>[0]);
        } catch (error) {
          if (query.args.length > 0 || !/more than one statement/i.test(JSON.stringify(error) + String(error))) throw error;
          await shadow.executeScript(query.sql);
          return 0;
        }
      };
      return shadow;
    },
  });
}
