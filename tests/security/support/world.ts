/**
 * What the security suite checks after each call: which rows changed (per table, by content),
 * which audit entries were written, and whether a refusal can be shown translated.
 */
import { loadMessages } from "@/lib/i18n/messages";
import { errorCodes } from "@/lib/validation/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Tables left out of the "nothing written" check: the audit trail is checked on its own, and
 * better-auth's rate-limit counters are bookkeeping of requests, not data.
 */
const notTracked = new Set(["_prisma_migrations", "AuditEntry", "rateLimit"]);
const changeLog = "_security_suite_changes";

/**
 * Logs every insert, update and delete of every other table into a table of its own, by
 * triggers on the test database (never the app's). A rolled-back transaction rolls back its log
 * rows too, so the log holds exactly what was written; reading it is far cheaper than comparing
 * table contents after each of hundreds of calls.
 */
export async function trackWrites(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE "${changeLog}" (id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, op TEXT NOT NULL)`);
  const rows = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  for (const { name } of rows) {
    if (notTracked.has(name) || name === changeLog) continue;
    for (const op of ["INSERT", "UPDATE", "DELETE"]) {
      await db.$executeRawUnsafe(`CREATE TRIGGER "${changeLog}_${name}_${op}" AFTER ${op} ON "${name}" BEGIN INSERT INTO "${changeLog}" (tbl, op) VALUES ('${name}', '${op}'); END`);
    }
  }
}

export type Mark = { write: number; audit: number };

/** Where the change log and the audit trail stand now. */
export async function mark(db: PrismaClient): Promise<Mark> {
  const [row] = await db.$queryRawUnsafe<{ write: number | bigint | null; audit: number | bigint | null }[]>(
    `SELECT (SELECT max(id) FROM "${changeLog}") AS write, (SELECT max(rowid) FROM "AuditEntry") AS audit`,
  );
  return { write: Number(row?.write ?? 0), audit: Number(row?.audit ?? 0) };
}

/** The tables written since the mark, as "table (operation)". */
export async function writesSince(db: PrismaClient, since: Mark): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ tbl: string; op: string }[]>(`SELECT DISTINCT tbl, op FROM "${changeLog}" WHERE id > ? ORDER BY tbl, op`, since.write);
  return rows.map((row) => `${row.tbl} (${row.op.toLowerCase()})`);
}

export type AuditRow = { result: string; reason: string | null; action: string; actorId: string | null; municipalityId: string | null };

export async function auditSince(db: PrismaClient, since: Mark): Promise<AuditRow[]> {
  return db.$queryRawUnsafe<AuditRow[]>('SELECT result, reason, action, actorId, municipalityId FROM "AuditEntry" WHERE rowid > ? ORDER BY rowid', since.audit);
}

function lookup(messages: Record<string, unknown>, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), messages);
}

/** True when both languages have a text at this message path. */
export function isTranslated(dotted: string): boolean {
  return (["nl", "en"] as const).every((locale) => typeof lookup(loadMessages(locale), dotted) === "string");
}

/**
 * Why a refusal could not be shown translated, or null when it can: its code is one of the
 * form-level messages (common.actionFailed) or of `ownCodes`, and every field error is a code of
 * lib/validation/errors.ts with a text in errors.json.
 */
export function untranslatedRefusal(result: { code: string; fieldErrors?: Record<string, string> }, ownCodes: Record<string, string> = {}): string | null {
  const messagePath = ownCodes[result.code] ?? `common.actionFailed.${result.code}`;
  if (!isTranslated(messagePath)) return `code ${result.code} has no message ${messagePath}`;
  for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
    if (!(errorCodes as readonly string[]).includes(code) || !isTranslated(`errors.${code}`)) return `field ${field}: ${code} is not a translated error code`;
  }
  return null;
}

/** A printable form of any input, for failure messages (BigInt, symbols and functions included). */
export function describeInput(input: unknown): string {
  const text = JSON.stringify(input, (_key, value) =>
    typeof value === "bigint" || typeof value === "symbol" || typeof value === "function" ? String(value) : value,
  );
  return (text ?? String(input)).slice(0, 300);
}
