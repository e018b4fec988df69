/**
 * The policy document's data: the snapshot gathered from a year's assessments (frozen as JSON at
 * adoption), the JSON export envelopes of a policy version and of an assessment, and the inputs
 * of the policy forms. Pure zod, no I/O, so the browser forms, the import and the unit tests share it.
 *
 * A snapshot is self-contained: it carries the question wording, dimension titles, channel names
 * and framework sources it needs, so it renders the same in any installation, today and later.
 */
import { z } from "zod";
import { factKeys } from "@/lib/catalogue/schema";
import { channelKinds } from "@/lib/catalogue/schema";
import { serverHost } from "@/lib/assessments/schema";
import { answerTypes, ownerRoles } from "@/lib/frameworks/schema";
// The snapshot and the export speak the workflow's own vocabulary (statuses, decisions, roles,
// sections), one list each: changing one of those lists changes SNAPSHOT_FORMAT_VERSION's meaning too.
import { sections } from "@/lib/reviews/sections";
import { assessmentStatuses, decisions, riskDecisions, sectionStatuses } from "@/lib/reviews/transitions";
import { scoringMessageKeys, recommendationValues, knockoutIds } from "@/lib/scoring/schema";
import { calendarDate } from "@/lib/validation/date-schema";
import { snapshotTransparency } from "@/lib/transparency/schema";
import { snapshotEvaluation } from "@/lib/policy/evaluation-schema";

/* ------------------------------------------------------------------------------------------ */
/* Building blocks                                                                              */
/* ------------------------------------------------------------------------------------------ */

const text = (max: number) => z.string().max(max);
export const localizedText = z.object({ nl: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedText>;

export const answerValue = z.union([z.string().max(20_000), z.number(), z.array(z.string().max(200)).max(100)]);
const itemRef = z.string().regex(/^[a-z0-9-]+:[a-z0-9][a-z0-9.-]*$/, "invalid");
const params = z.record(z.string(), z.string().max(5000));
const knownMessageKey = new Set(scoringMessageKeys);
const messageKey = z.string().refine((key) => knownMessageKey.has(key), "invalid_value");

export const policyStatuses = ["draft", "adopted"] as const;
export type PolicyStatus = (typeof policyStatuses)[number];

/* ------------------------------------------------------------------------------------------ */
/* Snapshot                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export const SNAPSHOT_FORMAT = "afwegingskader/policy-snapshot";
export const SNAPSHOT_FORMAT_VERSION = 1;

const snapshotItem = z.object({
  id: z.string().min(1).max(200),
  text: localizedText,
  answerType: z.enum(answerTypes),
  multiple: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: localizedText })).optional(),
});

/** A framework version as the document needs it: wording and source, no guidance or scoring feeds. */
export const snapshotFramework = z.object({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  title: localizedText,
  source: z.object({ publisher: z.string(), title: z.string(), date: z.string(), url: z.string().optional() }),
  parts: z.array(z.object({ id: z.string().min(1).max(100), title: localizedText, items: z.array(snapshotItem) })),
});
export type SnapshotFramework = z.infer<typeof snapshotFramework>;

const storedDriver = z.object({
  kind: z.enum(["answer", "fact"]),
  itemRef: z.string().optional(),
  factKey: z.string().optional(),
  contribution: z.number(),
  messageKey,
  params,
});

/** ScoreResult from lib/scoring, without the what-if list: figures, message keys and their raw params. */
export const storedScore = z.object({
  overall: z.object({ score: z.number().nullable(), confidence: z.number() }),
  groups: z.record(z.string(), z.object({ score: z.number().nullable(), confidence: z.number() })),
  dimensions: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      score: z.number().nullable(),
      confidence: z.number(),
      weight: z.number(),
      drivers: z.array(storedDriver),
      unknownCount: z.number().int().min(0),
    }),
  ),
  knockouts: z.array(
    z.object({
      id: z.enum(knockoutIds),
      severity: z.enum(["blocking", "condition"]),
      status: z.enum(["triggered", "unresolved"]),
      messageKey,
      params,
    }),
  ),
  recommendation: z.object({
    value: z.enum(recommendationValues),
    phaseOutBy: calendarDate.optional(),
    provisional: z.boolean(),
    reasons: z.array(z.object({ messageKey, params })),
  }),
  rulesVersion: z.string(),
});
export type StoredScore = z.infer<typeof storedScore>;

export const snapshotRisk = z.object({
  familyId: z.string().nullable(),
  title: text(200),
  description: text(2000),
  likelihood: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  measures: text(2000),
  ownerRole: z.enum(ownerRoles),
  decision: z.enum(riskDecisions).nullable(),
  decisionRationale: text(5000).nullable(),
  riskOwner: text(200).nullable(),
  reviewDate: calendarDate.nullable(),
  mitigationBy: text(200).nullable(),
});
export type SnapshotRisk = z.infer<typeof snapshotRisk>;

const snapshotFact = z.object({
  value: z.string().max(500),
  checkedAt: z.string().max(20),
  origin: z.enum(["catalogue", "override"]),
  source: z.object({ publisher: z.string(), title: z.string(), date: z.string().optional(), url: z.string().optional() }).optional(),
});

export const snapshotAnswer = z.object({ value: answerValue.nullable(), rationale: text(5000), evidence: text(1000) });

export const snapshotChannel = z.object({
  channelId: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  kind: z.enum(channelKinds),
  digital: z.boolean(),
  custom: z.boolean(),
  /** The server of a channel the municipality hosts itself, as named when it was added. */
  host: z.string().min(1).max(253).optional(),
  assessment: z.object({
    status: z.enum(assessmentStatuses),
    frameworkVersions: z.record(z.string(), z.string()),
    catalogueVersion: z.string(),
    decidedAt: z.string().nullable(),
  }),
  decision: z.object({
    value: z.enum(decisions).nullable(),
    conditions: text(5000).nullable(),
    rationale: text(5000).nullable(),
    phaseOutDate: calendarDate.nullable(),
  }),
  score: storedScore,
  answers: z.record(itemRef, snapshotAnswer),
  /** The questions of its frameworks this channel was not asked, with the content's reason (absent before there were any). */
  notApplicable: z.record(itemRef, localizedText).optional(),
  risks: z.array(snapshotRisk),
  facts: z.partialRecord(z.enum(factKeys), snapshotFact),
  /** The approved transparency report of the channel's year (absent when none was approved, and before there were any). */
  transparency: snapshotTransparency.optional(),
  /** The approved evaluation of the channel's previous decision (absent when none was approved, and before there were any). */
  evaluation: snapshotEvaluation.optional(),
});
export type SnapshotChannel = z.infer<typeof snapshotChannel>;

export const coverageSnapshot = z.object({
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      audience: z.string(),
      cells: z.record(z.string(), z.enum(["assessed", "alternative"]).nullable()),
      reachedBy: z.array(z.string()),
      fallbacks: z.array(z.string()),
      warnings: z.array(z.enum(["no-channel", "commercial-only", "no-crisis-fallback"])),
    }),
  ),
});

/* ---- changes since last year (lib/policy/diff.ts) ---- */

const change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value });

export const riskChange = z.object({
  title: z.string(),
  from: snapshotRisk.nullable(),
  to: snapshotRisk.nullable(),
  fields: z.array(z.string()),
});

export const channelChange = z.object({
  channelId: z.string(),
  name: z.string(),
  change: z.enum(["added", "removed", "changed", "unchanged"]),
  decision: change(z.enum(decisions).nullable()).optional(),
  conditions: change(z.string().nullable()).optional(),
  phaseOutDate: change(z.string().nullable()).optional(),
  score: change(z.number().nullable()).optional(),
  recommendation: change(z.enum(recommendationValues)).optional(),
  risks: z.array(riskChange),
  facts: z.array(z.object({ key: z.enum(factKeys), from: z.string().nullable(), to: z.string().nullable() })),
  answers: z.array(z.object({ itemRef, from: answerValue.nullable(), to: answerValue.nullable() })),
});
export type ChannelChange = z.infer<typeof channelChange>;

export const policyDiff = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  channels: z.array(channelChange),
});
export type PolicyDiff = z.infer<typeof policyDiff>;

export const policySnapshot = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  municipality: z.object({ slug: z.string().min(1).max(100), name: z.string().min(1).max(200), primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/) }),
  year: z.number().int().min(2000).max(2100),
  asOf: calendarDate,
  introduction: text(20_000),
  summary: text(10_000),
  evaluationDate: calendarDate.nullable(),
  adoption: z
    .object({ councilDecisionDate: calendarDate, councilDecisionRef: text(200), adoptedAt: z.string(), adoptedBy: text(200) })
    .nullable(),
  frameworks: z.array(snapshotFramework),
  catalogueVersions: z.array(z.string()),
  scoringRulesVersion: z.string(),
  dimensions: z.array(z.object({ id: z.string(), group: z.string(), title: localizedText, weight: z.number() })),
  /** Names and kinds of every channel the document mentions (assessed, alternatives, fallbacks). */
  channelIndex: z.record(z.string(), z.object({ name: z.string(), kind: z.enum(channelKinds).nullable() })),
  channels: z.array(snapshotChannel),
  coverage: coverageSnapshot,
  previous: z.object({ year: z.number().int(), hash: z.string().nullable() }).nullable(),
  changes: policyDiff.nullable(),
});
export type PolicySnapshot = z.infer<typeof policySnapshot>;

/* ------------------------------------------------------------------------------------------ */
/* Export / import envelopes (docs/policy-format.md)                                            */
/* ------------------------------------------------------------------------------------------ */

export const POLICY_EXPORT_FORMAT = "afwegingskader/policy";
export const ASSESSMENT_EXPORT_FORMAT = "afwegingskader/assessment";
export const EXPORT_FORMAT_VERSION = 1;
/** Largest file the import accepts, in bytes; as base64 (a PDF) it still fits the 2 MB server-action limit. */
export const MAX_IMPORT_BYTES = 1_400_000;

export const policyExport = z.object({
  format: z.literal(POLICY_EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.string(),
  source: z.object({ municipality: z.string(), app: z.string() }),
  policy: z.object({
    year: z.number().int().min(2000).max(2100),
    status: z.enum(policyStatuses),
    introduction: text(20_000),
    summary: text(10_000),
    evaluationDate: calendarDate.nullable(),
    councilDecisionDate: calendarDate.nullable(),
    councilDecisionRef: text(200).nullable(),
    adoptedAt: z.string().nullable(),
    snapshot: policySnapshot.nullable(),
    snapshotHash: z.string().regex(/^[0-9a-f]{64}$/, "invalid").nullable(),
  }),
});
export type PolicyExport = z.infer<typeof policyExport>;

export const exportedSectionReview = z.object({
  section: z.enum(sections),
  status: z.enum(sectionStatuses),
  reviewerRole: z.string().max(50).nullable(),
  rationale: text(5000).nullable(),
  decidedAt: z.string().nullable(),
  round: z.number().int().min(1),
});

export const assessmentExport = z.object({
  format: z.literal(ASSESSMENT_EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.string(),
  source: z.object({ municipality: z.string(), app: z.string() }),
  assessment: z.object({
    channel: z.object({
      id: z.string().min(1).max(200),
      name: z.string().min(1).max(200),
      kind: z.enum(channelKinds),
      digital: z.boolean(),
      custom: z.boolean(),
      description: text(2000),
      /** A municipality's own channel: its catalogue type, and whether (and on which server) it hosts it. */
      baseChannelId: z.string().min(1).max(100).optional(),
      selfHosted: z.boolean().optional(),
      host: serverHost.optional(),
    }),
    year: z.number().int().min(2020).max(2100),
    status: z.enum(assessmentStatuses),
    frameworkVersions: z.record(z.string(), z.string()),
    catalogueVersion: z.string().min(1).max(50),
    factsUsed: z.record(z.string(), z.unknown()),
    reviewRound: z.number().int().min(1),
    decision: z.object({
      value: z.enum(decisions).nullable(),
      conditions: text(5000).nullable(),
      rationale: text(5000).nullable(),
      phaseOutDate: calendarDate.nullable(),
      decidedAt: z.string().nullable(),
    }),
    answers: z.array(z.object({ itemRef, value: answerValue.nullable(), rationale: text(5000), evidence: text(1000) })),
    risks: z.array(snapshotRisk.extend({ decidedAt: z.string().nullable() })),
    sectionReviews: z.array(exportedSectionReview),
  }),
});
export type AssessmentExport = z.infer<typeof assessmentExport>;

/* ------------------------------------------------------------------------------------------ */
/* Form and action inputs                                                                       */
/* ------------------------------------------------------------------------------------------ */

const slug = z.string().min(1).max(100);
const year = z.coerce.number("invalid").int("invalid").min(2020, "too_small").max(2100, "too_large");
/** An optional date field: "" when left empty (the mutation stores null). */
const optionalDate = z.union([z.literal(""), calendarDate]);

export const draftInput = z.object({
  municipalitySlug: slug,
  year,
  introduction: z.string().trim().max(20_000, "too_long"),
  summary: z.string().trim().max(10_000, "too_long"),
  evaluationDate: optionalDate,
  expectedVersion: z.coerce.number().int().min(0),
});
export type DraftInput = z.input<typeof draftInput>;

export const adoptInput = z.object({
  municipalitySlug: slug,
  year,
  councilDecisionDate: calendarDate,
  councilDecisionRef: z.string().trim().min(1, "required").max(200, "too_long"),
  expectedVersion: z.coerce.number().int().min(0),
});
export type AdoptInput = z.input<typeof adoptInput>;

export const versionInput = z.object({ municipalitySlug: slug, year });
export type VersionInput = z.input<typeof versionInput>;

/** Withdrawing a publication needs a reason: residents and the council may ask why a document went offline. */
export const unpublishInput = z.object({ municipalitySlug: slug, year, reason: z.string().trim().min(1, "rationale_required").max(1000, "too_long") });
export type UnpublishInput = z.input<typeof unpublishInput>;

export const importInput = z.object({
  municipalitySlug: slug,
  fileName: z.string().max(300).default(""),
  /** The file as base64 (what the import form sends, for a JSON file and a PDF alike), or JSON as text. */
  content: z.string(),
  encoding: z.enum(["text", "base64"]).default("text"),
});
export type ImportInput = z.input<typeof importInput>;

/** An imported assessment or policy version to delete, by the id its import was audited with. */
export const deleteImportInput = z.object({ municipalitySlug: slug, objectId: z.string().min(1).max(100) });

/** A year from a URL segment; null for anything else (the page then answers 404). */
export function parseYearParam(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}
