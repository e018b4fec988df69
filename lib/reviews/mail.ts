import "server-only";
import { getTranslations } from "next-intl/server";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { channelInForceTx } from "@/lib/assessments/mutations";
import { queueMail } from "@/lib/notifications/mutations";
import type { Section } from "@/lib/reviews/sections";

type Mail = "submitted" | "changesRequested" | "reopened";

/**
 * Queues one e-mail per recipient, in Dutch and English (the app does not know a person's
 * language outside a session), with a link to the review page.
 */
export async function queueReviewMail(
  tx: Tx,
  params: {
    kind: Mail;
    municipality: { id: string; slug: string; name: string };
    assessment: { id: string; channelId: string; year: number };
    actorName: string;
    recipients: { email: string }[];
    section?: Section;
    message?: string;
    reason?: string;
  },
) {
  if (params.recipients.length === 0) return 0;
  const channel = (await channelInForceTx(tx, params.municipality.id, params.assessment.channelId))?.name ?? params.assessment.channelId;
  const link = `${env().BETTER_AUTH_URL}/m/${params.municipality.slug}/assessments/${params.assessment.id}/review${params.section ? `/${params.section}` : ""}`;
  const [nl, en] = await Promise.all([getTranslations({ locale: "nl", namespace: "reviews" }), getTranslations({ locale: "en", namespace: "reviews" })]);
  const values = { channel, year: params.assessment.year, name: params.actorName, municipality: params.municipality.name, link };
  const part = (t: typeof nl) => {
    const lines = [t(`mail.${params.kind}.body`, values)];
    if (params.section) lines.push(`${t("mail.section")}: ${t(`sections.${params.section}.title`)}`);
    if (params.message) lines.push(`${t("mail.message")}: ${params.message}`);
    if (params.reason) lines.push(`${t("mail.reason")}: ${params.reason}`);
    lines.push(`${t("mail.link")}: ${link}`);
    return lines.join("\n");
  };
  for (const recipient of params.recipients) {
    await queueMail(tx, {
      municipalityId: params.municipality.id,
      to: recipient.email,
      subject: `${nl(`mail.${params.kind}.subject`, values)} / ${en(`mail.${params.kind}.subject`, values)}`,
      body: `${part(nl)}\n\n${part(en)}`,
    });
  }
  return params.recipients.length;
}
