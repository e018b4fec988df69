import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { AuditInput } from "@/lib/audit/schema";
import { auditIp, auditUserAgent } from "@/lib/audit/origin";

/**
 * Appends one entry. Pass the transaction of the change it records, so the entry and the change
 * are committed together; refused attempts are written on their own.
 */
export async function recordAudit(client: Db | Tx, entry: AuditInput) {
  await client.auditEntry.create({
    data: {
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      municipalityId: entry.municipalityId ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      result: entry.result,
      reason: entry.reason ?? null,
      // Whoever builds the entry, these cells hold only an IP address and a cleaned user agent.
      ip: auditIp(entry.ip),
      userAgent: auditUserAgent(entry.userAgent),
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    },
  });
}
