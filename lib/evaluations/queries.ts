import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { findPinnedItem } from "@/lib/assessments/steps";
import { channelNamer } from "@/lib/assessments/queries";
import { parseAnswerValue, type AnswerValue } from "@/lib/frameworks/answer-value";
import { getSectionOwners } from "@/lib/reviews/queries";
import { isEvaluationStatus, isOutcome, isReminderKind, parseMeasurements, type EvaluationStatus, type Outcome, type ReminderKind } from "@/lib/evaluations/schema";

/** What the assessment set that the evaluation measures against (plan.goals.*, plan.exit.triggers). */
export const GOALS_ITEM = "assessment-plan:plan.goals.goals";
export const AUDIENCES_ITEM = "assessment-plan:plan.goals.audiences";
export const REACH_ITEM = "assessment-plan:plan.goals.reach";
export const EXIT_TRIGGERS_ITEM = "assessment-plan:plan.exit.triggers";


const status = (value: string): EvaluationStatus => (isEvaluationStatus(value) ? value : "open");

/** Every evaluation of the municipality, the most recent policy year first, earliest due date first. */
export async function listEvaluations(municipalityId: string) {
  const rows = await db.evaluation.findMany({
    where: { municipalityId },
    include: { assessment: { select: { decision: true, catalogueVersion: true } } },
    orderBy: [{ year: "desc" }, { dueDate: "asc" }],
  });
  const nameOf = await channelNamer(municipalityId, rows.map((row) => row.channelId));
  return rows.map((row) => ({
    id: row.id,
    channelName: nameOf(row.channelId, row.assessment.catalogueVersion),
    year: row.year,
    decision: row.assessment.decision,
    dueDate: row.dueDate,
    dueReason: row.dueReason,
    status: status(row.status),
    outcome: isOutcome(row.outcome) ? row.outcome : null,
  }));
}

export type AudienceOption = { value: string; label: { nl: string; en: string } };

/** One evaluation with what its assessment recorded, for its page; null when it is not this municipality's. */
export async function getEvaluation(municipalityId: string, evaluationId: string) {
  const row = await db.evaluation.findFirst({
    where: { id: evaluationId, municipalityId },
    include: {
      assessment: {
        select: {
          id: true,
          decision: true,
          decisionConditions: true,
          frameworkVersions: true,
          catalogueVersion: true,
          answers: { where: { itemId: { in: [GOALS_ITEM, AUDIENCES_ITEM, REACH_ITEM, EXIT_TRIGGERS_ITEM] } }, select: { itemId: true, value: true } },
        },
      },
    },
  });
  if (!row) return null;
  const [nameOf, people, owners] = await Promise.all([
    channelNamer(municipalityId, [row.channelId]),
    db.user.findMany({ where: { id: { in: [row.editedById, row.reviewerId].filter((id): id is string => Boolean(id)) } }, select: { id: true, name: true } }),
    getSectionOwners(municipalityId),
  ]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const answer = (itemId: string): AnswerValue | null => parseAnswerValue(row.assessment.answers.find((candidate) => candidate.itemId === itemId)?.value ?? null);
  const frameworks = pinnedFrameworks(row.assessment.frameworkVersions);
  const options = (itemId: string): AudienceOption[] => findPinnedItem(frameworks, itemId)?.item.options ?? [];
  const chosenAudiences = answer(AUDIENCES_ITEM);
  const audienceOptions = options(AUDIENCES_ITEM);
  return {
    id: row.id,
    assessmentId: row.assessment.id,
    channelName: nameOf(row.channelId, row.assessment.catalogueVersion),
    year: row.year,
    dueDate: row.dueDate,
    dueReason: row.dueReason,
    status: status(row.status),
    version: row.version,
    decision: row.assessment.decision,
    decisionConditions: row.assessment.decisionConditions,
    goals: { value: answer(GOALS_ITEM), options: options(GOALS_ITEM) },
    /** The audiences the assessment chose, in the content's order; reach is measured per audience. */
    audiences: Array.isArray(chosenAudiences) ? audienceOptions.filter((option) => chosenAudiences.includes(option.value)) : [],
    reachTarget: answer(REACH_ITEM),
    exitTriggersPlanned: answer(EXIT_TRIGGERS_ITEM),
    measurements: parseMeasurements(row.measurements),
    exitTriggers: row.exitTriggers,
    outcome: isOutcome(row.outcome) ? row.outcome : null,
    rationale: row.rationale,
    editedById: row.editedById,
    editedBy: row.editedById ? (names.get(row.editedById) ?? null) : null,
    reviewedBy: row.reviewerId ? (names.get(row.reviewerId) ?? null) : null,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
    reviewerRole: owners.reviewers.communication,
  };
}

export type EvaluationDetail = NonNullable<Awaited<ReturnType<typeof getEvaluation>>>;

/** The approved evaluation of the decision a next-year assessment started from, for its summary step. */
export async function lastYearEvaluation(municipalityId: string, previousAssessmentId: string | null) {
  if (!previousAssessmentId) return null;
  const row = await db.evaluation.findFirst({
    where: { municipalityId, assessmentId: previousAssessmentId, status: "approved" },
    select: { id: true, year: true, outcome: true, rationale: true },
  });
  return row && isOutcome(row.outcome) ? { id: row.id, year: row.year, outcome: row.outcome as Outcome, rationale: row.rationale } : null;
}

export type EvaluationAwaitingItem =
  | { kind: ReminderKind; evaluationId: string; channelName: string; year: number; dueDate: string }
  | { kind: "review" | "changes"; evaluationId: string; channelName: string; year: number; dueDate: string };

/**
 * The evaluations that await this person: for advisors, the reminders the scheduled job sent for
 * evaluations still to be done (the latest date reminder and a fact change) and evaluations sent
 * back; for the reviewer, evaluations submitted by someone else.
 */
export async function listAwaitingEvaluations(municipalityId: string, userId: string, roles: readonly Role[]): Promise<EvaluationAwaitingItem[]> {
  const reviewer = roles.includes((await getSectionOwners(municipalityId)).reviewers.communication);
  const advisor = roles.includes("advisor");
  if (!reviewer && !advisor) return [];
  const rows = await db.evaluation.findMany({
    where: { municipalityId, status: { not: "approved" } },
    select: {
      id: true,
      channelId: true,
      year: true,
      dueDate: true,
      status: true,
      editedById: true,
      assessment: { select: { catalogueVersion: true } },
      reminders: { select: { kind: true, dueDate: true }, orderBy: { sentAt: "desc" } },
    },
    orderBy: { dueDate: "asc" },
  });
  if (rows.length === 0) return [];
  const nameOf = await channelNamer(municipalityId, rows.map((row) => row.channelId));
  const items: EvaluationAwaitingItem[] = [];
  for (const row of rows) {
    const base = { evaluationId: row.id, channelName: nameOf(row.channelId, row.assessment.catalogueVersion), year: row.year, dueDate: row.dueDate };
    if (advisor && row.status !== "in_review") {
      // Reminders of an earlier due date no longer apply once the advisor moved it.
      const current = row.reminders.filter((reminder) => reminder.dueDate === row.dueDate && isReminderKind(reminder.kind));
      const dated = current.find((reminder) => reminder.kind === "due") ?? current.find((reminder) => reminder.kind === "upcoming");
      if (dated) items.push({ ...base, kind: dated.kind as ReminderKind });
      if (row.reminders.some((reminder) => reminder.kind === "facts_changed")) items.push({ ...base, kind: "facts_changed" });
      if (row.status === "changes_requested") items.push({ ...base, kind: "changes" });
    }
    if (reviewer && row.status === "in_review" && row.editedById !== userId) items.push({ ...base, kind: "review" });
  }
  return items;
}
