import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { ChannelDecisionsTable } from "@/components/peers/channel-decisions-table";
import { getChannel } from "@/lib/catalogue/load";
import { decisionSources, decisionsForChannel } from "@/lib/peers/queries";

type Props = { params: Promise<{ channelId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const channel = getChannel((await params).channelId);
  return { title: channel ? (await getTranslations("channels"))("page.title", { channel: channel.name }) : undefined };
}

/** Public: what municipalities decided about one channel, from published policy documents only. */
export default async function ChannelDecisionsPage({ params }: Props) {
  const channel = getChannel((await params).channelId);
  if (!channel) notFound();
  const [t, tDecision, sources] = await Promise.all([getTranslations("channels"), getTranslations("assessments.decisions"), decisionSources()]);
  const { own, peers } = decisionsForChannel(sources, channel.id);
  const counts = (["use", "use_with_conditions", "phase_out", "do_not_use"] as const)
    .map((decision) => ({ decision, count: own.filter((entry) => entry.decision.decision === decision).length }))
    .filter(({ count }) => count > 0)
    .map(({ decision, count }) => t("page.count", { count, decision: tDecision(decision).toLowerCase() }));
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: "/channels", label: t("index.title") }, { label: channel.name }]} />
      <Heading1>{t("page.title", { channel: channel.name })}</Heading1>
      <Paragraph>{t("page.intro")}</Paragraph>
      <section aria-labelledby="own-heading" className="afk-stack">
        <Heading2 id="own-heading">{t("page.ownTitle")}</Heading2>
        {own.length === 0 ? (
          <Paragraph>{t("page.ownNone")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("page.ownSummary", { count: own.length, counts: counts.join(", ") })}</Paragraph>
            <ChannelDecisionsTable caption={t("page.ownCaption", { channel: channel.name })} entries={own} peers={false} />
          </>
        )}
      </section>
      <section aria-labelledby="peers-heading" className="afk-stack">
        <Heading2 id="peers-heading">{t("page.peersTitle")}</Heading2>
        <Paragraph>{t("page.peersIntro")}</Paragraph>
        {peers.length === 0 ? (
          <Paragraph>{t("page.peersNone")}</Paragraph>
        ) : (
          <ChannelDecisionsTable caption={t("page.peersCaption", { channel: channel.name })} entries={peers} peers />
        )}
      </section>
    </div>
  );
}
