/**
 * What changed between two policy documents, per channel: the decision, the score and advice,
 * risks, catalogue facts and answers. Pure over two snapshots; answers of an older framework
 * edition are first carried to the newer edition's question ids (the same mapping the yearly
 * carry-forward uses), so a renamed question is not reported as removed and added.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { factKeys } from "@/lib/catalogue/schema";
import { getFramework, migrateAnswers } from "@/lib/frameworks/load";
import { canonicalJson } from "@/lib/policy/snapshot";
import type { ChannelChange, PolicyDiff, PolicySnapshot, SnapshotChannel, SnapshotRisk } from "@/lib/policy/schema";

type Answers = Record<string, AnswerValue | null>;

/** Moves answers keyed "<frameworkId>:<itemId>" from one set of framework versions to another. */
export type AnswerMapper = (answers: Answers, fromVersions: Record<string, string>, toVersions: Record<string, string>) => Answers;

/** Follows each framework's chain of editions with its declared migration rules. */
export const migrateThroughContent: AnswerMapper = (answers, fromVersions, toVersions) => {
  const byFramework = new Map<string, Answers>();
  for (const [ref, value] of Object.entries(answers)) {
    const [frameworkId, itemId] = ref.split(":");
    const group = byFramework.get(frameworkId) ?? {};
    group[itemId] = value;
    byFramework.set(frameworkId, group);
  }
  const out: Answers = {};
  for (const [frameworkId, group] of byFramework) {
    let current = group;
    const from = fromVersions[frameworkId];
    const to = toVersions[frameworkId];
    if (from && to && from !== to) {
      // Walk back from the newer edition to the older one, then migrate forward step by step.
      const chain = [];
      let edition = getFramework(frameworkId, to);
      while (edition && edition.version !== from) {
        chain.unshift(edition);
        edition = edition.previousVersion ? getFramework(frameworkId, edition.previousVersion) : undefined;
      }
      if (edition) {
        let previous = edition;
        for (const next of chain) {
          current = migrateAnswers(current, previous, next).carried;
          previous = next;
        }
      }
    }
    for (const [itemId, value] of Object.entries(current)) out[`${frameworkId}:${itemId}`] = value;
  }
  return out;
};

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

const riskKey = (risk: SnapshotRisk) => (risk.familyId ? `family:${risk.familyId}` : `title:${risk.title.trim().toLowerCase()}`);
const riskFields = ["title", "description", "likelihood", "impact", "measures", "decision", "riskOwner", "reviewDate", "mitigationBy"] as const;

function diffRisks(from: readonly SnapshotRisk[], to: readonly SnapshotRisk[]): ChannelChange["risks"] {
  const before = new Map(from.map((risk) => [riskKey(risk), risk]));
  const after = new Map(to.map((risk) => [riskKey(risk), risk]));
  const changes: ChannelChange["risks"] = [];
  for (const [key, risk] of after) {
    const old = before.get(key);
    if (!old) {
      changes.push({ title: risk.title, from: null, to: risk, fields: [] });
      continue;
    }
    const fields = riskFields.filter((field) => !same(old[field], risk[field]));
    if (fields.length) changes.push({ title: risk.title, from: old, to: risk, fields });
  }
  for (const [key, risk] of before) if (!after.has(key)) changes.push({ title: risk.title, from: risk, to: null, fields: [] });
  return changes;
}

const roundScore = (score: number | null) => (score === null ? null : Math.round(score));

function diffChannel(from: SnapshotChannel, to: SnapshotChannel, mapAnswers: AnswerMapper): ChannelChange {
  const change: ChannelChange = { channelId: to.channelId, name: to.name, change: "unchanged", risks: [], facts: [], answers: [] };
  if (from.decision.value !== to.decision.value) change.decision = { from: from.decision.value, to: to.decision.value };
  if ((from.decision.conditions ?? "") !== (to.decision.conditions ?? "")) change.conditions = { from: from.decision.conditions, to: to.decision.conditions };
  if (from.decision.phaseOutDate !== to.decision.phaseOutDate) change.phaseOutDate = { from: from.decision.phaseOutDate, to: to.decision.phaseOutDate };
  const scores = { from: roundScore(from.score.overall.score), to: roundScore(to.score.overall.score) };
  if (scores.from !== scores.to) change.score = scores;
  if (from.score.recommendation.value !== to.score.recommendation.value) {
    change.recommendation = { from: from.score.recommendation.value, to: to.score.recommendation.value };
  }
  change.risks = diffRisks(from.risks, to.risks);
  for (const key of factKeys) {
    const before = from.facts[key]?.value ?? null;
    const after = to.facts[key]?.value ?? null;
    if (before !== after) change.facts.push({ key, from: before, to: after });
  }
  const previous = mapAnswers(
    Object.fromEntries(Object.entries(from.answers).map(([ref, answer]) => [ref, answer.value])),
    from.assessment.frameworkVersions,
    to.assessment.frameworkVersions,
  );
  const current: Answers = Object.fromEntries(Object.entries(to.answers).map(([ref, answer]) => [ref, answer.value]));
  for (const ref of [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort()) {
    const before = previous[ref] ?? null;
    const after = current[ref] ?? null;
    if (!same(before, after)) change.answers.push({ itemRef: ref, from: before, to: after });
  }
  const changed =
    change.decision || change.conditions || change.phaseOutDate || change.score || change.recommendation || change.risks.length || change.facts.length || change.answers.length;
  change.change = changed ? "changed" : "unchanged";
  return change;
}

/** Changes from `from` (usually last year's adopted document) to `to`, channels in the order of `to`, then removed ones. */
export function diffPolicies(from: PolicySnapshot, to: PolicySnapshot, mapAnswers: AnswerMapper = migrateThroughContent): PolicyDiff {
  const before = new Map(from.channels.map((channel) => [channel.channelId, channel]));
  const after = new Set(to.channels.map((channel) => channel.channelId));
  const channels: ChannelChange[] = to.channels.map((channel) => {
    const old = before.get(channel.channelId);
    if (!old) return { channelId: channel.channelId, name: channel.name, change: "added", risks: [], facts: [], answers: [] };
    return diffChannel(old, channel, mapAnswers);
  });
  for (const channel of from.channels) {
    if (!after.has(channel.channelId)) channels.push({ channelId: channel.channelId, name: channel.name, change: "removed", risks: [], facts: [], answers: [] });
  }
  return { fromYear: from.year, toYear: to.year, channels };
}
