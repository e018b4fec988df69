import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverPendingMail, smtpTransport } from "@/lib/notifications/delivery";

/**
 * After an action has committed mail to the outbox: send it when SMTP is configured. Runs after
 * the response path, so a slow mail server never delays the person who clicked.
 */
export function deliverOutboxInBackground() {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return;
  void deliverPendingMail(db, smtpTransport(SMTP_URL), MAIL_FROM).catch((error) => console.error("[mail]", error));
}
