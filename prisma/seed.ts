import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo } from "../lib/demo/seed";

const url = process.env.DATABASE_URL ?? "file:./data/afwegingskader.db";
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 15_000 }) });

try {
  // Readers and a writer side by side (see lib/db.ts); a property of the file, so set it here too.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await seedDemo(db);
  console.log(`Demo data ready in ${url}`);
} finally {
  await db.$disconnect();
}
