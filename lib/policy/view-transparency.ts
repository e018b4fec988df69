import { countScale } from "@/lib/charts/score-bars";
import type { Chapter } from "@/lib/policy/view-model";
import type { ViewContext } from "@/lib/policy/view-text";
import { figureKeys } from "@/lib/transparency/schema";

/** The colours of the moderation chart: comments looked at, and comments removed. */
const moderationColors = { commentsModerated: "#0b3d5c", commentsRemoved: "#a04a00" } as const;

/**
 * The transparency report (issue 16, part 2): per channel with an approved report, a chart of the
 * moderation figures and a table of every figure, then the dilemmas in the advisor's words. Null
 * when no channel has one, so a document without reports has no empty chapter.
 */
export function transparencyChapter(ctx: ViewContext): Extract<Chapter, { kind: "transparency" }> | null {
  const { snapshot, t, locale } = ctx;
  const channels = snapshot.channels.filter((channel) => channel.transparency);
  if (channels.length === 0) return null;
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL");
  const cell = (value: number | null) => (value === null ? "–" : number.format(value));
  const series = (["commentsModerated", "commentsRemoved"] as const).map((key) => ({ key, label: t(`transparency.figures.${key}`), color: moderationColors[key] }));
  const rows = channels.map((channel) => ({ label: channel.name, values: series.map(({ key }) => channel.transparency!.figures[key]) }));
  return {
    kind: "transparency",
    id: "transparency",
    title: t("transparency.doc.title"),
    paragraphs: [t("transparency.doc.intro", { year: snapshot.year, count: channels.length })],
    chart: {
      title: t("transparency.doc.chartTitle"),
      description: t("transparency.doc.chartDescription"),
      scale: countScale(rows.flatMap((row) => row.values)),
      series,
      rows,
      table: {
        caption: t("transparency.doc.tableCaption", { year: snapshot.year }),
        columns: [{ label: t("policy.doc.channel"), width: 3 }, ...figureKeys.map((key) => ({ label: t(`transparency.figures.${key}`), width: 2 }))],
        rows: channels.map((channel) => [channel.name, ...figureKeys.map((key) => cell(channel.transparency!.figures[key]))]),
      },
    },
    dilemmas: channels.map((channel) => ({ term: channel.name, value: channel.transparency!.dilemmas.trim() || t("transparency.noDilemmas") })),
  };
}
