import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { factLabel, factValueLabel } from "@/lib/catalogue/facts";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/policy/i18n";
import type { ChannelChange, PolicyDiff, PolicySnapshot } from "@/lib/policy/schema";
import type { ChangesChannelView } from "@/lib/policy/view-model";
import { answerLabelsOf, answerTextOf, cleanStrings, findItem, formatDate, toFramework } from "@/lib/policy/view-text";

/**
 * Sentences for "changes since last year" (and the comparison of any two years). `before` is the
 * older snapshot when at hand, for the wording of answers to questions that were dropped.
 */
export function changeViews(
  diff: PolicyDiff,
  after: PolicySnapshot,
  before: PolicySnapshot | null,
  options: { locale: Locale; t: Translate; limit?: number },
): ChangesChannelView[] {
  const { locale, t } = options;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const frameworks = [...after.frameworks, ...(before?.frameworks ?? [])].map(toFramework);
  const channelNames = Object.fromEntries(
    [...Object.entries(before?.channelIndex ?? {}), ...Object.entries(after.channelIndex)].map(([id, entry]) => [id, entry.name]),
  );
  const date = (value: string | null) => (value ? formatDate(value, locale) : "–");
  const decision = (value: string | null) => (value ? t(`assessments.decisions.${value}`) : t("policy.doc.noDecision"));
  const answerLabels = answerLabelsOf(t);
  const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 119).trimEnd()}…` : text);
  const answerText = (ref: string, value: AnswerValue | null) => shorten(answerTextOf(frameworks, ref, value, locale, answerLabels, (id) => channelNames[id] ?? id));

  return diff.channels.map((change: ChannelChange) => {
    const lines: string[] = [];
    if (change.decision) lines.push(t("policy.changes.decision", { from: decision(change.decision.from), to: decision(change.decision.to) }));
    if (change.phaseOutDate) lines.push(t("policy.changes.phaseOutDate", { from: date(change.phaseOutDate.from), to: date(change.phaseOutDate.to) }));
    if (change.conditions) lines.push(t("policy.changes.conditions", { to: change.conditions.to ? shorten(change.conditions.to) : t("common.none") }));
    if (change.score) {
      lines.push(
        t("policy.changes.score", {
          from: change.score.from === null ? "–" : String(change.score.from),
          to: change.score.to === null ? "–" : String(change.score.to),
        }),
      );
    }
    if (change.recommendation) {
      lines.push(
        t("policy.changes.recommendation", {
          from: t(`scoring.recommendation.${change.recommendation.from}`),
          to: t(`scoring.recommendation.${change.recommendation.to}`),
        }),
      );
    }
    for (const risk of change.risks) {
      if (!risk.from) lines.push(t("policy.changes.riskAdded", { risk: risk.title }));
      else if (!risk.to) lines.push(t("policy.changes.riskRemoved", { risk: risk.title }));
      else {
        const fields = risk.fields.map((field) => t(`policy.changes.riskFields.${field}`)).join(", ");
        lines.push(t("policy.changes.riskChanged", { risk: risk.title, fields }));
      }
    }
    for (const fact of change.facts) {
      lines.push(
        t("policy.changes.fact", {
          fact: factLabel(fact.key, locale),
          from: fact.from === null ? "–" : factValueLabel(fact.key, fact.from, locale),
          to: fact.to === null ? "–" : factValueLabel(fact.key, fact.to, locale),
        }),
      );
    }
    for (const answer of change.answers.slice(0, limit)) {
      const item = findItem(frameworks, answer.itemRef);
      lines.push(
        t("policy.changes.answer", {
          question: shorten(item ? (locale === "en" ? item.text.en : item.text.nl) : answer.itemRef),
          from: answerText(answer.itemRef, answer.from),
          to: answerText(answer.itemRef, answer.to),
        }),
      );
    }
    if (change.answers.length > limit) lines.push(t("policy.changes.moreAnswers", { count: change.answers.length - limit }));
    return cleanStrings({ name: change.name, status: t(`policy.changes.status.${change.change}`), lines });
  });
}
