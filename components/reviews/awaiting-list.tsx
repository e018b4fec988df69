import { getFormatter, getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { formatDay } from "@/components/reviews/format";
import type { AwaitingItem } from "@/lib/reviews/queries";
import type { EvaluationAwaitingItem } from "@/lib/evaluations/queries";

/**
 * "What awaits me" on the dashboard: reviews to do, risks to decide, changes asked, decisions to
 * record, overdue risks; and evaluations: the scheduled job's reminders and reviews to do.
 */
export async function AwaitingList({ slug, items, evaluations }: { slug: string; items: AwaitingItem[]; evaluations: EvaluationAwaitingItem[] }) {
  const [t, tSections, tEvaluations, format] = await Promise.all([
    getTranslations("reviews.awaiting"),
    getTranslations("reviews.sections"),
    getTranslations("evaluations.awaiting"),
    getFormatter(),
  ]);
  const href = (item: AwaitingItem) => {
    const base = `/m/${slug}/assessments/${item.assessmentId}/review`;
    if (item.kind === "review" || item.kind === "risks") return `${base}/${item.section}`;
    if (item.kind === "changes" && item.sections.length === 1) return `${base}/${item.sections[0]}`;
    return base;
  };
  const text = (item: AwaitingItem) => {
    const channel = `${item.channelName} ${item.year}`;
    switch (item.kind) {
      case "review":
        return t(item.reapproval ? "reapproval" : "review", { channel, section: tSections(`${item.section}.title`) });
      case "risks":
        return t("risks", { channel, section: tSections(`${item.section}.title`), count: item.count });
      case "changes":
        return t("changes", { channel, sections: item.sections.map((section) => tSections(`${section}.title`)).join(", ") });
      case "decision":
        return t("decision", { channel });
      case "overdue":
        return t("overdue", { channel, risk: item.riskTitle, date: formatDay(format, item.reviewDate) });
    }
  };
  return (
    <section className="afk-stack" aria-labelledby="awaiting-title">
      <Heading2 id="awaiting-title">{t("title")}</Heading2>
      {items.length === 0 && evaluations.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <ul className="afk-awaiting">
          {items.map((item, index) => (
            <li key={`${item.kind}-${item.assessmentId}-${index}`} className={item.kind === "overdue" ? "afk-awaiting__overdue" : undefined}>
              <a className="utrecht-link" href={href(item)}>
                {text(item)}
              </a>
            </li>
          ))}
          {evaluations.map((item) => (
            <li key={`evaluation-${item.kind}-${item.evaluationId}`} className={item.kind === "due" ? "afk-awaiting__overdue" : undefined}>
              <a className="utrecht-link" href={`/m/${slug}/evaluations/${item.evaluationId}`}>
                {tEvaluations(item.kind, { channel: `${item.channelName} ${item.year}`, date: formatDay(format, item.dueDate) })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
