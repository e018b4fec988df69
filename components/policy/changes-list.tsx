import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { ChangesChannelView } from "@/lib/policy/view-model";

/** What changed per channel between two versions, one heading per channel. */
export function ChangesList({
  channels,
  idPrefix,
  emptyLabel,
  level = 3,
}: {
  channels: ChangesChannelView[];
  idPrefix: string;
  emptyLabel: string;
  /** Heading level of the channel names: 3 inside the document, 2 on a page of its own. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? Heading2 : Heading3;
  return (
    <>
      {channels.map((channel, index) => (
        <section key={`${channel.name}-${index}`} aria-labelledby={`${idPrefix}-${index}`} className="afk-policy__change">
          <Heading id={`${idPrefix}-${index}`}>
            {channel.name} <span className="afk-policy__change-status">– {channel.status}</span>
          </Heading>
          {channel.lines.length ? (
            <UnorderedList>
              {channel.lines.map((line, lineIndex) => (
                <UnorderedListItem key={lineIndex}>{line}</UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>{emptyLabel}</Paragraph>
          )}
        </section>
      ))}
    </>
  );
}
