import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo } from "../lib/demo/seed";

const url = process.env.DATABASE_URL ?? "file:./data/afwegingskader.db";
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });

try {
  await seedDemo(db);
  console.log(`Demo data ready in ${url}`);
} finally {
  await db.$disconnect();
}
