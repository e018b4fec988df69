import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider } from "./lib/db/provider";
import { postgresMigrationAdapter } from "./lib/db/postgres";
import { sqliteMigrationAdapter } from "./lib/db/sqlite";

// prisma.config.ts disables .env loading; without a URL the CLI falls back to downloading an engine.
process.env.DATABASE_URL ??= "file:./data/afwegingskader.db";
const url = process.env.DATABASE_URL;

// DATABASE_URL chooses the database: its schema folder (the shared models plus its own generator
// and datasource), its migrations and its driver adapter. `npm run db:generate` runs once per database.
const provider = databaseProvider(url);
const folder = path.join("prisma", provider);

export default defineConfig({
  schema: folder,
  migrations: { path: path.join(folder, "migrations"), seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (provider === "postgresql" ? postgresMigrationAdapter(url) : sqliteMigrationAdapter(url)),
});
