import type { Framework, FrameworkItem, FrameworkPart } from "@/lib/frameworks/schema";

/**
 * The wizard's steps, in the order a person usually works, each drawing its questions from
 * framework parts. A person may open any step at any time.
 */
export type StepSource = { framework: string; parts?: string[] };
export type WizardStep =
  | { id: string; kind: "questions"; sources: StepSource[] }
  | { id: "risks"; kind: "risks" }
  | { id: "summary"; kind: "summary" };

export const wizardSteps: WizardStep[] = [
  { id: "goals", kind: "questions", sources: [{ framework: "assessment-plan", parts: ["goals"] }] },
  {
    id: "vng",
    kind: "questions",
    // The hosting costs of a self-hosted channel follow the VNG costs part they belong with.
    sources: [
      { framework: "vng-afwegingskader", parts: ["democratic-baseline", "goals-reach", "costs"] },
      { framework: "eigen-beheer", parts: ["costs"] },
      { framework: "vng-afwegingskader", parts: ["law", "revenue-model", "interoperability"] },
    ],
  },
  { id: "baseline", kind: "questions", sources: [{ framework: "democratische-basislijn" }] },
  // Running the server is resilience work: it follows the IBD considerations, the CISO's part.
  { id: "ibd", kind: "questions", sources: [{ framework: "ibd-overwegingen" }, { framework: "eigen-beheer", parts: ["operations"] }] },
  { id: "elsa", kind: "questions", sources: [{ framework: "elsa" }] },
  { id: "values", kind: "questions", sources: [{ framework: "publieke-waarden" }] },
  { id: "risks", kind: "risks" },
  { id: "alternatives", kind: "questions", sources: [{ framework: "assessment-plan", parts: ["alternatives"] }] },
  { id: "exit", kind: "questions", sources: [{ framework: "assessment-plan", parts: ["exit"] }] },
  { id: "moderation", kind: "questions", sources: [{ framework: "assessment-plan", parts: ["moderation"] }] },
  { id: "crisis", kind: "questions", sources: [{ framework: "assessment-plan", parts: ["crisis"] }] },
  { id: "inclusion", kind: "questions", sources: [{ framework: "assessment-plan", parts: ["inclusion"] }] },
  { id: "summary", kind: "summary" },
];

export type StepPart = { framework: Framework; part: FrameworkPart };
export type PinnedItem = { ref: string; framework: Framework; part: FrameworkPart; item: FrameworkItem };

export function itemRef(frameworkId: string, itemId: string) {
  return `${frameworkId}:${itemId}`;
}

/** The id of a question on its wizard step, so a link (from a review page) lands on it. */
export function questionAnchor(ref: string) {
  return `question-${ref.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

export function findStep(stepId: string): WizardStep | undefined {
  return wizardSteps.find((step) => step.id === stepId);
}

/** The framework parts a step shows, taken from the framework versions the assessment pinned. */
export function partsOfStep(step: WizardStep, frameworks: readonly Framework[]): StepPart[] {
  if (step.kind !== "questions") return [];
  return step.sources.flatMap((source) => {
    const framework = frameworks.find((candidate) => candidate.id === source.framework);
    if (!framework) return [];
    return framework.parts.filter((part) => !source.parts || source.parts.includes(part.id)).map((part) => ({ framework, part }));
  });
}

/** Whether a step shows a part of a framework (whatever the assessment pinned). */
export function stepShowsPart(step: WizardStep, frameworkId: string, partId: string): boolean {
  return step.kind === "questions" && step.sources.some((source) => source.framework === frameworkId && (!source.parts || source.parts.includes(partId)));
}

export function itemsOfStep(step: WizardStep, frameworks: readonly Framework[]): readonly PinnedItem[] {
  const known = wizardSteps.indexOf(step);
  return known >= 0 ? questionIndex(frameworks).perStep[known] : itemsOfStepAfresh(step, frameworks);
}

function itemsOfStepAfresh(step: WizardStep, frameworks: readonly Framework[]): readonly PinnedItem[] {
  return Object.freeze(partsOfStep(step, frameworks).flatMap(({ framework, part }) => part.items.map((item) => ({ ref: itemRef(framework.id, item.id), framework, part, item }))));
}

/**
 * The questions of a set of pinned frameworks, per step, by reference and by the question whose
 * answer they show. Pages ask these for every question they render, so each set is indexed once
 * (pinnedFrameworks gives the same frozen set for the same versions); the lists are frozen because
 * every caller shares them.
 */
type StepIndex = {
  perStep: readonly (readonly PinnedItem[])[];
  all: readonly PinnedItem[];
  byRef: ReadonlyMap<string, PinnedItem>;
  stepOf: ReadonlyMap<string, string>;
  followers: ReadonlyMap<string, readonly PinnedItem[]>;
};
const indexes = new WeakMap<readonly Framework[], StepIndex>();

function questionIndex(frameworks: readonly Framework[]): StepIndex {
  let index = indexes.get(frameworks);
  if (index) return index;
  const perStep = wizardSteps.map((step) => itemsOfStepAfresh(step, frameworks));
  const stepOf = new Map<string, string>();
  perStep.forEach((items, i) => items.forEach(({ ref }) => stepOf.has(ref) || stepOf.set(ref, wizardSteps[i].id)));
  const byRef = new Map<string, PinnedItem>();
  for (const framework of frameworks) {
    for (const part of framework.parts) for (const item of part.items) {
      const ref = itemRef(framework.id, item.id);
      if (!byRef.has(ref)) byRef.set(ref, { ref, framework, part, item });
    }
  }
  const all = Object.freeze(perStep.flat());
  const followers = new Map<string, PinnedItem[]>();
  for (const pinned of all) {
    const question = pinned.item.sameAs?.question;
    if (question && byRef.has(question)) followers.set(question, [...(followers.get(question) ?? []), pinned]);
  }
  for (const list of followers.values()) Object.freeze(list);
  index = { perStep, all, byRef, stepOf, followers };
  indexes.set(frameworks, index);
  return index;
}

/**
 * The question that answers this one (`sameAs` in the content), when the assessment pins it and
 * asks it: the wizard then asks only that one, and this one shows its answer.
 */
export function answeredBy(frameworks: readonly Framework[], item: FrameworkItem): PinnedItem | undefined {
  return item.sameAs ? findPinnedItem(frameworks, item.sameAs.question) : undefined;
}

/** The questions that show the answer to this one under their own framework (its `sameAs` followers). */
export function sharedWith(frameworks: readonly Framework[], ref: string): readonly PinnedItem[] {
  return questionIndex(frameworks).followers.get(ref) ?? [];
}

/** The questions a step asks itself: without those another question answers, so none counts twice. */
export function askedItemsOfStep(step: WizardStep, frameworks: readonly Framework[]): readonly PinnedItem[] {
  return itemsOfStep(step, frameworks).filter(({ item }) => !answeredBy(frameworks, item));
}

/**
 * The answers as saving records them: every question another one answers (sameAs) holds a copy of
 * that answer. For answers written without the wizard (demo data, imports of older files).
 */
export function withSharedAnswers<A>(frameworks: readonly Framework[], answers: Readonly<Record<string, A>>): Record<string, A> {
  const result = { ...answers };
  for (const { ref, item } of allItems(frameworks)) {
    const primary = answeredBy(frameworks, item);
    if (primary && primary.ref in answers) result[ref] = answers[primary.ref];
  }
  return result;
}

/** Every question of the assessment, once, in wizard order. */
export function allItems(frameworks: readonly Framework[]): readonly PinnedItem[] {
  return questionIndex(frameworks).all;
}

export function findPinnedItem(frameworks: readonly Framework[], ref: string): PinnedItem | undefined {
  return questionIndex(frameworks).byRef.get(ref);
}

/** The wizard step that asks a question, so an explanation can link straight to it. */
export function stepOfItem(frameworks: readonly Framework[], ref: string): string | undefined {
  return questionIndex(frameworks).stepOf.get(ref);
}
