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

export function itemsOfStep(step: WizardStep, frameworks: readonly Framework[]): PinnedItem[] {
  return partsOfStep(step, frameworks).flatMap(({ framework, part }) =>
    part.items.map((item) => ({ ref: itemRef(framework.id, item.id), framework, part, item })),
  );
}

/** Every question of the assessment, once, in wizard order. */
export function allItems(frameworks: readonly Framework[]): PinnedItem[] {
  return wizardSteps.flatMap((step) => itemsOfStep(step, frameworks));
}

export function findPinnedItem(frameworks: readonly Framework[], ref: string): PinnedItem | undefined {
  const [frameworkId, itemId] = ref.split(":");
  const framework = frameworks.find((candidate) => candidate.id === frameworkId);
  if (!framework) return undefined;
  for (const part of framework.parts) {
    const item = part.items.find((candidate) => candidate.id === itemId);
    if (item) return { ref, framework, part, item };
  }
  return undefined;
}

/** The wizard step that asks a question, so an explanation can link straight to it. */
export function stepOfItem(frameworks: readonly Framework[], ref: string): string | undefined {
  return wizardSteps.find((step) => itemsOfStep(step, frameworks).some((item) => item.ref === ref))?.id;
}
