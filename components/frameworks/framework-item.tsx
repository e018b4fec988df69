import { getLocale, getTranslations } from "next-intl/server";
import type { Dimension, FrameworkItem } from "@/lib/frameworks/schema";
import { localized } from "@/lib/i18n/localized";

/** One question of a framework with everything a reader needs to judge it: wording, guidance and how it is used. */
export async function FrameworkItemView({ item, number, dimensions }: { item: FrameworkItem; number: number; dimensions: ReadonlyMap<string, Dimension> }) {
  const [t, tRoles, locale] = await Promise.all([getTranslations("frameworks.item"), getTranslations("common.roles"), getLocale()]);
  const answerType = [
    t(`answerTypes.${item.answerType}`),
    ...(item.multiple ? [t("multiple")] : []),
    ...(item.answerType === "date" && item.future ? [t("futureDate")] : []),
  ].join(", ");
  return (
    <li id={`item-${item.id}`} className="afk-item">
      <p className="afk-question">
        <span className="afk-question__number">{t("question", { number })}. </span>
        {localized(item.text, locale)}
      </p>
      {locale !== "nl" ? (
        <p>
          <span className="afk-muted">{item.ownWording ? t("dutchText") : t("officialDutch")}: </span>
          <span lang="nl">{item.text.nl}</span>
        </p>
      ) : null}
      {item.ownWording ? <p className="afk-source">{t("ownWording")}</p> : null}
      <dl className="afk-facts-list">
        <dt>{t("guidance")}</dt>
        <dd>{localized(item.guidance, locale)}</dd>
        <dt>{t("answerType")}</dt>
        <dd>
          {answerType}
          {item.options?.length ? <>: {item.options.map((option) => localized(option.label, locale)).join(" · ")}</> : null}
        </dd>
        <dt>{t("owner")}</dt>
        <dd>{tRoles(item.owner)}</dd>
        <dt>{t("rationale")}</dt>
        <dd>{t(`rationales.${item.rationale}`)}</dd>
        <dt>{t("evidence")}</dt>
        <dd>{item.evidence ? t("evidenceExpected") : t("evidenceNone")}</dd>
        <dt>{t("feeds")}</dt>
        <dd>
          {item.feeds.length === 0
            ? t("feedsNone")
            : item.feeds
                .map((feed) => {
                  const dimension = dimensions.get(feed.dimension);
                  const name = dimension ? localized(dimension.title, locale) : feed.dimension;
                  const notes = [t("weight", { weight: feed.weight }), ...(feed.inverted ? [t("inverted")] : [])];
                  return `${name} (${notes.join(", ")})`;
                })
                .join("; ")}
        </dd>
        <dt>{t("id")}</dt>
        <dd>
          <code>{item.id}</code>
        </dd>
      </dl>
    </li>
  );
}
