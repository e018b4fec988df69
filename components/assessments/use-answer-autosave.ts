"use client";

import { useRef, useState } from "react";
import { saveAnswerAction } from "@/lib/assessments/actions";
import type { AnswerConflict } from "@/lib/assessments/mutations";
import { answerProblems, type AnswerDraft, type AnswerErrors } from "@/lib/assessments/answer-check";
import { isEmptyAnswer, type AnswerValue } from "@/lib/frameworks/answer-value";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { isAnswered } from "@/lib/assessments/progress";
import { reasonNeed } from "@/lib/assessments/reasons";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import { useReportAnswered } from "@/components/assessments/step-progress";

export type SavedAnswer = AnswerDraft & { version: number };
export type SaveStatus =
  | { kind: "idle" | "saving" | "saved" | "dirty" }
  | { kind: "error"; code: string }
  | { kind: "conflict"; theirs: AnswerConflict["current"] };

type Options = {
  municipalitySlug: string;
  assessmentId: string;
  itemRef: string;
  item: FrameworkItem;
  initial: SavedAnswer;
  /** The answer carried from last year, when there is one: a different answer needs a reason. */
  lastYear?: { value: AnswerValue | null };
  leaveMessage: string;
};

const differs = (a: AnswerDraft, b: AnswerDraft) =>
  JSON.stringify(a.value) !== JSON.stringify(b.value) || a.rationale !== b.rationale || a.evidence !== b.evidence;

/**
 * Autosave of one answer. Saves queue: at most one is in flight, edits made meanwhile go into the
 * next save together, sent with the version the previous one returned. So one person in one tab
 * never conflicts with herself; a conflict means someone else saved in between.
 * A choice is saved at once, also while a reason it needs is still missing; `reasonMissing`
 * says so, and the progress does not count the question as answered until it is given.
 */
export function useAnswerAutosave({ municipalitySlug, assessmentId, itemRef, item, initial, lastYear, leaveMessage }: Options) {
  const [draft, setDraft] = useState<AnswerDraft>(initial);
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const draftRef = useRef<AnswerDraft>(initial);
  const saved = useRef<SavedAnswer>(initial);
  const inFlight = useRef(false);
  const requested = useRef(false);
  const refused = useRef(false);
  const reportAnswered = useReportAnswered();
  const lastYearValues = new Map(lastYear ? [[itemRef, lastYear.value]] : []);

  useLeaveGuard(() => ({ unsaved: inFlight.current || refused.current || differs(draftRef.current, saved.current), refused: refused.current }), leaveMessage);

  function settle(next: SaveStatus, fieldErrors: AnswerErrors = {}) {
    refused.current = Object.keys(fieldErrors).length > 0 || next.kind === "error" || next.kind === "conflict";
    setErrors(fieldErrors);
    setStatus(next);
  }

  async function save() {
    requested.current = true;
    // The save under way picks this request up when it returns.
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      while (requested.current) {
        requested.current = false;
        const sending = draftRef.current;
        if (!differs(sending, saved.current)) {
          settle(saved.current.version > 0 ? { kind: "saved" } : { kind: "idle" });
          continue;
        }
        const problems = answerProblems(item, sending);
        if (Object.keys(problems).length) {
          settle({ kind: "dirty" }, problems);
          continue;
        }
        setStatus({ kind: "saving" });
        let result: Awaited<ReturnType<typeof saveAnswerAction>>;
        try {
          result = await saveAnswerAction({ municipalitySlug, assessmentId, itemRef, ...sending, expectedVersion: saved.current.version });
        } catch {
          settle({ kind: "error", code: "server_error" });
          return;
        }
        if (result.ok) {
          saved.current = { ...sending, version: result.data.version };
          reportAnswered?.(itemRef, isAnswered(itemRef, item, saved.current, lastYearValues));
          settle(differs(draftRef.current, saved.current) ? { kind: "dirty" } : { kind: "saved" });
          continue;
        }
        if (result.code === "conflict") {
          settle({ kind: "conflict", theirs: (result.details as AnswerConflict).current });
          return;
        }
        settle({ kind: "error", code: result.code }, (result.fieldErrors ?? {}) as AnswerErrors);
        return;
      }
    } finally {
      inFlight.current = false;
    }
  }

  function edit(patch: Partial<AnswerDraft>) {
    draftRef.current = { ...draftRef.current, ...patch };
    setDraft(draftRef.current);
    setStatus((current) => (current.kind === "conflict" ? current : { kind: "dirty" }));
  }

  /** A choice (radio, checkbox) is final at once: edit and save. */
  function choose(value: AnswerValue) {
    edit({ value });
    void save();
  }

  /** Overwrite the other person's answer: the next save starts from their version. */
  function keepMine(theirs: AnswerConflict["current"]) {
    saved.current = theirs;
    void save();
  }

  function takeTheirs(theirs: AnswerConflict["current"]) {
    saved.current = theirs;
    draftRef.current = { value: theirs.value, rationale: theirs.rationale, evidence: theirs.evidence };
    setDraft(draftRef.current);
    reportAnswered?.(itemRef, isAnswered(itemRef, item, theirs, lastYearValues));
    settle({ kind: "saved" });
  }

  // Whether this answer needs a reason follows the answer as it is chosen (reasons.ts).
  const reason = reasonNeed(itemRef, item, draft.value, lastYear?.value);
  const reasonMissing = reason.need === "required" && !isEmptyAnswer(draft.value) && !draft.rationale.trim();

  return { draft, errors, status, reason, reasonMissing, edit, choose, save, keepMine, takeTheirs };
}
