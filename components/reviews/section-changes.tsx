import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { factLabel, factValueLabel, type Locale } from "@/lib/catalogue/facts";
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { SectionView } from "@/lib/reviews/queries";
import { TableRegion } from "@/components/tables/table-region";

/** What changed in a section since its last decision: answers side by side, then facts and risks. */
export async function SectionChanges({
  view,
  show,
  question,
}: {
  view: SectionView;
  /** An answer value as the reader sees it. */
  show: (ref: string, value: AnswerValue | null) => string;
  question: (ref: string) => { label: string; number: number | undefined };
}) {
  const [t, format, locale] = await Promise.all([getTranslations("reviews"), getFormatter(), getLocale() as Promise<Locale>]);
  const decidedAt = view.decidedAt ? format.dateTime(view.decidedAt, { dateStyle: "long", timeStyle: "short" }) : "";
  const title = view.status === "needs_reapproval" ? t("changes.sinceApproval", { date: decidedAt }) : t("changes.sinceRequest", { date: decidedAt });
  const at = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const rationaleChange = (change: SectionView["changes"][number], side: "before" | "after") =>
    change.before.rationale !== change.after.rationale ? (
      <span className="afk-change-rationale">
        {t("changes.rationale")}: {change[side].rationale || "–"}
      </span>
    ) : null;

  return (
    <section className="afk-stack" aria-labelledby="changes-title">
      <Heading3 id="changes-title">{title}</Heading3>
      {view.changes.length === 0 && view.otherChanges.length === 0 ? <Paragraph>{t("changes.none")}</Paragraph> : null}
      {view.changes.length ? (
        <TableRegion label={t("changes.caption")}>
          <DataTable
            caption={t("changes.caption")}
            rows={view.changes}
            rowKey={(change) => change.itemRef}
            columns={[
              {
                header: t("changes.question"),
                cell: (change) => <a href={`#q-${question(change.itemRef).number ?? ""}`}>{question(change.itemRef).label}</a>,
              },
              {
                header: t("changes.before"),
                cell: (change) => (
                  <>
                    {show(change.itemRef, change.before.value)}
                    {rationaleChange(change, "before")}
                  </>
                ),
              },
              {
                header: t("changes.after"),
                cell: (change) => (
                  <>
                    {show(change.itemRef, change.after.value)}
                    {rationaleChange(change, "after")}
                  </>
                ),
              },
              { header: t("changes.changedBy"), cell: (change) => `${change.changedBy.join(", ")}, ${at(change.lastChangedAt)}` },
            ]}
          />
        </TableRegion>
      ) : null}
      {view.otherChanges.length ? (
        <ul>
          {view.otherChanges.map((change, index) => (
            <li key={index}>
              {change.kind === "facts"
                ? t("changes.facts", {
                    facts: change.facts
                      .map((fact) => `${factLabel(fact.key, locale)}: ${factValueLabel(fact.key, fact.before, locale)} → ${factValueLabel(fact.key, fact.after, locale)}`)
                      .join("; "),
                    name: change.by ?? "–",
                    date: at(change.at),
                  })
                : t(`changes.${change.kind === "risk_deleted" ? "riskDeleted" : "riskSaved"}`, { title: change.title, name: change.by ?? "–", date: at(change.at) })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
