import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { summarizeDecisions } from "@/lib/peers/decisions";
import type { ChannelDecisionEntry } from "@/lib/peers/sources";

// Named on the summary step; all of them, with their reasons, are on the channel's comparison page.
const NAMED = 8;

/**
 * On an assessment's summary step: how many other municipalities took each decision on the same
 * channel, the latest few by name, each linked to its published document, peers marked with where
 * they came from; and the channel's public comparison page for all of them and their reasons.
 * Its size does not grow with the number of municipalities.
 */
export async function DecisionsSummary({ channelId, channelName, own, peers }: { channelId: string; channelName: string; own: readonly ChannelDecisionEntry[]; peers: readonly ChannelDecisionEntry[] }) {
  const [t, tDecision] = await Promise.all([getTranslations("channels.summary"), getTranslations("assessments.decisions")]);
  const { total, counts, latest } = summarizeDecisions([...own, ...peers], NAMED);
  return (
    <section aria-labelledby="others-decided" className="afk-stack">
      <Heading2 id="others-decided">{t("title")}</Heading2>
      {total === 0 ? (
        <Paragraph>{t("none", { channel: channelName })}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("count", { count: total, channel: channelName })}{" "}
            {counts.map(({ decision, count }) => t("tally", { decision: tDecision(decision).toLowerCase(), count })).join("; ")}.
          </Paragraph>
          <Paragraph>
            {total > latest.length ? t("latest", { count: latest.length }) : t("all")}{" "}
            {latest.map((entry, index) => {
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
        </>
      )}
      <Paragraph>
        <Link href={`/channels/${channelId}`}>{t("compare", { channel: channelName })}</Link>
      </Paragraph>
    </section>
  );
}
