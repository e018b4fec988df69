import nodemailer, { type Transporter } from "nodemailer";

type OutboxClient = {
  outboxMessage: {
    findMany(args: { where: { sentAt: null }; orderBy: { createdAt: "asc" }; take: number }): Promise<{ id: string; to: string; subject: string; body: string }[]>;
    update(args: { where: { id: string }; data: { sentAt: Date } }): Promise<unknown>;
  };
};

/**
 * Sends what the outbox holds and marks each message sent. Messages are written to the outbox in
 * the same transaction as the change they announce, so nothing is lost when the mail server is
 * down: the next delivery run picks them up. Stops at the first failure to keep the order.
 */
export async function deliverPendingMail(client: OutboxClient, transport: Pick<Transporter, "sendMail">, from: string, limit = 50) {
  const pending = await client.outboxMessage.findMany({ where: { sentAt: null }, orderBy: { createdAt: "asc" }, take: limit });
  let sent = 0;
  for (const message of pending) {
    try {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.body });
    } catch (error) {
      console.error(`[mail] delivery failed for outbox message ${message.id}:`, error instanceof Error ? error.message : error);
      break;
    }
    await client.outboxMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } });
    sent++;
  }
  return { sent, pending: pending.length - sent };
}

let transport: Transporter | undefined;

/** The SMTP transport for SMTP_URL (smtp:// or smtps://), made once. */
export function smtpTransport(url: string): Transporter {
  transport ??= nodemailer.createTransport(url);
  return transport;
}
