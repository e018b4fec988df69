import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hideInvitationLinks } from "@/lib/notifications/outbox";

/**
 * Without a mail server (the demo) the outbox page is how invitations reach people, so their links
 * show there. With one, only the recipient's mailbox holds a usable link: nobody else can accept.
 */
export function outboxShowsInvitationLinks() {
  return !env().SMTP_URL;
}

export async function listOutbox(municipalityId: string, take = 100) {
  const messages = await db.outboxMessage.findMany({ where: { municipalityId }, orderBy: { createdAt: "desc" }, take });
  if (outboxShowsInvitationLinks()) return messages;
  return messages.map((message) => ({ ...message, body: hideInvitationLinks(message.body) }));
}
