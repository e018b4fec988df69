/**
 * What municipalities decided about a channel, read from published policy snapshots only (this
 * installation's published versions, and peers' published versions kept as their frozen snapshot).
 * Pure: the queries load the documents, this file reads the decisions out of them.
 */
import type { PolicySnapshot } from "@/lib/policy/schema";
import type { Decision } from "@/lib/reviews/transitions";

/** One channel's decision as a published document states it. */
export type DocumentDecision = {
  decision: Decision;
  conditions: string | null;
  rationale: string | null;
  phaseOutDate: string | null;
};

/** The decisions of one published document, per catalogue channel (a municipality's own channels have ids of their own and are left out). */
export function decisionsOfSnapshot(snapshot: Pick<PolicySnapshot, "channels">): Map<string, DocumentDecision> {
  const decisions = new Map<string, DocumentDecision>();
  for (const channel of snapshot.channels) {
    if (channel.custom || !channel.decision.value) continue;
    decisions.set(channel.channelId, {
      decision: channel.decision.value,
      conditions: channel.decision.conditions,
      rationale: channel.decision.rationale,
      phaseOutDate: channel.decision.phaseOutDate,
    });
  }
  return decisions;
}

export type PublishedDocument = { year: number; decisions: Map<string, DocumentDecision> };

export type MunicipalityDecision = DocumentDecision & {
  /** The latest published year that decided on the channel. */
  year: number;
  /** The first year of the unbroken run of published years, up to `year`, with this same decision. */
  since: number;
};

/**
 * A municipality's current decision on a channel: that of its latest published document that
 * decided on it, with the year since which its published documents say the same. A year without
 * a published document, or whose document does not decide on the channel, ends the run.
 */
export function decisionOfMunicipality(documents: readonly PublishedDocument[], channelId: string): MunicipalityDecision | null {
  const byYear = [...documents].sort((a, b) => b.year - a.year);
  const latestIndex = byYear.findIndex((document) => document.decisions.has(channelId));
  if (latestIndex < 0) return null;
  const latest = byYear[latestIndex];
  const current = latest.decisions.get(channelId)!;
  let since = latest.year;
  for (const earlier of byYear.slice(latestIndex + 1)) {
    if (earlier.year !== since - 1 || earlier.decisions.get(channelId)?.decision !== current.decision) break;
    since = earlier.year;
  }
  return { ...current, year: latest.year, since };
}

export const decisionOrder: readonly Decision[] = ["use", "use_with_conditions", "phase_out", "do_not_use"];

/** Groups entries by decision in a fixed order (use, with conditions, phase out, do not use), names sorted within. */
export function groupByDecision<T extends { decision: { decision: Decision }; name: string }>(entries: readonly T[]): { decision: Decision; entries: T[] }[] {
  return decisionOrder
    .map((decision) => ({
      decision,
      entries: entries.filter((entry) => entry.decision.decision === decision).sort((a, b) => a.name.localeCompare(b.name, "nl")),
    }))
    .filter((group) => group.entries.length > 0);
}

/** A reason short enough for a comparison: the first paragraph, cut at a word near the limit. */
export function shortReason(text: string | null, max = 300): string | null {
  if (!text?.trim()) return null;
  const first = text.trim().split(/\n\s*\n/)[0];
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6)).trimEnd()} …`;
}

/**
 * A short account of who decided on a channel, the same size however many municipalities did:
 * how many took each decision (in the fixed order), and the `limit` latest decisions (newest year
 * first, names in order within a year). The full list is the channel's comparison page.
 */
export function summarizeDecisions<T extends { decision: { decision: Decision; year: number }; name: string }>(entries: readonly T[], limit: number) {
  const counts = decisionOrder
    .map((decision) => ({ decision, count: entries.filter((entry) => entry.decision.decision === decision).length }))
    .filter((group) => group.count > 0);
  const latest = [...entries].sort((a, b) => b.decision.year - a.decision.year || a.name.localeCompare(b.name, "nl")).slice(0, limit);
  return { total: entries.length, counts, latest };
}
