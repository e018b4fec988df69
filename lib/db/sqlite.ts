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
 *   A transaction begins IMMEDIATE: it takes the file's write lock first, waiting (the busy
 *   timeout) while another process writes. Prisma's adapter began DEFERRED, and SQLite answers a
 *   transaction that has read and then wants to write while another connection writes with
 *   SQLITE_BUSY at once, without waiting; a save during a test's set-up or a script's run then
 *   failed after five quick retries.
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
  const factory = new PrismaBetterSQLite3({ url, timeout: options.busyTimeoutMs });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => inTurns(await factory.connect()),
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

function inTurns(connection: Connection): Connection {
  const take = turnQueue();
  async function oneTurn<T>(work: () => Promise<T>): Promise<T> {
    const end = await take();
    try {
      return await work();
    } finally {
      end();
    }
  }
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => oneTurn(() => connection.queryRaw(query)),
    executeRaw: (query) => oneTurn(() => connection.executeRaw(query)),
    executeScript: (script) => oneTurn(() => connection.executeScript(script)),
    getConnectionInfo: connection.getConnectionInfo?.bind(connection),
    dispose: () => connection.dispose(),
    async startTransaction(isolationLevel) {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") throw new Error(`SQLite runs every transaction serializable, not ${isolationLevel}`);
      const end = await take();
      try {
        await connection.executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        end();
        throw error;
      }
      return transactionHoldingTurn(connection, end);
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
