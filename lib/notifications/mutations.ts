import "server-only";
import type { Db, Tx } from "@/lib/db";

/**
 * Queues an e-mail. Without SMTP configured (the demo) the message stays in the outbox,
 * where administrators can read it; a mail worker can deliver queued messages later.
 */
export async function queueMail(client: Db | Tx, message: { municipalityId?: string; to: string; subject: string; body: string }) {
  return client.outboxMessage.create({ data: { ...message, municipalityId: message.municipalityId ?? null } });
}
