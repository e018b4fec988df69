/** Text helpers of the policy view (./view.ts): dates, answers and labels in the document's language. Pure. */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { answerLabels, formatAnswer, type AnswerLabels } from "@/lib/assessments/format";
import type { Dimension, Framework } from "@/lib/frameworks/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/policy/i18n";
import type { PolicySnapshot, SnapshotChannel, SnapshotFramework, SnapshotRisk } from "@/lib/policy/schema";

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return "";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(day.getTime())) return value;
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(day);
}

export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);

export const chapterId = (channelId: string) => `channel-${channelId.replace(/[^a-z0-9-]/gi, "-").toLowerCase()}`;

/** Framework content objects for the scoring explanations, rebuilt from the snapshot's wording. */
export function toFramework(framework: SnapshotFramework): Framework {
  return {
    id: framework.id,
    version: framework.version,
    title: framework.title,
    summary: framework.title,
    source: { ...framework.source },
    migration: [],
    parts: framework.parts.map((part) => ({
      id: part.id,
      title: part.title,
      items: part.items.map((item) => ({
        id: item.id,
        text: item.text,
        guidance: item.text,
        answerType: item.answerType,
        options: item.options,
        multiple: item.multiple,
        future: false,
        rationale: "optional" as const,
        evidence: false,
        owner: "advisor" as const,
        feeds: [],
        ownWording: false,
      })),
    })),
  };
}

export function toDimensions(snapshot: PolicySnapshot): Dimension[] {
  return snapshot.dimensions.map((dimension) => ({
    id: dimension.id,
    group: dimension.group === "baseline" ? "baseline" : "public-value",
    title: dimension.title,
    description: dimension.title,
    source: { publisher: "", title: "", date: "1970-01-01" },
    defaultWeight: dimension.weight,
  }));
}

export const percent = (value: number) => Math.round(value * 100);

export const sameParams = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value);

/**
 * One line of text: line breaks, tabs and other control characters become single spaces. The
 * PDF fonts have no glyph for them, and a missing glyph pulls in an unembedded standard font.
 */
export const oneLine = (text: string) => text.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();

export function cleanStrings<T>(value: T): T {
  if (typeof value === "string") return oneLine(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, cleanStrings(entry)])) as T;
  return value;
}

/* ------------------------------------------------------------------------------------------ */
/* Answers                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** The words for answer values (yes, partly, not answered, ...) in the document's language. */
export const answerLabelsOf = (t: Translate) => answerLabels((key) => t(`assessments.answer.${key}`));

/** A question by its reference ("framework:item") in the first of the frameworks that has it. */
export function findItem(frameworks: readonly Framework[], ref: string) {
  const [frameworkId, itemId] = ref.split(":");
  for (const framework of frameworks.filter((candidate) => candidate.id === frameworkId)) {
    for (const part of framework.parts) {
      const item = part.items.find((candidate) => candidate.id === itemId);
      if (item) return item;
    }
  }
  return undefined;
}

/** An answer as the reader sees it: dates in words, options by their label, ids by their name. */
export function answerTextOf(
  frameworks: readonly Framework[],
  ref: string,
  value: AnswerValue | null | undefined,
  locale: Locale,
  labels: AnswerLabels,
  channelName: (id: string) => string,
) {
  const item = findItem(frameworks, ref);
  if (item?.answerType === "date" && typeof value === "string" && value !== "unknown") return formatDate(value, locale);
  return item ? formatAnswer(value, item, locale, labels, channelName) : value === null || value === undefined ? labels.notAnswered : String(value);
}

/* ------------------------------------------------------------------------------------------ */
/* Context                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** What every chapter needs: the snapshot, the language, and the labels built from them once. */
export type ViewContext = {
  snapshot: PolicySnapshot;
  locale: Locale;
  t: Translate;
  frameworks: Framework[];
  dimensions: Dimension[];
  channelNames: Record<string, string>;
  channelName: (id: string) => string;
  l: (text: { nl: string; en: string }) => string;
  date: (value: string | null | undefined) => string;
  /** The frameworks (versions) a channel's assessment was answered in. */
  pinnedOf: (channel: SnapshotChannel) => Framework[];
  answerText: (pinned: readonly Framework[], ref: string, value: AnswerValue | null | undefined) => string;
  decisionLabel: (value: string | null) => string;
  recommendationLabel: (value: string) => string;
  scoreLabel: (score: number | null) => string;
  riskDecisionLabel: (value: SnapshotRisk["decision"]) => string;
  roleLabel: (role: string) => string;
};

export function viewContext(snapshot: PolicySnapshot, locale: Locale, t: Translate): ViewContext {
  const frameworks = snapshot.frameworks.map(toFramework);
  const channelNames = Object.fromEntries(Object.entries(snapshot.channelIndex).map(([id, entry]) => [id, entry.name]));
  const channelName = (id: string) => channelNames[id] ?? id;
  const labels = answerLabelsOf(t);
  return {
    snapshot,
    locale,
    t,
    frameworks,
    dimensions: toDimensions(snapshot),
    channelNames,
    channelName,
    l: (text) => (locale === "en" ? text.en : text.nl),
    date: (value) => formatDate(value, locale),
    pinnedOf: (channel) => frameworks.filter((framework) => channel.assessment.frameworkVersions[framework.id] === framework.version),
    answerText: (pinned, ref, value) => answerTextOf(pinned, ref, value, locale, labels, channelName),
    decisionLabel: (value) => (value ? t(`assessments.decisions.${value}`) : t("policy.doc.noDecision")),
    recommendationLabel: (value) => t(`scoring.recommendation.${value}`),
    scoreLabel: (score) => (score === null ? t("policy.doc.noScore") : t("policy.doc.scoreValue", { score: Math.round(score) })),
    riskDecisionLabel: (value) => (value ? t(`policy.riskDecisions.${value}`) : t("policy.riskDecisions.undecided")),
    roleLabel: (role) => t(`common.roles.${role}`),
  };
}
