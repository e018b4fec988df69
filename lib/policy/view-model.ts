/**
 * The policy document as a reader sees it (see ./view.ts): the model the PDF and the web version
 * both render. Types only.
 */
import type { Locale } from "@/lib/i18n/locales";
import type { PolicySnapshot } from "@/lib/policy/schema";
import type { Translate } from "@/lib/policy/i18n";

export type ViewTable = {
  caption: string;
  /** Relative widths, used by the PDF; the web table sizes itself. */
  columns: { label: string; width: number }[];
  /** The first cell of each row names the row (a row header). */
  rows: string[][];
};

export type Definition = { term: string; value: string };

export type ChartSeries = { key: string; label: string; color: string };
export type ChartView = {
  title: string;
  description: string;
  /** The scale's end and its ticks; a score chart leaves them out (0–100). */
  scale?: { max: number; ticks: number[] };
  series: ChartSeries[];
  rows: { label: string; values: (number | null)[] }[];
  table: ViewTable;
};

export type QuestionView = { question: string; answer: string; rationale: string };
export type PlanSection = { id: string; title: string; questions: QuestionView[] };

export type ChannelView = {
  kind: "channel";
  id: string;
  title: string;
  kindLabel: string;
  decision: Definition[];
  score: Definition[];
  reasons: string[];
  knockouts: string[];
  effects: string[];
  dimensions: ViewTable;
  goals: Definition[];
  risks: ViewTable | null;
  /** Last year's approved evaluation of the channel's decision, when there is one. */
  evaluation: PlanSection | null;
  plan: PlanSection[];
};

export type ChangesChannelView = { name: string; status: string; lines: string[] };

export type Chapter =
  | { kind: "text"; id: string; title: string; paragraphs: string[] }
  | { kind: "overview"; id: string; title: string; paragraphs: string[]; chart: ChartView; decisions: ViewTable }
  | ChannelView
  | { kind: "coverage"; id: string; title: string; paragraphs: string[]; table: ViewTable; warnings: string[] }
  | { kind: "risks"; id: string; title: string; paragraphs: string[]; table: ViewTable | null }
  | { kind: "changes"; id: string; title: string; paragraphs: string[]; channels: ChangesChannelView[] }
  | { kind: "appendix"; id: string; title: string; paragraphs: string[]; tables: ViewTable[]; notes: Definition[] }
  | { kind: "transparency"; id: string; title: string; paragraphs: string[]; chart: ChartView; dilemmas: Definition[] };

export type ViewLabels = {
  goals: string;
  score: string;
  reasons: string;
  knockouts: string;
  effects: string;
  risks: string;
  noRisks: string;
  warnings: string;
  dimensions: string;
  noChanges: string;
};

export type PolicyView = {
  locale: Locale;
  title: string;
  subtitle: string;
  municipality: string;
  brandColor: string;
  year: number;
  draft: boolean;
  /** "CONCEPT" on drafts; null once adopted. */
  draftMark: string | null;
  statusLine: string;
  coverLines: string[];
  /** Footer text without the page number; `pageLabel` has the placeholders %page% and %pages%. */
  footer: string;
  pageLabel: string;
  tocTitle: string;
  chapters: Chapter[];
  /** Headings inside chapters. */
  labels: ViewLabels;
  /** Document properties for the PDF. */
  meta: { title: string; author: string; subject: string; keywords: string };
};

export type ViewInput = {
  snapshot: PolicySnapshot;
  status: "draft" | "adopted";
  hash: string | null;
  locale: Locale;
  t: Translate;
  /** Answer changes shown per channel in "changes since last year" (the rest is counted). */
  answerChangeLimit?: number;
};
