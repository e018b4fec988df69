/**
 * The answers the knock-out rules (knockouts.ts) read, and which of those answers can trigger a
 * finding. Apart from the rules so that the wizard can tell, in the browser, that an answer needs
 * a reason because it can block a channel or set a condition (lib/assessments/reasons.ts).
 */

/** The items the knock-outs read, in the latest framework versions. A test checks they exist. */
export const KNOCKOUT_ITEMS = {
  audiences: "assessment-plan:plan.goals.audiences",
  alternatives: "assessment-plan:plan.alternatives.channels",
  sameInformation: "assessment-plan:plan.alternatives.same-information",
  considerAlternatives: "ibd-overwegingen:ibd.consideration.alternatives",
  decideAlternatives: "ibd-overwegingen:ibd.decision.alternatives",
  exitSteps: "assessment-plan:plan.exit.steps",
  exitDeadline: "assessment-plan:plan.exit.deadline",
  considerExit: "ibd-overwegingen:ibd.consideration.exit-strategy",
  crisisFallback: "assessment-plan:plan.crisis.fallback",
  considerCrisis: "ibd-overwegingen:ibd.consideration.crisis-communication",
  dpia: "vng-afwegingskader:vng.law.dpia",
  dpiaRisks: "vng-afwegingskader:vng.law.dpia-risks",
  euTransfer: "vng-afwegingskader:vng.law.eu-transfer",
  moderationPlan: "assessment-plan:plan.moderation.plan",
  incidents: "assessment-plan:plan.moderation.incidents",
  vulnerable: "assessment-plan:plan.moderation.vulnerable",
  stochasticThreat: "ibd-overwegingen:ibd.consideration.stochastic-threat",
  audienceReach: "vng-afwegingskader:vng.goals.audience-reach",
} as const;

/**
 * Per yes/partly/no question the rules read: the answers that trigger a blocking finding or a
 * condition in at least one kind of channel (a test checks each against the rules). Lists, texts
 * and dates trigger a finding when they are empty, which is no answer at all; scale answers are
 * scored, so an answer below the best already needs a reason for that.
 */
export const KNOCKOUT_TRIGGERS: Readonly<Record<string, readonly string[]>> = {
  [KNOCKOUT_ITEMS.sameInformation]: ["no", "partly"],
  [KNOCKOUT_ITEMS.considerAlternatives]: ["no", "partly"],
  [KNOCKOUT_ITEMS.decideAlternatives]: ["no", "partly"],
  [KNOCKOUT_ITEMS.dpia]: ["no", "partly"],
  [KNOCKOUT_ITEMS.dpiaRisks]: ["no", "partly"],
  [KNOCKOUT_ITEMS.euTransfer]: ["no"],
  [KNOCKOUT_ITEMS.considerExit]: ["no"],
  [KNOCKOUT_ITEMS.considerCrisis]: ["no"],
  [KNOCKOUT_ITEMS.moderationPlan]: ["no", "partly"],
  [KNOCKOUT_ITEMS.incidents]: ["no", "partly"],
  [KNOCKOUT_ITEMS.stochasticThreat]: ["no"],
  [KNOCKOUT_ITEMS.vulnerable]: ["no"],
};

export const canTriggerKnockout = (ref: string, value: unknown): boolean =>
  typeof value === "string" && (KNOCKOUT_TRIGGERS[ref]?.includes(value) ?? false);
