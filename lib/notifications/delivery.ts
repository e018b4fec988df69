import nodemailer, { type Transporter } from "nodemailer";

type Unclaimed = { sentAt: null; OR: ({ claimedAt: null } | { claimedAt: { lt: Date } })[] };

type OutboxClient = {
  outboxMessage: {
    findMany(args: { where: Unclaimed; orderBy: { createdAt: "asc" }; take: number }): Promise<{ id: string; to: string; subject: string; body: string }[]>;
    updateMany(args: { where: ({ id: string } & Unclaimed) | { id: string; claimedAt: Date }; data: { claimedAt: Date | null } | { sentAt: Date } }): Promise<{ count: number }>;
  };
};

/** A claim older than this is taken to belong to an instance that stopped while sending. */
export const CLAIM_LEASE_MS = 10 * 60_000;

/**
 * Sends what the outbox holds and marks each message sent. Messages are written to the outbox in
 * the same transaction as the change they announce, so nothing is lost when the mail server is
 * down: the next delivery run picks them up. Stops at the first failure to keep the order.
 *
 * Several app instances may deliver at once: each message is claimed first, with one conditional
 * update that only one of them can win (a row lock in PostgreSQL, the single writer in SQLite),
 * so each message is sent once. A claim of an instance that stopped mid-way runs out after
 * CLAIM_LEASE_MS; that message may then be sent a second time, which is better than never.
 */
export async function deliverPendingMail(client: OutboxClient, transport: Pick<Transporter, "sendMail">, from: string, limit = 50) {
  const unclaimed = (): Unclaimed => ({ sentAt: null, OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(Date.now() - CLAIM_LEASE_MS) } }] });
  const pending = await client.outboxMessage.findMany({ where: unclaimed(), orderBy: { createdAt: "asc" }, take: limit });
  let sent = 0;
  let claimedElsewhere = 0;
  for (const message of pending) {
    const claimedAt = new Date();
    const claim = await client.outboxMessage.updateMany({ where: { id: message.id, ...unclaimed() }, data: { claimedAt } });
    if (claim.count === 0) {
      claimedElsewhere++;
      continue;
    }
    try {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.body });
    } catch (error) {
      console.error(`[mail] delivery failed for outbox message ${message.id}:`, error instanceof Error ? error.message : error);
      await client.outboxMessage.updateMany({ where: { id: message.id, claimedAt }, data: { claimedAt: null } });
      break;
    }
    await client.outboxMessage.updateMany({ where: { id: message.id, claimedAt }, data: { sentAt: new Date() } });
    sent++;
  }
  return { sent, pending: pending.length - sent - claimedElsewhere };
}

let transport: Transporter | undefined;

/** The SMTP transport for SMTP_URL (smtp:// or smtps://), made once. */
export function smtpTransport(url: string): Transporter {
  transport ??= nodemailer.createTransport(url);
  return transport;
}
