import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

type Sqlite = {
  backup(destination: string, options?: { progress(info: { totalPages: number; remainingPages: number }): number }): Promise<{ totalPages: number; remainingPages: number }>;
  pragma(source: string, options?: { simple: boolean }): unknown;
  close(): void;
};
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => Sqlite;

/** The file behind a SQLite URL such as `file:./data/afwegingskader.db`, relative to the working folder. */
export function sqliteFileOf(databaseUrl: string): string {
  const match = /^file:(.+)$/.exec(databaseUrl);
  if (!match) throw new Error(`Not a SQLite file URL: ${databaseUrl}`);
  return path.resolve(match[1].replace(/\?.*$/, ""));
}

/** Checks a database file as SQLite itself does; a backup that fails this is not a backup. */
export function checkIntegrity(file: string): void {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = database.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} is damaged: ${String(result)}`);
  } finally {
    database.close();
  }
}

/**
 * A consistent copy of a live database through SQLite's online backup API: the app may keep
 * reading and writing meanwhile (WAL), and the copy is one moment of the database, never a file
 * copied halfway through a write.
 */
export async function backupSqlite(sourceFile: string, destinationFile: string): Promise<{ pages: number }> {
  if (fs.existsSync(destinationFile)) throw new Error(`${destinationFile} exists already; a backup never overwrites one`);
  fs.mkdirSync(path.dirname(destinationFile), { recursive: true });
  const source = new Database(sourceFile, { fileMustExist: true });
  try {
    // After a first step of 100 pages, the rest in one step: a write by the app between steps makes
    // SQLite start over, so small steps could chase a busy database for ever.
    const progress = await source.backup(destinationFile, { progress: () => Number.MAX_SAFE_INTEGER });
    checkIntegrity(destinationFile);
    return { pages: progress.totalPages };
  } finally {
    source.close();
  }
}

/**
 * Puts a backup in place of the database. Only with the app stopped: a running app keeps the old
 * file open. The backup is checked first, and the database it replaces is kept beside it.
 */
export function restoreSqlite(backupFile: string, databaseFile: string): { previous: string | null } {
  checkIntegrity(backupFile);
  let previous: string | null = null;
  if (fs.existsSync(databaseFile)) {
    previous = `${databaseFile}.before-restore-${Date.now()}`;
    fs.renameSync(databaseFile, previous);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.copyFileSync(backupFile, databaseFile);
  return { previous };
}
