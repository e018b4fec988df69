import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { requireMunicipality } from "@/lib/auth/session";
import { listOutbox, outboxShowsInvitationLinks } from "@/lib/notifications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.outbox"))("title") };
}

export default async function OutboxPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "outbox.read");
  const [t, format, messages] = await Promise.all([getTranslations("admin.outbox"), getFormatter(), listOutbox(municipality.id)]);
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: t("title") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {outboxShowsInvitationLinks() ? (
        <Alert type="warning">
          <Paragraph>{t("demoLinks")}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>{t("linksHidden")}</Paragraph>
      )}
      {messages.length === 0 ? <Paragraph>{t("empty")}</Paragraph> : null}
      {messages.map((message) => (
        <article key={message.id} className="afk-card">
          <Heading2>{message.subject}</Heading2>
          <Paragraph className="afk-muted">
            {t("to")}: {message.to} · {t("date")}: {format.dateTime(message.createdAt, { dateStyle: "long", timeStyle: "short" })} ·{" "}
            {message.sentAt ? t("sent", { date: format.dateTime(message.sentAt, { dateStyle: "long", timeStyle: "short" }) }) : t("notSent")}
          </Paragraph>
          <pre style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>{message.body}</pre>
        </article>
      ))}
    </div>
  );
}
