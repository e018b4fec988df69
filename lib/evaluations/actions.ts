"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { dueDateInput, evaluationInput, evaluationReviewInput } from "@/lib/evaluations/schema";
import { reviewEvaluation, setEvaluationDueDate, submitEvaluation } from "@/lib/evaluations/mutations";

/** The dashboard, the evaluation pages and next year's summary step read evaluations. */
function refresh() {
  revalidatePath("/m/[slug]", "layout");
}

/** The advisor fills in the evaluation and submits it for review. */
export async function submitEvaluationAction(input: unknown) {
  const result = await tenantAction({
    schema: evaluationInput,
    input,
    permission: "evaluation.edit",
    action: "evaluation.submit",
    objectType: "evaluation",
    objectId: (data) => data.evaluationId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const submitted = await submitEvaluation(tx, { municipalityId: municipality.id, data, user, roles, now: new Date() });
      return { data: { version: submitted.version }, details: { channelId: submitted.channelId, year: submitted.year, outcome: submitted.outcome } };
    },
  });
  if (result.ok) refresh();
  return result;
}

/** The reviewer approves the evaluation or asks for changes (four eyes). */
export async function reviewEvaluationAction(input: unknown) {
  const result = await tenantAction({
    schema: evaluationReviewInput,
    input,
    permission: "evaluation.review",
    action: "evaluation.review",
    objectType: "evaluation",
    objectId: (data) => data.evaluationId,
    run: async ({ tx, data, user, roles, municipality }) => {
      const reviewed = await reviewEvaluation(tx, { municipalityId: municipality.id, evaluationId: data.evaluationId, action: data.action, note: data.note, user, roles, now: new Date() });
      return { data: { status: reviewed.status }, details: { action: data.action, status: reviewed.status, channelId: reviewed.channelId, year: reviewed.year, carriedInto: reviewed.carriedInto } };
    },
  });
  if (result.ok) refresh();
  return result;
}

/** The advisor sets the due date; the reminders follow it. */
export async function setEvaluationDueDateAction(input: unknown) {
  const result = await tenantAction({
    schema: dueDateInput,
    input,
    permission: "evaluation.edit",
    action: "evaluation.due_date",
    objectType: "evaluation",
    objectId: (data) => data.evaluationId,
    run: async ({ tx, data, roles, municipality }) => {
      const changed = await setEvaluationDueDate(tx, { municipalityId: municipality.id, evaluationId: data.evaluationId, dueDate: data.dueDate, roles });
      return { data: { dueDate: changed.after }, details: { before: changed.before, after: changed.after } };
    },
  });
  if (result.ok) refresh();
  return result;
}
