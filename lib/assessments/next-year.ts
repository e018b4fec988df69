import { getFramework, migrateAnswers } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { itemsOfStep, type WizardStep } from "@/lib/assessments/steps";

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
