/**
 * Gathers a year's policy document from the assessments: the one place that reads the database
 * for the document. Rendering (lib/policy/view.ts, ./pdf, components/policy) only ever sees the
 * snapshot this returns. No "server-only": seeds and tests call it with their own client.
 */
import type { Tx } from "@/lib/db";
import { riskContent, type RiskContent } from "@/lib/assessments/risk-content";
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { customPrefix, resolveChannel, type CustomChannelRow } from "@/lib/assessments/channel";
import { coverageMatrix } from "@/lib/assessments/coverage";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { applicableFrameworks, notApplicableItems } from "@/lib/assessments/applicability";
import { approvedTransparency } from "@/lib/transparency/published";
import type { SnapshotTransparency } from "@/lib/transparency/schema";
import { approvedEvaluations } from "@/lib/policy/evaluation-sources";
import type { SnapshotEvaluation } from "@/lib/policy/evaluation-schema";
import type { FactOverride, FactsInForce } from "@/lib/catalogue/facts";
import { getCatalogue } from "@/lib/catalogue/load";
import { factKeys, type ChannelKind } from "@/lib/catalogue/schema";
import { overrideFromRow } from "@/lib/catalogue/mutations";
import { loadDimensions } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { parseSettings } from "@/lib/municipalities/settings";
import { keepsInUse, loadScoringRules, resolveWeights, scoreAssessment, type ScoreResult, type ScoringInput, type ScoringRules } from "@/lib/scoring";
import { diffPolicies } from "@/lib/policy/diff";
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  type PolicySnapshot,
  type SnapshotChannel,
  type SnapshotFramework,
  type SnapshotRisk,
  type StoredScore,
} from "@/lib/policy/schema";

/** Decisions that mean the channel is in use, so negative advice reads "phase out" (as in lib/assessments/scoring.ts). */

export type SourceAssessment = {
  id: string;
  channelId: string;
  year: number;
  status: string;
  frameworkVersions: string;
  catalogueVersion: string;
  factsUsed: string;
  decision: string | null;
  decisionConditions: string | null;
  decisionRationale: string | null;
  phaseOutDate: string | null;
  decidedAt: Date | null;
  previousAssessmentId: string | null;
  answers: { itemId: string; value: string | null; rationale: string; evidence: string }[];
  risks: (RiskContent & {
    decision: string | null;
    decisionRationale: string | null;
    riskOwner: string | null;
    reviewDate: string | null;
    mitigationBy: string | null;
    createdAt: Date;
  })[];
};

/** Everything the document is made of, as read from the database. */
export type PolicySources = {
  municipality: { slug: string; name: string; primaryColor: string; settings: string };
  assessments: SourceAssessment[];
  customChannels: CustomChannelRow[];
  overrides: FactOverride[];
  /** Last year's decision per previous assessment id: a channel in use is "phased out", not "not used". */
  previousDecisions: Record<string, string | null>;
  /** The approved transparency report per assessment id (lib/transparency). */
  transparency?: Record<string, SnapshotTransparency>;
  /** The approved evaluation of the channel's previous decision per assessment id (lib/policy/evaluation-sources.ts). */
  evaluations?: Record<string, SnapshotEvaluation>;
};

export async function loadPolicySources(client: Tx, municipalityId: string, year: number): Promise<PolicySources> {
  const [municipality, assessments, customChannels, overrideRows] = await Promise.all([
    client.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true, name: true, primaryColor: true, settings: true } }),
    client.assessment.findMany({
      where: { municipalityId, year },
      orderBy: { channelId: "asc" },
      include: {
        answers: { select: { itemId: true, value: true, rationale: true, evidence: true }, orderBy: { itemId: "asc" } },
        risks: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      },
    }),
    client.customChannel.findMany({ where: { municipalityId }, orderBy: { createdAt: "asc" } }),
    client.factOverride.findMany({ where: { municipalityId, active: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const previousIds = assessments.map((assessment) => assessment.previousAssessmentId).filter((id): id is string => Boolean(id));
  const previous = previousIds.length
    ? await client.assessment.findMany({ where: { municipalityId, id: { in: previousIds } }, select: { id: true, decision: true } })
    : [];
  return {
    municipality,
    assessments,
    customChannels,
    overrides: overrideRows.map(overrideFromRow),
    previousDecisions: Object.fromEntries(previous.map((row) => [row.id, row.decision])),
    transparency: await approvedTransparency(client, municipalityId, assessments.map((assessment) => assessment.id)),
    evaluations: await approvedEvaluations(client, municipalityId, year, assessments),
  };
}

export type GatherMeta = {
  year: number;
  introduction: string;
  summary: string;
  evaluationDate: string | null;
  /** YYYY-MM-DD: the day the document is gathered (scoring uses it for phase-out dates). */
  today: string;
  adoption: PolicySnapshot["adoption"];
  /** Last year's adopted document, for the chapter "changes since last year". */
  previous: { year: number; hash: string | null; snapshot: PolicySnapshot } | null;
};

/** Drivers kept per dimension (largest effect first). */
const DRIVERS_KEPT = 5;

const parseAnswer = (value: string | null): AnswerValue | null => (value === null ? null : (JSON.parse(value) as AnswerValue));

function storeScore(result: ScoreResult): StoredScore {
  return {
    overall: { score: result.overall.score, confidence: result.overall.confidence },
    groups: result.groups,
    dimensions: result.dimensions.map((dimension) => ({
      id: dimension.id,
      group: dimension.group,
      score: dimension.score,
      confidence: dimension.confidence,
      weight: dimension.weight,
      // The largest effects explain a score; the rest follow from the answers, which the snapshot keeps too.
      drivers: dimension.drivers.slice(0, DRIVERS_KEPT).map((driver) => ({
        kind: driver.kind,
        ...(driver.kind === "answer" ? { itemRef: driver.itemRef } : { factKey: driver.factKey }),
        contribution: driver.contribution,
        messageKey: driver.messageKey,
        params: driver.params,
      })),
      unknownCount: dimension.unknown.length + dimension.unknownFacts.length,
    })),
    knockouts: result.knockouts.map(({ id, severity, status, messageKey, params }) => ({ id, severity, status, messageKey, params })),
    recommendation: {
      value: result.recommendation.value,
      ...(result.recommendation.phaseOutBy ? { phaseOutBy: result.recommendation.phaseOutBy } : {}),
      provisional: result.recommendation.provisional,
      reasons: result.recommendation.reasons.map(({ messageKey, params }) => ({ messageKey, params })),
    },
    rulesVersion: result.rulesVersion,
  };
}

/** A framework version reduced to what the document shows: wording, options and source. */
export function toSnapshotFramework(framework: Framework): SnapshotFramework {
  return {
    id: framework.id,
    version: framework.version,
    title: framework.title,
    source: {
      publisher: framework.source.publisher,
      title: framework.source.title,
      date: framework.source.date,
      ...(framework.source.url ? { url: framework.source.url } : {}),
    },
    parts: framework.parts.map((part) => ({
      id: part.id,
      title: part.title,
      items: part.items.map((item) => ({
        id: item.id,
        text: item.text,
        answerType: item.answerType,
        multiple: item.multiple,
        ...(item.options ? { options: item.options.map((option) => ({ value: option.value, label: option.label })) } : {}),
      })),
    })),
  };
}

function factsOf(stored: string, channelFacts: FactsInForce | undefined): Partial<FactsInForce> {
  const parsed = JSON.parse(stored) as Partial<FactsInForce>;
  return Object.keys(parsed).length > 0 ? parsed : (channelFacts ?? {});
}

function snapshotFacts(facts: Partial<FactsInForce>): SnapshotChannel["facts"] {
  const out: SnapshotChannel["facts"] = {};
  for (const key of factKeys) {
    const fact = facts[key];
    if (!fact) continue;
    out[key] = {
      value: fact.value,
      checkedAt: fact.checkedAt,
      origin: fact.origin ?? "catalogue",
      ...(fact.source
        ? { source: { publisher: fact.source.publisher, title: fact.source.title, ...(fact.source.date ? { date: fact.source.date } : {}), ...(fact.source.url ? { url: fact.source.url } : {}) } }
        : {}),
    };
  }
  return out;
}

function snapshotRisk(risk: SourceAssessment["risks"][number]): SnapshotRisk {
  return {
    ...riskContent(risk),
    ownerRole: risk.ownerRole as SnapshotRisk["ownerRole"],
    decision: (risk.decision as SnapshotRisk["decision"]) ?? null,
    decisionRationale: risk.decisionRationale,
    riskOwner: risk.riskOwner,
    reviewDate: risk.reviewDate,
    mitigationBy: risk.mitigationBy,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl") || 0;

/**
 * Builds the snapshot from loaded sources. Pure apart from reading the versioned content files
 * (frameworks, catalogue, scoring rules), so the same sources and meta give the same snapshot.
 */
export function buildSnapshot(sources: PolicySources, meta: GatherMeta, rules: ScoringRules = loadScoringRules(undefined, loadDimensions())): PolicySnapshot {
  const dimensions = loadDimensions();
  const weights = parseSettings(sources.municipality.settings).weights ?? {};
  const catalogue = getCatalogue();
  const channelIndex: PolicySnapshot["channelIndex"] = {};
  const knownChannels: Record<string, { kind: ChannelKind; digital: boolean }> = {};
  for (const channel of catalogue.channels) knownChannels[channel.id] = { kind: channel.kind, digital: channel.digital };
  for (const custom of sources.customChannels) knownChannels[`${customPrefix}${custom.id}`] = { kind: custom.kind as ChannelKind, digital: custom.digital };
  const nameOf = (id: string) => {
    if (id.startsWith(customPrefix)) return sources.customChannels.find((row) => `${customPrefix}${row.id}` === id)?.name ?? id;
    return catalogue.channels.find((channel) => channel.id === id)?.name ?? id;
  };
  const mention = (id: string) => {
    channelIndex[id] ??= { name: nameOf(id), kind: knownChannels[id]?.kind ?? null };
  };

  const frameworks = new Map<string, Framework>();
  const channels: SnapshotChannel[] = [];
  for (const assessment of sources.assessments) {
    // The document lists every framework complete; the score counts what the channel was asked.
    const pinned = pinnedFrameworks(assessment.frameworkVersions);
    for (const framework of pinned) frameworks.set(`${framework.id}@${framework.version}`, framework);
    const channel = resolveChannel(assessment.channelId, assessment.catalogueVersion, sources.customChannels, sources.overrides);
    const asked = channel ? applicableFrameworks(pinned, channel) : pinned;
    const notApplicable = channel ? notApplicableItems(pinned, channel) : [];
    const facts = factsOf(assessment.factsUsed, channel?.facts);
    const answers = Object.fromEntries(
      assessment.answers.map((answer) => [answer.itemId, { value: parseAnswer(answer.value), rationale: answer.rationale, evidence: answer.evidence }]),
    );
    for (const answer of Object.values(answers)) {
      // Channel lists (alternatives, fallbacks) name other channels the document must be able to name.
      if (Array.isArray(answer.value)) for (const value of answer.value) if (knownChannels[value]) mention(value);
    }
    const previousDecision = assessment.previousAssessmentId ? sources.previousDecisions[assessment.previousAssessmentId] : null;
    const input: ScoringInput = {
      frameworks: asked,
      dimensions,
      facts: facts as ScoringInput["facts"],
      channel: { id: assessment.channelId, kind: channel?.kind ?? "commercial", digital: channel?.digital ?? true, selfHosted: channel?.selfHosted ?? false },
      answers: Object.fromEntries(Object.entries(answers).map(([ref, answer]) => [ref, { value: answer.value, rationale: answer.rationale }])),
      weights,
      today: meta.today,
      currentlyUsed: keepsInUse(previousDecision),
      knownChannels,
    };
    const result = scoreAssessment(input, rules, { whatWouldChange: false });
    mention(assessment.channelId);
    channels.push({
      channelId: assessment.channelId,
      name: channel?.name ?? assessment.channelId,
      kind: channel?.kind ?? "commercial",
      digital: channel?.digital ?? true,
      custom: assessment.channelId.startsWith(customPrefix),
      ...(channel?.selfHosted && channel.host ? { host: channel.host } : {}),
      assessment: {
        status: assessment.status as SnapshotChannel["assessment"]["status"],
        frameworkVersions: JSON.parse(assessment.frameworkVersions) as Record<string, string>,
        catalogueVersion: assessment.catalogueVersion,
        decidedAt: assessment.decidedAt?.toISOString() ?? null,
      },
      decision: {
        value: (assessment.decision as SnapshotChannel["decision"]["value"]) ?? null,
        conditions: assessment.decisionConditions,
        rationale: assessment.decisionRationale,
        phaseOutDate: assessment.phaseOutDate,
      },
      score: storeScore(result),
      answers,
      ...(notApplicable.length ? { notApplicable: Object.fromEntries(notApplicable.map(({ ref, reason }) => [ref, reason])) } : {}),
      risks: assessment.risks.map(snapshotRisk),
      ...(sources.transparency?.[assessment.id] ? { transparency: sources.transparency[assessment.id] } : {}),
      ...(sources.evaluations?.[assessment.id] ? { evaluation: sources.evaluations[assessment.id] } : {}),
      facts: snapshotFacts(facts),
    });
  }
  channels.sort(byName);

  const coverage = coverageMatrix(
    channels.map((channel) => ({
      channelId: channel.channelId,
      channelName: channel.name,
      kind: channel.kind,
      decision: channel.decision.value,
      answers: Object.fromEntries(Object.entries(channel.answers).map(([ref, answer]) => [ref, answer.value])),
    })),
    (id) => knownChannels[id]?.kind,
  );
  for (const column of coverage.columns) mention(column);
  for (const row of coverage.rows) for (const fallback of row.fallbacks) mention(fallback);

  const resolved = resolveWeights(dimensions, weights);
  const snapshot: PolicySnapshot = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    municipality: { slug: sources.municipality.slug, name: sources.municipality.name, primaryColor: sources.municipality.primaryColor },
    year: meta.year,
    asOf: meta.today,
    introduction: meta.introduction,
    summary: meta.summary,
    evaluationDate: meta.evaluationDate,
    adoption: meta.adoption,
    frameworks: [...frameworks.values()]
      .sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version))
      .map(toSnapshotFramework),
    catalogueVersions: [...new Set(sources.assessments.map((assessment) => assessment.catalogueVersion))].sort(),
    scoringRulesVersion: rules.version,
    dimensions: dimensions.map((dimension) => ({ id: dimension.id, group: dimension.group, title: dimension.title, weight: resolved[dimension.id] ?? 0 })),
    channelIndex: Object.fromEntries(Object.entries(channelIndex).sort(([a], [b]) => a.localeCompare(b))),
    channels,
    coverage: { columns: coverage.columns, rows: coverage.rows },
    previous: meta.previous ? { year: meta.previous.year, hash: meta.previous.hash } : null,
    changes: null,
  };
  snapshot.changes = meta.previous ? diffPolicies(meta.previous.snapshot, snapshot) : null;
  return snapshot;
}

/** Reads a year's assessments and builds the document from them. */
export async function gatherPolicy(client: Tx, municipalityId: string, meta: GatherMeta): Promise<PolicySnapshot> {
  return buildSnapshot(await loadPolicySources(client, municipalityId, meta.year), meta);
}

