import { createTranslator } from "use-intl/core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { runTransaction } from "@/lib/db/transaction";
import type { DatabaseProvider } from "@/lib/db/provider";
import { recordAudit } from "@/lib/audit/mutations";
import { queueMail } from "@/lib/notifications/mutations";
import { diffFacts, type FactsInForce } from "@/lib/catalogue/facts";
import { todayInNL } from "@/lib/catalogue/schema";
import { loadMessages } from "@/lib/i18n/messages";
import { channelInForceTx } from "@/lib/assessments/mutations";
import { dateReminderDue, reminderKey } from "@/lib/evaluations/due-date";
import { ensureEvaluations } from "@/lib/evaluations/mutations";
import type { ReminderKind } from "@/lib/evaluations/schema";

/** The lease that lets one instance at a time run the reminders (lib/evaluations/lease.ts). */
export const REMINDER_JOB = "evaluation-reminders";

const limits = { maxWait: 10_000, timeout: 30_000 };

type Reminder = { evaluationId: string; kind: ReminderKind; key: string; dueDate: string; facts: string[] };

function isUniqueViolation(error: unknown) {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/** A short fingerprint of the changed facts, so the same change reminds once and a further change again. */
function factsDetail(changes: { factKey: string; newValue: string }[]) {
  return changes.map((change) => `${change.factKey}=${change.newValue}`).join("|");
}

/**
 * The reminders due at `now` for one municipality: evaluations coming up or due (not yet approved),
 * and evaluations whose channel's facts in force differ from those the decision relied on.
 * Those already sent are left out by their key.
 */
async function dueReminders(tx: Tx, municipalityId: string, today: string): Promise<Reminder[]> {
  const evaluations = await tx.evaluation.findMany({
    where: { municipalityId, status: { not: "approved" } },
    select: { id: true, channelId: true, dueDate: true, status: true, assessment: { select: { factsUsed: true } }, reminders: { select: { key: true } } },
  });
  const reminders: Reminder[] = [];
  for (const evaluation of evaluations) {
    const sent = new Set(evaluation.reminders.map((reminder) => reminder.key));
    const add = (kind: ReminderKind, detail: string, facts: string[] = []) => {
      const key = reminderKey(evaluation.id, kind, detail);
      if (!sent.has(key)) reminders.push({ evaluationId: evaluation.id, kind, key, dueDate: evaluation.dueDate, facts });
    };
    const dateKind = dateReminderDue({ dueDate: evaluation.dueDate, status: evaluation.status, today });
    if (dateKind) add(dateKind, evaluation.dueDate);
    const used = JSON.parse(evaluation.assessment.factsUsed) as Partial<FactsInForce>;
    if (Object.keys(used).length === 0) continue;
    const channel = await channelInForceTx(tx, municipalityId, evaluation.channelId);
    if (!channel) continue;
    const changes = diffFacts(used as FactsInForce, channel.facts);
    if (changes.length > 0) add("facts_changed", factsDetail(changes), changes.map((change) => change.factKey));
  }
  return reminders;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function translators(): [Translate, Translate] {
  const make = (locale: "nl" | "en") => {
    const t = createTranslator({ locale, messages: loadMessages(locale), timeZone: "Europe/Amsterdam" });
    return (key: string, values?: Record<string, string | number>) => (t as unknown as Translate)(key, values);
  };
  return [make("nl"), make("en")];
}

/**
 * Records one reminder and queues its e-mail to the municipality's advisors, in one transaction.
 * The reminder's unique key makes it once-only: a second run, or another instance that got here
 * first, finds the key taken and sends nothing.
 */
async function sendReminder(
  client: PrismaClient,
  provider: DatabaseProvider,
  params: { municipality: { id: string; slug: string; name: string }; reminder: Reminder; now: Date; baseUrl: string },
): Promise<boolean> {
  const { municipality, reminder } = params;
  const [nl, en] = translators();
  try {
    return await runTransaction(
      client,
      provider,
      async (tx) => {
        if (await tx.evaluationReminder.findUnique({ where: { key: reminder.key }, select: { id: true } })) return false;
        await tx.evaluationReminder.create({
          data: { key: reminder.key, evaluationId: reminder.evaluationId, municipalityId: municipality.id, kind: reminder.kind, dueDate: reminder.dueDate, sentAt: params.now },
        });
        const evaluation = await tx.evaluation.findUniqueOrThrow({ where: { id: reminder.evaluationId }, select: { channelId: true, year: true } });
        const channel = (await channelInForceTx(tx, municipality.id, evaluation.channelId))?.name ?? evaluation.channelId;
        const advisors = await tx.membership.findMany({ where: { municipalityId: municipality.id, role: "advisor" }, select: { user: { select: { email: true } } } });
        const link = `${params.baseUrl}/m/${municipality.slug}/evaluations/${reminder.evaluationId}`;
        const values = { channel, year: evaluation.year, date: reminder.dueDate, municipality: municipality.name, link, facts: reminder.facts.length };
        for (const { user } of advisors) {
          await queueMail(tx, {
            municipalityId: municipality.id,
            to: user.email,
            subject: `${nl(`evaluations.mail.${reminder.kind}.subject`, values)} / ${en(`evaluations.mail.${reminder.kind}.subject`, values)}`,
            body: `${nl(`evaluations.mail.${reminder.kind}.body`, values)}\n\n${en(`evaluations.mail.${reminder.kind}.body`, values)}`,
          });
        }
        await recordAudit(tx, {
          municipalityId: municipality.id,
          action: "evaluation.reminder",
          objectType: "evaluation",
          objectId: reminder.evaluationId,
          result: "success",
          details: { kind: reminder.kind, key: reminder.key, dueDate: reminder.dueDate, facts: reminder.facts, recipients: advisors.length },
        });
        return true;
      },
      { ...limits, isRetryable: (error) => !isUniqueViolation(error) },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * The scheduled job's work: give new channel decisions their evaluation, then send the reminders
 * due at `now` (a clock the caller sets, so tests can move it). Safe to run as often as one likes
 * and from several instances: each reminder is sent once (sendReminder). Run it under the lease
 * (scripts/jobs.ts) so only one instance does the work.
 */
export async function runEvaluationReminders(
  client: PrismaClient,
  provider: DatabaseProvider,
  params: { now: Date; baseUrl: string; municipalitySlug?: string },
) {
  const today = todayInNL(params.now);
  const municipalities = await client.municipality.findMany({
    where: params.municipalitySlug ? { slug: params.municipalitySlug } : {},
    select: { id: true, slug: true, name: true },
    orderBy: { slug: "asc" },
  });
  let created = 0;
  let sent = 0;
  for (const municipality of municipalities) {
    created += await runTransaction(
      client,
      provider,
      async (tx) => {
        const evaluations = await ensureEvaluations(tx, { municipalityId: municipality.id });
        for (const evaluation of evaluations) {
          await recordAudit(tx, {
            municipalityId: municipality.id,
            action: "evaluation.create",
            objectType: "evaluation",
            objectId: evaluation.id,
            result: "success",
            details: { channelId: evaluation.channelId, year: evaluation.year, dueDate: evaluation.dueDate, dueReason: evaluation.dueReason },
          });
        }
        return evaluations.length;
      },
      limits,
    );
    const reminders = await runTransaction(client, provider, (tx) => dueReminders(tx, municipality.id, today), limits);
    for (const reminder of reminders) if (await sendReminder(client, provider, { municipality, reminder, now: params.now, baseUrl: params.baseUrl })) sent++;
  }
  return { municipalities: municipalities.length, created, sent };
}
