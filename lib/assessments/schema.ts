import { z } from "zod";
import { maxEvidenceLength, maxRationaleLength, riskLevelRange, riskLimits } from "@/lib/assessments/limits";
import { channelKinds } from "@/lib/catalogue/schema";
import { ownerRoles } from "@/lib/frameworks/schema";

const slug = z.string().min(1).max(100);
const id = z.string().min(1).max(100);
/** Statuses in which the wizard accepts edits; later statuses belong to the review workflow. */
export const editableStatuses = ["draft", "changes_requested", "in_review", "approved"] as const;

/**
 * A server's host name as people write it: labels of letters, digits and hyphens, separated by
 * dots, ending in a top-level domain (social.voorbeeldstad.nl). No scheme, port or path.
 */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const serverHost = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, "too_long")
  .refine((host) => host === "" || HOST_NAME.test(host), "invalid_host");

const year = z.coerce.number("invalid").int("invalid").min(2020, "too_small").max(2100, "too_large");

export const createAssessmentInput = z
  .object({
    municipalitySlug: slug,
    year,
    channelId: z.string().max(100).nullish(),
    customName: z.string().trim().max(120, "too_long").nullish(),
    customKind: z.enum(channelKinds, "invalid_value").nullish(),
    /** The catalogue channel the own channel is a kind of; its facts are inherited. */
    customBase: z.string().max(100).nullish(),
    customSelfHosted: z.boolean().default(false),
    customHost: serverHost.nullish(),
    carryForward: z.boolean().default(true),
  })
  .superRefine((input, ctx) => {
    if (!input.channelId && !input.customName) ctx.addIssue({ code: "custom", path: ["channelId"], message: "required" });
    if (input.customName && !input.customKind) ctx.addIssue({ code: "custom", path: ["customKind"], message: "required" });
    // The server is what a self-hosted channel is: without its name nobody knows which one was assessed.
    if (input.customName && input.customSelfHosted && !input.customHost) ctx.addIssue({ code: "custom", path: ["customHost"], message: "required" });
  });
export type CreateAssessmentInput = z.input<typeof createAssessmentInput>;

/** One answer as the wizard autosaves it; the value is checked against its item on the server. */
export const saveAnswerInput = z.object({
  municipalitySlug: slug,
  assessmentId: id,
  itemRef: z.string().regex(/^[a-z0-9-]+:[a-z0-9][a-z0-9.-]*$/, "invalid"),
  value: z.unknown(),
  rationale: z.string().max(maxRationaleLength, "too_long").default(""),
  evidence: z.string().max(maxEvidenceLength, "too_long").default(""),
  /** The answer version the person started from; 0 when there was no answer yet. */
  expectedVersion: z.number().int().min(0),
});
export type SaveAnswerInput = z.input<typeof saveAnswerInput>;

export const likelihoodImpact = z.coerce.number("invalid").int("invalid").min(riskLevelRange.min, "too_small").max(riskLevelRange.max, "too_large");

export const riskInput = z.object({
  municipalitySlug: slug,
  assessmentId: id,
  riskId: id.optional(),
  familyId: z.string().max(100).optional(),
  title: z.string().trim().min(1, "required").max(riskLimits.title, "too_long"),
  description: z.string().trim().max(riskLimits.description, "too_long").default(""),
  likelihood: likelihoodImpact,
  impact: likelihoodImpact,
  measures: z.string().trim().max(riskLimits.measures, "too_long").default(""),
  ownerRole: z.enum(ownerRoles, "invalid_value"),
  expectedVersion: z.number().int().min(0).default(0),
});
export type RiskInput = z.input<typeof riskInput>;

export const deleteRiskInput = z.object({ municipalitySlug: slug, assessmentId: id, riskId: id });

export const acknowledgeFactsInput = z.object({ municipalitySlug: slug, assessmentId: id });

/** Next year's assessment: confirm a wizard step's carried-over answers as unchanged. */
export const confirmStepInput = z.object({ municipalitySlug: slug, assessmentId: id, stepId: z.string().regex(/^[a-z-]{1,40}$/, "invalid_value") });
