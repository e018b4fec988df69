/**
 * A consistent backup of the embedded SQLite database while the app runs, or a restore of one
 * (with the app stopped). PostgreSQL has its own tools; see "Backups" in README.md.
 *   npm run backup                      → data/backups/afwegingskader-<time>.db
 *   npm run backup -- path/to/file.db
 *   npm run backup -- --restore path/to/file.db
 */
import path from "node:path";
import { backupSqlite, restoreSqlite, sqliteFileOf } from "../lib/backup/sqlite";

const databaseFile = sqliteFileOf(process.env.DATABASE_URL ?? "file:./data/afwegingskader.db");
const args = process.argv.slice(2);

if (args[0] === "--restore") {
  if (!args[1]) throw new Error("Name the backup to restore: npm run backup -- --restore path/to/file.db");
  const { previous } = restoreSqlite(path.resolve(args[1]), databaseFile);
  console.log(`Restored ${args[1]} to ${databaseFile}${previous ? `; the database it replaced is kept as ${previous}` : ""}.`);
} else {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const destination = path.resolve(args[0] ?? path.join("data", "backups", `${path.basename(databaseFile, ".db")}-${stamp}.db`));
  const { pages } = await backupSqlite(databaseFile, destination);
  console.log(`Backup of ${databaseFile} written to ${destination} (${pages} pages, integrity checked).`);
}
