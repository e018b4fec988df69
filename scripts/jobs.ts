/**
 * The scheduled jobs, for cron or a systemd timer (README, "Scheduled jobs"): gives the channel
 * decisions of a newly adopted policy their evaluation, sends the evaluation reminders that are due
 * (before and on the due date, and after a fact the decision relied on changed), and delivers the
 * outbox when SMTP_URL is set. Safe with several app instances: a lease in the database lets one
 * run at a time, and each reminder is sent once.
 *   npm run jobs
 *   npm run jobs -- --now 2027-12-11            the clock the reminders use (tests, a catch-up run)
 *   npm run jobs -- --municipality voorbeeldstad only this municipality
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { databaseProvider } from "../lib/db/provider";
import { deliverPendingMail, smtpTransport } from "../lib/notifications/delivery";
import { acquireLease, releaseLease } from "../lib/evaluations/lease";
import { REMINDER_JOB, runEvaluationReminders } from "../lib/evaluations/reminders";

const { values } = parseArgs({ options: { now: { type: "string" }, municipality: { type: "string" } } });
const clock = values.now ?? process.env.JOBS_NOW;
const now = clock ? new Date(clock) : new Date();
if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date or time: ${clock}`);

const url = process.env.DATABASE_URL ?? "file:./data/afwegingskader.db";
const db = createPrismaClient(url, { exitOnIdle: true });
const holder = `${os.hostname()}:${process.pid}:${randomUUID()}`;
// The lease runs on the wall clock, whatever --now says, so a test's clock never blocks a real run.
const lease = { name: REMINDER_JOB, holder };

try {
  if (!(await acquireLease(db, { ...lease, at: new Date(), ttlMs: 10 * 60_000 }))) {
    console.log("Another instance is running the scheduled jobs; nothing to do.");
  } else {
    try {
      const result = await runEvaluationReminders(db, databaseProvider(url), {
        now,
        baseUrl: process.env.BETTER_AUTH_URL ?? "http://localhost:3000",
        municipalitySlug: values.municipality,
      });
      console.log(`Evaluations created: ${result.created}; reminders sent: ${result.sent} (${result.municipalities} municipalities, ${now.toISOString()}).`);
      if (process.env.SMTP_URL) {
        const mail = await deliverPendingMail(db, smtpTransport(process.env.SMTP_URL), process.env.MAIL_FROM ?? "afwegingskader@localhost");
        console.log(`Mail sent: ${mail.sent}; still queued: ${mail.pending}.`);
      }
    } finally {
      await releaseLease(db, lease);
    }
  }
} finally {
  await db.$disconnect();
}
