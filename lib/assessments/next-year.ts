import { getFramework, migrateAnswers } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { itemsOfStep, type WizardStep } from "@/lib/assessments/steps";

type AnswerRow = { itemId: string; value: string | null; rationale: string; evidence: string; id: string };

/**
 * Carries last year's answers into a new assessment. Answers move through each framework's
 * declared id mapping when the edition changed; questions that did not exist are left open.
 */
export function carryAnswers(previousVersions: Record<string, string>, nextVersions: Record<string, string>, previousAnswers: AnswerRow[]) {
  const byFramework = new Map<string, Record<string, AnswerRow>>();
  for (const answer of previousAnswers) {
    const [frameworkId, itemId] = answer.itemId.split(":");
    const group = byFramework.get(frameworkId) ?? {};
    group[itemId] = answer;
    byFramework.set(frameworkId, group);
  }
  const carried: { itemRef: string; answer: AnswerRow; changed: boolean }[] = [];
  for (const [frameworkId, answers] of byFramework) {
    const fromVersion = previousVersions[frameworkId];
    const toVersion = nextVersions[frameworkId];
    if (!fromVersion || !toVersion) continue;
    if (fromVersion === toVersion) {
      for (const [itemId, answer] of Object.entries(answers)) carried.push({ itemRef: `${frameworkId}:${itemId}`, answer, changed: false });
      continue;
    }
    const from = getFramework(frameworkId, fromVersion);
    const to = getFramework(frameworkId, toVersion);
    if (!from || !to) continue;
    const result = migrateAnswers(answers, from, to);
    for (const [itemId, answer] of Object.entries(result.carried)) {
      carried.push({ itemRef: `${frameworkId}:${itemId}`, answer, changed: result.changedIds.includes(itemId) });
    }
  }
  return carried;
}

type CarriedState = { carriedFrom: string | null; version: number };

/**
 * A carried-over answer that no one has confirmed or changed this year. It is created at
 * version 1; saving it or confirming it (confirmStepUnchanged) raises the version.
 */
export function awaitsConfirmation(answer: CarriedState | undefined): boolean {
  return Boolean(answer?.carriedFrom) && answer!.version === 1;
}

export type FrameworkChange = { framework: Framework; from: string | null; to: string };

/**
 * What changed in a step's questions since last year's assessment, and how many of its carried
 * answers still await confirmation. Questions are named by their number on the step (1-based).
 * A framework edition that follows last year's directly names its new questions and the ones
 * that replace (rename or split) an old one; otherwise only the change of edition is known.
 */
export function stepSinceLastYear(
  step: WizardStep,
  frameworks: readonly Framework[],
  previousVersions: Readonly<Record<string, string>>,
  answers: ReadonlyMap<string, CarriedState>,
) {
  const items = itemsOfStep(step, frameworks);
  const changedFrameworks: FrameworkChange[] = [];
  const newIds = new Set<string>();
  const replacingIds = new Set<string>();
  for (const framework of new Set(items.map((pinned) => pinned.framework))) {
    const from = previousVersions[framework.id] ?? null;
    if (from === framework.version) continue;
    changedFrameworks.push({ framework, from, to: framework.version });
    const previous = from ? getFramework(framework.id, from) : undefined;
    if (!previous) {
      // Not pinned last year at all: every question of it is new here.
      if (!from) for (const part of framework.parts) for (const item of part.items) newIds.add(`${framework.id}:${item.id}`);
      continue;
    }
    if (framework.previousVersion !== previous.version) continue;
    for (const id of migrateAnswers({}, previous, framework).newItemIds) newIds.add(`${framework.id}:${id}`);
    for (const rule of framework.migration) if (rule.kind !== "removed") for (const id of [rule.to].flat()) replacingIds.add(`${framework.id}:${id}`);
  }
  const numbered = items.map((pinned, index) => ({ ...pinned, number: index + 1 }));
  return {
    changedFrameworks,
    newQuestions: numbered.filter(({ ref }) => newIds.has(ref)).map(({ number }) => number),
    changedQuestions: numbered.filter(({ ref }) => replacingIds.has(ref)).map(({ number }) => number),
    carried: items.filter(({ ref }) => answers.get(ref)?.carriedFrom).length,
    awaiting: items.filter(({ ref }) => awaitsConfirmation(answers.get(ref))).length,
  };
}
