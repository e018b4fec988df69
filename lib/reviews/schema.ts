import { z } from "zod";
import { todayInNL } from "@/lib/catalogue/schema";
import { ownerRole } from "@/lib/frameworks/schema";
import { maxReviewText } from "@/lib/reviews/limits";
import { sectionSchema } from "@/lib/reviews/sections";
import { decisions, riskDecisions } from "@/lib/reviews/transitions";
import { isCalendarDate } from "@/lib/validation/date";

/**
 * One schema per form, shared by the browser (zodResolver) and the server action; the comment
 * form, which the wizard carries too, is checked on the server only (comment-threads.tsx).
 */

const slug = z.string().min(1).max(100);
const id = z.string().min(1).max(100);
const itemRef = z.string().regex(/^[a-z0-9-]+:[a-z0-9][a-z0-9.-]*$/, "invalid");
const requiredText = (max: number, code: "required" | "rationale_required" = "required") =>
  z.string(code).trim().min(1, code).max(max, "too_long");
const optionalText = (max: number) => z.string().trim().max(max, "too_long").default("");

export const submitInput = z.object({ municipalitySlug: slug, assessmentId: id });
export type SubmitInput = z.input<typeof submitInput>;

export const approveSectionInput = z.object({
  municipalitySlug: slug,
  assessmentId: id,
  section: sectionSchema,
  rationale: requiredText(maxReviewText, "rationale_required"),
});
export type ApproveSectionInput = z.input<typeof approveSectionInput>;

/** "Changes requested" says what must change, optionally about one question. */
export const requestChangesInput = z.object({
  municipalitySlug: slug,
  assessmentId: id,
  section: sectionSchema,
  message: requiredText(maxReviewText),
  itemRef: z.union([itemRef, z.literal("")]).default(""),
});
export type RequestChangesInput = z.input<typeof requestChangesInput>;

/**
 * A reviewer's choice on one risk. Accepted: why, who owns the risk, and when it is looked at
 * again (a date after today). Mitigated: which measures and who carries them out.
 * Not accepted: why. Fields of the other choices are ignored.
 */
export const riskDecisionInput = z
  .object({
    municipalitySlug: slug,
    assessmentId: id,
    riskId: id,
    decision: z.enum(riskDecisions, "required"),
    rationale: optionalText(maxReviewText),
    riskOwner: optionalText(200),
    reviewDate: z.string().trim().default(""),
    measures: optionalText(maxReviewText),
    mitigationBy: optionalText(200),
  })
  .superRefine((input, ctx) => {
    const missing = (path: string, message: "required" | "rationale_required" = "required") => ctx.addIssue({ code: "custom", path: [path], message });
    if ((input.decision === "accepted" || input.decision === "not_accepted") && !input.rationale) missing("rationale", "rationale_required");
    if (input.decision === "accepted") {
      if (!input.riskOwner) missing("riskOwner");
      if (!input.reviewDate) missing("reviewDate");
      else if (!isCalendarDate(input.reviewDate)) ctx.addIssue({ code: "custom", path: ["reviewDate"], message: "invalid_date" });
      else if (input.reviewDate <= todayInNL()) ctx.addIssue({ code: "custom", path: ["reviewDate"], message: "past_date" });
    }
    if (input.decision === "mitigated") {
      if (!input.measures) missing("measures");
      if (!input.mitigationBy) missing("mitigationBy");
    }
  });
export type RiskDecisionInput = z.input<typeof riskDecisionInput>;

type RiskDecisionState = {
  decision: string | null;
  decisionRationale: string | null;
  riskOwner: string | null;
  reviewDate: string | null;
  measures: string;
  mitigationBy: string | null;
  decidedById: string | null;
};

/**
 * What the risk decision form starts from for this person. Their own earlier decision, to
 * change it; someone else's decision is shown beside the form but not put in it, so nobody saves
 * another person's reasons under their own name. The measures the advisor proposed are a
 * proposal for everyone and stay.
 */
export function riskDecisionDefaults(risk: RiskDecisionState, userId: string) {
  const own = risk.decidedById === userId;
  const decision = own && risk.decision && (riskDecisions as readonly string[]).includes(risk.decision) ? (risk.decision as (typeof riskDecisions)[number]) : null;
  return {
    decision,
    rationale: own ? (risk.decisionRationale ?? "") : "",
    riskOwner: own ? (risk.riskOwner ?? "") : "",
    reviewDate: own ? (risk.reviewDate ?? "") : "",
    measures: risk.measures,
    mitigationBy: own ? (risk.mitigationBy ?? "") : "",
  };
}

/** The decision on the channel; conditions with "use with conditions", a future date with "phase out". */
export const recordDecisionInput = z
  .object({
    municipalitySlug: slug,
    assessmentId: id,
    decision: z.enum(decisions, "required"),
    conditions: optionalText(maxReviewText),
    phaseOutDate: z.string().trim().default(""),
    rationale: requiredText(maxReviewText, "rationale_required"),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "use_with_conditions" && !input.conditions) ctx.addIssue({ code: "custom", path: ["conditions"], message: "required" });
    if (input.decision === "phase_out") {
      if (!input.phaseOutDate) ctx.addIssue({ code: "custom", path: ["phaseOutDate"], message: "required" });
      else if (!isCalendarDate(input.phaseOutDate)) ctx.addIssue({ code: "custom", path: ["phaseOutDate"], message: "invalid_date" });
      else if (input.phaseOutDate <= todayInNL()) ctx.addIssue({ code: "custom", path: ["phaseOutDate"], message: "past_date" });
    }
  });
export type RecordDecisionInput = z.input<typeof recordDecisionInput>;

/** Taking a decision back needs a reason: it goes into the audit trail and to the reviewers. */
export const reopenInput = z.object({
  municipalitySlug: slug,
  assessmentId: id,
  reason: requiredText(maxReviewText, "rationale_required"),
});
export type ReopenInput = z.input<typeof reopenInput>;

/** A new thread on a question or a section, or a reply to a thread (parentId). */
export const commentInput = z
  .object({
    municipalitySlug: slug,
    assessmentId: id,
    section: z.union([sectionSchema, z.literal("")]).default(""),
    itemRef: z.union([itemRef, z.literal("")]).default(""),
    parentId: z.union([id, z.literal("")]).default(""),
    body: requiredText(maxReviewText),
  })
  .refine((input) => input.parentId || input.section || input.itemRef, { path: ["body"], message: "invalid" });
export type CommentInput = z.input<typeof commentInput>;

export const resolveCommentInput = z.object({
  municipalitySlug: slug,
  assessmentId: id,
  commentId: id,
  resolved: z.boolean(),
});
export type ResolveCommentInput = z.input<typeof resolveCommentInput>;

/** The municipality's section mapping: the reviewing role per section and the section per question. */
export const sectionOwnersInput = z.object({
  municipalitySlug: slug,
  reviewers: z.object({ privacy: ownerRole, security: ownerRole, communication: ownerRole }),
  /** An array rather than a record: item refs contain dots, which form libraries read as paths. */
  items: z.array(z.object({ ref: itemRef, section: sectionSchema })).max(1000),
});
export type SectionOwnersInput = z.input<typeof sectionOwnersInput>;
