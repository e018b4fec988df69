import { useFormatter, useTranslations } from "next-intl";
import { UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { OpenItem } from "@/lib/policy/mutations";
import { openItemResolution } from "@/lib/policy/open-items";
import { sectionSchema } from "@/lib/reviews/sections";
import { isSectionStatus } from "@/lib/reviews/transitions";

/**
 * What still blocks adoption, one line each: what is open, and as a link to the place where it
 * is done, what resolves it and who does it. Uses useTranslations only, so both the version page
 * (server) and the adopt form (client) show it.
 */
export function OpenItemsList({ items, channelNames, slug, year }: { items: OpenItem[]; channelNames: Record<string, string>; slug: string; year: number }) {
  const t = useTranslations("policy.openItems");
  const tStatus = useTranslations("assessments.statuses");
  const tReviews = useTranslations("reviews");
  const sectionName = (section: string) => {
    const known = sectionSchema.safeParse(section);
    return known.success ? tReviews(`sections.${known.data}.title`) : section;
  };
  const format = useFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <UnorderedList className="afk-policy-open-items">
      {items.map((item, index) => {
        const resolution = openItemResolution(item, { slug, year });
        let text: string;
        if (item.kind === "no_assessments" || item.kind === "no_summary" || item.kind === "no_evaluation_date") text = t(item.kind);
        else {
          const channel = channelNames[item.channelId] ?? item.channelId;
          text =
            item.kind === "assessment_status"
              ? t("assessment_status", { channel, status: tStatus.has(item.status as "draft") ? tStatus(item.status as "draft") : item.status })
              : item.kind === "review_open"
                ? t("review_open", {
                    channel,
                    section: sectionName(item.section),
                    status: isSectionStatus(item.status) ? tReviews(`sectionStatuses.${item.status}`) : item.status,
                  })
                : item.kind === "no_decision"
                  ? t("no_decision", { channel })
                  : item.kind === "end_dates_differ"
                    ? t("end_dates_differ", { channel, decided: day(item.decided), exitDeadline: day(item.exitDeadline) })
                    : t(item.kind, { channel, risk: item.risk });
        }
        return (
          <UnorderedListItem key={index}>
            {text}{" "}
            <a className="utrecht-link" href={resolution.href}>
              {t(`resolve.${resolution.key}`)}
            </a>
          </UnorderedListItem>
        );
      })}
    </UnorderedList>
  );
}
