import type { ChannelKind, FactKey } from "@/lib/catalogue/schema";
import { loadRiskFamilies } from "@/lib/frameworks/load";
import type { RiskFamily, RiskProposalCondition } from "@/lib/frameworks/schema";
import { defaultScoringRules, type ScoringRules } from "@/lib/scoring";
import { classifyFact } from "@/lib/scoring/fact-rules";

/**
 * Risks the facts already show (issue: processing outside the EU, no DPIA, a DPIA with high
 * risks). Which facts propose which risk is content (`proposal` in content/risk-families.yaml);
 * a fact's class comes from the same rules the score uses, so a proposal and the score never
 * read a fact differently.
 */

type FactValue = { value: string };
export type ProposalFacts = Partial<Record<FactKey, FactValue>>;
export type ProposalChannel = { kind: ChannelKind; digital: boolean; facts: ProposalFacts };
export type ProposalBasis = { factKey: FactKey; value: string };
export type ProposedRisk = { family: RiskFamily & { proposal: NonNullable<RiskFamily["proposal"]> }; basis: ProposalBasis[] };

function holds(condition: RiskProposalCondition, channel: ProposalChannel, rules: ScoringRules): ProposalBasis | null {
  const factKey = condition.fact as FactKey;
  const fact = channel.facts[factKey];
  const rule = rules.facts.find((candidate) => candidate.fact === factKey);
  if (!rule) return null;
  const outcome = classifyFact(rule, fact, { id: "", kind: channel.kind, digital: channel.digital });
  const met = "unknown" in condition ? outcome.state === "unknown" : outcome.class === condition.class;
  return met ? { factKey, value: outcome.value } : null;
}

/** The risk families this channel's facts propose, in content order, each with the facts that show it. */
export function proposedRisks(
  channel: ProposalChannel,
  families: readonly RiskFamily[] = loadRiskFamilies(),
  rules: ScoringRules = defaultScoringRules(),
): ProposedRisk[] {
  // Facts about processing mean nothing for a counter or a letter through the door.
  if (!channel.digital) return [];
  return families.flatMap((family) => {
    const proposal = family.proposal;
    if (!proposal) return [];
    if (proposal.kinds && !proposal.kinds.includes(channel.kind)) return [];
    const basis = proposal.when.flatMap((condition) => holds(condition, channel, rules) ?? []);
    return basis.length ? [{ family: { ...family, proposal }, basis }] : [];
  });
}

/**
 * What the current facts propose that the earlier facts did not: a proposal the advisor removed
 * comes back only when a fact newly shows it, never for the same facts twice.
 */
export function newlyProposedRisks(
  previousFacts: ProposalFacts,
  current: ProposalChannel,
  families: readonly RiskFamily[] = loadRiskFamilies(),
  rules: ScoringRules = defaultScoringRules(),
): ProposedRisk[] {
  const before = Object.keys(previousFacts).length
    ? new Set(proposedRisks({ ...current, facts: previousFacts }, families, rules).map((proposal) => proposal.family.id))
    : new Set<string>();
  return proposedRisks(current, families, rules).filter((proposal) => !before.has(proposal.family.id));
}

/** The stored basis of a proposed risk (Risk.proposedFrom); null for a risk a person added. */
export function readProposedFrom(json: string | null): ProposalBasis[] | null {
  if (!json) return null;
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? (parsed as ProposalBasis[]) : null;
}
