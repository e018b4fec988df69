/**
 * The policy document as a reader sees it: every sentence, label and table cell, translated,
 * built from a snapshot. The PDF (./pdf) and the accessible web version (components/policy)
 * both render this one model (./view-model.ts), so they always say the same. Pure: the
 * translation function and the snapshot come in; nothing is read here. One builder per chapter:
 * ./view-channel.ts, ./view-chapters.ts and ./view-changes.ts.
 */
import type { Chapter, PolicyView, ViewInput } from "@/lib/policy/view-model";
import { channelChapter } from "@/lib/policy/view-channel";
import { acceptedRisksChapter, appendixChapter, coverageChapter, overviewChapter } from "@/lib/policy/view-chapters";
import { changeViews } from "@/lib/policy/view-changes";
import { transparencyChapter } from "@/lib/policy/view-transparency";
import { cleanStrings, paragraphs, viewContext } from "@/lib/policy/view-text";
import { shortHash } from "@/lib/policy/snapshot";

export function buildPolicyView(input: ViewInput): PolicyView {
  const { snapshot, locale, t } = input;
  const ctx = viewContext(snapshot, locale, t);
  const { date } = ctx;
  const draft = input.status !== "adopted";
  const title = t("policy.doc.title", { year: snapshot.year });
  const adoption = snapshot.adoption;
  const statusLine = draft
    ? t("policy.doc.statusDraft")
    : t("policy.doc.statusAdopted", { date: date(adoption?.councilDecisionDate), reference: adoption?.councilDecisionRef ?? "" });

  const transparency = transparencyChapter(ctx);
  const chapters: Chapter[] = [
    {
      kind: "text",
      id: "introduction",
      title: t("policy.doc.introduction"),
      paragraphs: snapshot.introduction.trim() ? paragraphs(snapshot.introduction) : [t("policy.doc.noIntroduction")],
    },
    {
      kind: "text",
      id: "summary",
      title: t("policy.doc.summary"),
      paragraphs: snapshot.summary.trim() ? paragraphs(snapshot.summary) : [t("policy.doc.noSummary")],
    },
    overviewChapter(ctx),
    ...snapshot.channels.map((channel) => channelChapter(ctx, channel)),
    coverageChapter(ctx),
    acceptedRisksChapter(ctx),
    ...(transparency ? [transparency] : []),
    {
      kind: "changes",
      id: "changes",
      title: t("policy.doc.changes"),
      paragraphs: snapshot.changes
        ? [t("policy.doc.changesIntro", { from: snapshot.changes.fromYear, to: snapshot.changes.toYear })]
        : [t("policy.doc.changesNone")],
      channels: snapshot.changes ? changeViews(snapshot.changes, snapshot, null, { locale, t, limit: input.answerChangeLimit ?? 8 }) : [],
    },
    appendixChapter(ctx, input.hash),
  ];

  const short = input.hash ? shortHash(input.hash) : null;
  const footer = draft
    ? t("policy.doc.footerDraft", { municipality: snapshot.municipality.name, year: snapshot.year })
    : t("policy.doc.footerAdopted", {
        municipality: snapshot.municipality.name,
        year: snapshot.year,
        date: date(adoption?.councilDecisionDate),
        hash: short ?? "",
      });

  return cleanStrings({
    locale,
    title,
    subtitle: snapshot.municipality.name,
    municipality: snapshot.municipality.name,
    brandColor: snapshot.municipality.primaryColor,
    year: snapshot.year,
    draft,
    draftMark: draft ? t("policy.doc.draftMark") : null,
    statusLine,
    coverLines: [
      t("policy.doc.coverVersion", { year: snapshot.year }),
      statusLine,
      ...(snapshot.evaluationDate ? [t("policy.doc.coverEvaluation", { date: date(snapshot.evaluationDate) })] : []),
      t("policy.doc.coverAsOf", { date: date(snapshot.asOf) }),
      ...(short ? [t("policy.doc.coverHash", { hash: short })] : []),
    ],
    footer,
    pageLabel: t("policy.doc.pageLabel", { page: "%page%", pages: "%pages%" }),
    tocTitle: t("policy.doc.toc"),
    chapters,
    labels: {
      goals: t("policy.doc.goalsTitle"),
      score: t("policy.doc.scoreTitle"),
      reasons: t("scoring.labels.reasons"),
      knockouts: t("scoring.labels.knockouts"),
      effects: t("policy.doc.effects"),
      risks: t("policy.doc.risksTitle"),
      noRisks: t("policy.doc.noRisks"),
      warnings: t("policy.doc.coverageWarningsTitle"),
      dimensions: t("policy.doc.dimensionsTitle"),
      noChanges: t("policy.changes.noChanges"),
    },
    meta: {
      title: `${title} – ${snapshot.municipality.name}`,
      author: snapshot.municipality.name,
      subject: t("policy.doc.subject", { year: snapshot.year }),
      keywords: t("policy.doc.keywords"),
    },
  });
}
