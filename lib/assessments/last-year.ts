import type { Db, Tx } from "@/lib/db";
import { parseAnswerValue } from "@/lib/frameworks/answer-value";
import type { LastYearValues } from "@/lib/assessments/progress";

/**
 * Last year's values of answers carried into this year's assessments (`Answer.carriedFrom` is the
 * id of last year's answer), so an answer that differs from last year can ask for its reason.
 * Returns a function that gives one assessment's values by this year's item ref.
 */
export async function lastYearValues(client: Db | Tx, municipalityId: string, answers: readonly { itemId: string; carriedFrom: string | null }[]) {
  const ids = [...new Set(answers.flatMap((answer) => (answer.carriedFrom ? [answer.carriedFrom] : [])))];
  const rows = ids.length
    ? await client.answer.findMany({ where: { id: { in: ids }, assessment: { municipalityId } }, select: { id: true, value: true } })
    : [];
  const byId = new Map(rows.map((row) => [row.id, parseAnswerValue(row.value)]));
  return (ofAssessment: readonly { itemId: string; carriedFrom: string | null }[]): LastYearValues =>
    new Map(ofAssessment.flatMap((answer) => (answer.carriedFrom && byId.has(answer.carriedFrom) ? [[answer.itemId, byId.get(answer.carriedFrom)!] as const] : [])));
}

