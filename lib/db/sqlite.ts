/**
 * The SQLite driver adapter for Prisma's CLI (prisma.config.ts). Its shadow database (for
 * `prisma migrate diff --from-migrations`) replays each migration file as one prepared statement,
 * which SQLite limits to one statement (error P3006). A migration that holds several is run as a
 * script instead.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Query = { sql: string; args: unknown[] };

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
