/**
 * Which database a URL names. SQLite (`file:`) is the embedded default; PostgreSQL
 * (`postgresql://` or `postgres://`) is the production shape. Everything that depends on the
 * database (the generated client, migrations, better-auth's adapter, busy retries) asks here.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url: string): DatabaseProvider {
  if (/^file:/.test(url)) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got: ${url.split(":")[0]}:…`);
}
