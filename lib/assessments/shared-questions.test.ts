import { describe, expect, it } from "vitest";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { assessmentProgress, type StoredAnswer } from "@/lib/assessments/progress";
import { answeredBy, allItems, askedItemsOfStep, sharedWith, stepOfItem, withSharedAnswers, wizardSteps } from "@/lib/assessments/steps";
import { demoAnswers } from "@/lib/demo/assessment-answers";
import { loadDimensions } from "@/lib/frameworks/load";
import { scoreAssessment, type ScoringInput } from "@/lib/scoring";

const frameworks = pinnedFrameworks(JSON.stringify(currentVersions()));
const secondaries = allItems(frameworks).filter(({ item }) => answeredBy(frameworks, item));

describe("one answer per question across frameworks", () => {
  it("declares the overlaps the sources share: goals, the democratic baseline, alternatives, explainability and evaluation", () => {
    const pairs = secondaries.map(({ ref, item }) => [item.sameAs!.question, ref]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ["assessment-plan:plan.goals.goals", "ibd-overwegingen:ibd.decision.goals"],
        ["vng-afwegingskader:vng.baseline.safe-presence", "democratische-basislijn:basis.equal-safe"],
        ["assessment-plan:plan.alternatives.same-information", "ibd-overwegingen:ibd.consideration.alternatives"],
        ["assessment-plan:plan.alternatives.same-information", "ibd-overwegingen:ibd.decision.alternatives"],
        ["ibd-overwegingen:ibd.decision.explainable", "elsa:elsa.why-see"],
      ]),
    );
    for (const { item } of secondaries) expect(item.sameAs!.reason.nl && item.sameAs!.reason.en).toBeTruthy();
  });

  it("asks each shared question once, in the wizard step of its primary, and names the questions that show it", () => {
    const asked = wizardSteps.flatMap((step) => askedItemsOfStep(step, frameworks)).map(({ ref }) => ref);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBe(allItems(frameworks).length - secondaries.length);
    for (const { ref, item } of secondaries) {
      expect(asked).not.toContain(ref);
      expect(asked).toContain(item.sameAs!.question);
      expect(stepOfItem(frameworks, item.sameAs!.question)).toBeDefined();
      expect(sharedWith(frameworks, item.sameAs!.question).map((shared) => shared.ref)).toContain(ref);
    }
  });

  it("counts a shared question once in progress", () => {
    const answers = new Map<string, StoredAnswer>([
      ["assessment-plan:plan.goals.goals", { value: ["information"], rationale: "", evidence: "" }],
      ["ibd-overwegingen:ibd.decision.goals", { value: ["information"], rationale: "", evidence: "" }],
    ]);
    const progress = assessmentProgress(frameworks, answers, 0, new Map());
    expect(progress.answered).toBe(1);
    expect(progress.total).toBe(allItems(frameworks).length - secondaries.length);
  });

  it("asks a question as usual when the question that answers it is not pinned", () => {
    const withoutPlan = frameworks.filter((framework) => framework.id !== "assessment-plan");
    const goals = allItems(withoutPlan).find(({ ref }) => ref === "ibd-overwegingen:ibd.decision.goals")!;
    expect(answeredBy(withoutPlan, goals.item)).toBeUndefined();
  });

  it("scores the same answers the same: saving the primary once records what answering both alike did", () => {
    const answers = demoAnswers.facebook;
    // Before: the advisor answered both questions of each pair, alike.
    const answeredAlike = Object.fromEntries(
      Object.entries(answers).map(([ref, answer]) => {
        const secondary = secondaries.find((candidate) => candidate.ref === ref);
        return [ref, secondary ? answers[secondary.item.sameAs!.question] : answer];
      }),
    );
    // Now: only the primary is answered; saving records it for the secondaries too.
    const primariesOnly = Object.fromEntries(Object.entries(answers).filter(([ref]) => !secondaries.some((secondary) => secondary.ref === ref)));
    const recorded = withSharedAnswers(frameworks, primariesOnly);
    expect(recorded).toEqual(answeredAlike);

    const input = (given: Record<string, { value: unknown; rationale?: string }>): ScoringInput => ({
      frameworks,
      dimensions: loadDimensions(),
      facts: {},
      channel: { id: "facebook", kind: "commercial", digital: true, selfHosted: false },
      answers: Object.fromEntries(Object.entries(given).map(([ref, answer]) => [ref, { value: answer.value as never, rationale: answer.rationale ?? "" }])),
      weights: {},
      today: "2026-11-24",
      currentlyUsed: false,
      knownChannels: {},
    });
    expect(scoreAssessment(input(recorded))).toEqual(scoreAssessment(input(answeredAlike)));
  });
});
