import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { isEmptyAnswer } from "@/lib/frameworks/answer-value";
import type { FactOutcome } from "./fact-rules";
import type { AnswerDriver, AnswerState, FactDriver } from "./schema";

export const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** An answer value as a message param: lists joined with commas. */
export function answerParam(value: AnswerValue | null): string {
  if (value === null) return "";
  return Array.isArray(value) ? value.join(",") : String(value);
}

function answerState(value: AnswerValue | null): AnswerState {
  if (isEmptyAnswer(value)) return "unanswered";
  return value === "unknown" ? "unknown" : "answered";
}

/** An answer shown as evidence for a finding (no effect on a score). */
export function answerEvidence(itemRef: string, value: AnswerValue | null | undefined): AnswerDriver {
  const v = value ?? null;
  const state = answerState(v);
  return {
    kind: "answer",
    itemRef,
    value: v,
    state,
    points: null,
    weight: 0,
    inverted: false,
    contribution: 0,
    messageKey: state === "unanswered" ? "driver.evidence.unanswered" : "driver.evidence.answer",
    params: state === "unanswered" ? { itemRef } : { itemRef, answer: answerParam(v) },
  };
}

function factMeta(outcome: FactOutcome): Pick<FactDriver, "origin" | "checkedAt" | "source"> {
  const fact = outcome.fact;
  return {
    ...(fact?.origin ? { origin: fact.origin } : {}),
    ...(fact?.checkedAt ? { checkedAt: fact.checkedAt } : {}),
    ...(fact?.source ? { source: fact.source } : {}),
  };
}

/** A fact shown as evidence for a finding. */
export function factEvidence(outcome: FactOutcome): FactDriver {
  const known = outcome.value !== "unknown";
  return {
    kind: "fact",
    factKey: outcome.factKey,
    value: outcome.value,
    state: outcome.state,
    class: outcome.class,
    points: outcome.points,
    weight: 0,
    contribution: 0,
    ...factMeta(outcome),
    messageKey: known ? "driver.evidence.fact" : "driver.evidence.factUnknown",
    params: known ? { factKey: outcome.factKey, factValue: outcome.value } : { factKey: outcome.factKey },
  };
}

const direction = (contribution: number) => {
  const shown = round(Math.abs(contribution));
  if (shown === 0) return "neutral" as const;
  return contribution > 0 ? ("raises" as const) : ("lowers" as const);
};

/** An answer that counted in a dimension score. */
export function scoredAnswerDriver(
  itemRef: string,
  value: AnswerValue | null,
  points: number,
  weight: number,
  inverted: boolean,
  contribution: number,
): AnswerDriver {
  return {
    kind: "answer",
    itemRef,
    value,
    state: "answered",
    points,
    weight,
    inverted,
    contribution: round(contribution, 1),
    messageKey: `driver.answer.${direction(contribution)}`,
    params: { itemRef, answer: answerParam(value), delta: String(round(Math.abs(contribution))) },
  };
}

/** A fact that counted in a dimension score. */
export function scoredFactDriver(outcome: FactOutcome, weight: number, contribution: number): FactDriver {
  return {
    kind: "fact",
    factKey: outcome.factKey,
    value: outcome.value,
    state: outcome.state,
    class: outcome.class,
    points: outcome.points,
    weight,
    contribution: round(contribution, 1),
    ...factMeta(outcome),
    messageKey: `driver.fact.${direction(contribution)}`,
    params: { factKey: outcome.factKey, factValue: outcome.value, delta: String(round(Math.abs(contribution))) },
  };
}
