import { z } from "zod";
import { ownerRoles, roles } from "@/lib/frameworks/roles";

// An absent key gets the same message as an empty string, so a content editor reads one clear
// message for both; other type errors keep zod's default message.
const missingAs = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? message : undefined;

/** Text in both app languages. Dutch is the official wording where a source gives one. */
export const localizedText = z.object({
  nl: z.string({ error: missingAs("Dutch text is missing") }).trim().min(1, "Dutch text is missing"),
  en: z
    .string({ error: missingAs("English translation is missing") })
    .trim()
    .min(1, "English translation is missing"),
});
export type LocalizedText = z.infer<typeof localizedText>;

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

export const source = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: isoDate,
  url: z.url().optional(),
  /** Which seed text or document section the wording comes from. */
  reference: z.string().optional(),
  /**
   * How much of `date` the source itself states. Several sources give only a month or a year;
   * the remaining digits of `date` are then "01" and must not be shown as if they were known.
   * Absent means the full day is known.
   */
  datePrecision: z.enum(["day", "month", "year"]).optional(),
});
export type Source = z.infer<typeof source>;

// The lists live in roles.ts (the browser imports them without zod); the domain reads them here too.
export { ownerRoles, roles };
export type { OwnerRole } from "@/lib/frameworks/roles";
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const ownerRole = z.enum(ownerRoles);

export const answerTypes = ["ynpu", "scale", "text", "choice", "channels", "date", "number"] as const;
export const answerType = z.enum(answerTypes);
export type AnswerType = z.infer<typeof answerType>;

const option = z.object({ value: z.string().min(1), label: localizedText });

/** How an item contributes to a scoring dimension; the dimension id must exist in content/dimensions.yaml. */
export const feed = z.object({
  dimension: z.string().min(1),
  weight: z.number().positive().max(10).default(1),
  /** True when a "yes" / high answer is bad for the dimension. */
  inverted: z.boolean().default(false),
});

/**
 * The kinds of channel a question or framework can be limited to: a channel the municipality hosts
 * itself, a commercial platform, an open alternative others host, the municipality's own digital
 * channel (website, app, newsletter) and a channel that is not digital (counter, door-to-door
 * mail, local radio). A channel has exactly one (lib/assessments/applicability.ts).
 */
export const channelScopes = ["self-hosted", "commercial", "open-alternative", "own-channel", "offline"] as const;
export const channelScope = z.enum(channelScopes);
export type ChannelScope = z.infer<typeof channelScope>;

/** One scope or a list of them; a single word stays valid, as the first framework files wrote it. */
const appliesTo = z.preprocess((value) => (typeof value === "string" ? [value] : value), z.array(channelScope).min(1));

const itemRefPattern = /^[a-z0-9-]+:[a-z0-9][a-z0-9.-]*$/;

export const frameworkItem = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "ids are lower-case, dot or dash separated"),
    /** Official wording (nl) as the source gives it, with an English translation. */
    text: localizedText,
    /** Our own words: what the question means, what a good answer contains. */
    guidance: localizedText,
    answerType,
    /** Scale levels (answerType scale) or options (choice), in order. */
    options: z.array(option).optional(),
    multiple: z.boolean().default(false),
    /** Date items only: the date must lie after today (e.g. an exit deadline). */
    future: z.boolean().default(false),
    /**
     * When a written reason is needed (lib/assessments/reasons.ts): "weighted" where the answer
     * carries weight (unknown, lowers a score, can trigger a knock-out, differs from last year);
     * "required" always; "optional" never; "none" has no reason field.
     */
    rationale: z.enum(["weighted", "required", "optional", "none"]).default("weighted"),
    evidence: z.boolean().default(false),
    owner: ownerRole,
    feeds: z.array(feed).default([]),
    /** True when the wording is the app's own, because the source only names the topic. */
    ownWording: z.boolean().default(false),
    /**
     * Absent: asked of every channel. Otherwise asked only of these kinds of channel; for any other
     * the assessment records the question as not applicable, for the reason in `notApplicable`.
     */
    appliesTo: appliesTo.optional(),
    notApplicable: localizedText.optional(),
    /**
     * The same question as one another framework (or part) asks first, as "<frameworkId>:<itemId>"
     * of its latest version: the wizard asks it there once and shows the answer here with both
     * sources, and saving that answer records it here too. `reason` says why they are the same.
     */
    sameAs: z
      .strictObject({
        question: z.string().regex(itemRefPattern, 'expected "<frameworkId>:<itemId>"'),
        reason: localizedText,
      })
      .optional(),
  })
  .superRefine((item, ctx) => {
    if (item.appliesTo && !item.notApplicable) {
      ctx.addIssue({ code: "custom", path: ["notApplicable"], message: "a question limited by appliesTo needs the reason it is not applicable elsewhere" });
    }
    if (item.notApplicable && !item.appliesTo) {
      ctx.addIssue({ code: "custom", path: ["appliesTo"], message: "notApplicable is only used with appliesTo" });
    }
    if ((item.answerType === "scale" || item.answerType === "choice") && !item.options?.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `${item.answerType} items need options` });
    }
  });
export type FrameworkItem = z.infer<typeof frameworkItem>;

export const frameworkPart = z.object({
  id: z.string().min(1),
  title: localizedText,
  description: localizedText.optional(),
  items: z.array(frameworkItem).min(1),
});
export type FrameworkPart = z.infer<typeof frameworkPart>;

/** How an item id of the previous version maps to this one. */
/** `reason` is shown to whoever reopens last year's answers, so they know why a question moved. */
export const migrationRule = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("renamed"), from: z.string(), to: z.string(), reason: localizedText.optional() }),
  z.object({
    kind: z.literal("split"),
    from: z.string(),
    to: z.array(z.string()).min(2),
    reason: localizedText.optional(),
  }),
  z.object({ kind: z.literal("removed"), from: z.string(), reason: localizedText.optional() }),
]);
export type MigrationRule = z.infer<typeof migrationRule>;

export const framework = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  title: localizedText,
  summary: localizedText,
  source,
  previousVersion: z.string().optional(),
  /**
   * Absent: asked of every channel. Otherwise pinned only for these kinds of channel, e.g.
   * "self-hosted": asked only of a channel the municipality hosts itself.
   */
  appliesTo: appliesTo.optional(),
  migration: z.array(migrationRule).default([]),
  parts: z.array(frameworkPart).min(1),
});
export type Framework = z.infer<typeof framework>;

export const dimension = z.object({
  id: z.string().min(1),
  group: z.enum(["baseline", "public-value"]),
  title: localizedText,
  description: localizedText,
  source,
  defaultWeight: z.number().min(0).max(10),
  /** Why the default weight is what it is; a municipality that changes the weight reads this first. */
  weightRationale: localizedText.optional(),
});
export type Dimension = z.infer<typeof dimension>;

/** content/dimensions.yaml */
export const dimensionsFile = z.object({ dimensions: z.array(dimension).min(1) });

/**
 * One fact condition that proposes a risk: the fact's class under the scoring rules
 * (content/scoring.yaml, e.g. jurisdiction "outside-eu") or, with `unknown`, that nothing is
 * known. Facts and classes are checked against the catalogue and the scoring rules in tests.
 */
const proposalCondition = z.union([
  z.strictObject({ fact: z.string().min(1), class: z.string().min(1) }),
  z.strictObject({ fact: z.string().min(1), unknown: z.literal(true) }),
]);
export type RiskProposalCondition = z.infer<typeof proposalCondition>;

/** Any one condition proposes the risk, with these likelihood and impact, for these kinds of channel (all when absent). */
export const riskProposal = z.strictObject({
  when: z.array(proposalCondition).min(1),
  kinds: z.array(z.string().min(1)).optional(),
  likelihood: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
});
export type RiskProposal = z.infer<typeof riskProposal>;

/**
 * A family of risks an assessment can record (Risk.familyId). `known-risk` marks the five risk
 * families the sources name for commercial platforms; `threat` marks threats from the trend
 * analysis and the resilience considerations; `dpia` marks what a data protection impact
 * assessment (or the lack of one) says about the channel.
 */
export const riskFamily = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "ids are lower-case, dot or dash separated"),
  group: z.enum(["known-risk", "threat", "dpia"]),
  title: localizedText,
  description: localizedText,
  owner: ownerRole,
  source,
  /** Dimensions the risk weighs on; ids must exist in content/dimensions.yaml. */
  dimensions: z.array(z.string().min(1)).default([]),
  /** Items whose answers show whether the risk applies, as "<frameworkId>:<itemId>" (latest versions). */
  items: z.array(z.string().regex(itemRefPattern, 'expected "<frameworkId>:<itemId>"')).default([]),
  /** When the channel's facts already show the risk, the assessment proposes it (lib/assessments/proposals.ts). */
  proposal: riskProposal.optional(),
});
export type RiskFamily = z.infer<typeof riskFamily>;

/** content/risk-families.yaml */
export const riskFamiliesFile = z.object({ riskFamilies: z.array(riskFamily).min(1) });
