import { createPrismaClient } from "../lib/db/client";
import { seedDemo } from "../lib/demo/seed";

const url = process.env.DATABASE_URL ?? "file:./data/afwegingskader.db";
// Seeding writes a year of assessments in a few large transactions: room beyond Prisma's default 5 s.
const db = createPrismaClient(url, { exitOnIdle: true, transactionOptions: { maxWait: 20_000, timeout: 120_000 } });

try {
  await seedDemo(db);
  console.log(`Demo data ready in ${url.replace(/\/\/[^@/]*@/, "//…@")}`);
} finally {
  await db.$disconnect();
}
