import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import type { ChannelDecisionEntry } from "@/lib/peers/sources";

/**
 * On an assessment's summary step: which other municipalities decided on the same channel, each
 * linked to its published document, peers marked with where they came from; and the channel's
 * public comparison page for the reasons.
 */
export async function DecisionsSummary({ channelId, channelName, own, peers }: { channelId: string; channelName: string; own: readonly ChannelDecisionEntry[]; peers: readonly ChannelDecisionEntry[] }) {
  const [t, tDecision] = await Promise.all([getTranslations("channels.summary"), getTranslations("assessments.decisions")]);
  const all = [...own, ...peers];
  return (
    <section aria-labelledby="others-decided" className="afk-stack">
      <Heading2 id="others-decided">{t("title")}</Heading2>
      {all.length === 0 ? (
        <Paragraph>{t("none", { channel: channelName })}</Paragraph>
      ) : (
        <Paragraph>
          {t("count", { count: all.length, channel: channelName })}{" "}
          {all.map((entry, index) => {
            const what = t("entry", { decision: tDecision(entry.decision.decision).toLowerCase(), year: entry.decision.year });
            return (
              <Fragment key={entry.key}>
                {index > 0 ? "; " : null}
                {entry.peer ? (
                  <>
                    {entry.name} ({what}, {t("peer", { source: entry.peer.installation?.label ?? entry.peer.source })})
                  </>
                ) : (
                  <>
                    <Link href={`/p/${entry.slug}/${entry.decision.year}`}>{entry.name}</Link> ({what})
                  </>
                )}
              </Fragment>
            );
          })}
          .
        </Paragraph>
      )}
      <Paragraph>
        <Link href={`/channels/${channelId}`}>{t("compare", { channel: channelName })}</Link>
      </Paragraph>
    </section>
  );
}
