/**
 * Property-style tests: many generated answer sets and fact sets (seeded, so failures repeat),
 * checking what must hold for every input.
 */
import { describe, expect, it } from "vitest";
import { enumeratedFactValues, type FactKey } from "@/lib/catalogue/schema";
import type { ChannelKind } from "@/lib/catalogue/schema";
import { reweigh, scoreAssessment } from "./score";
import type { ScoreResult, ScoringInput } from "./schema";
import { fact, goodPlan, makeInput, prng, randomAnswers, rules, scoredEntries, valuesOf } from "./test-helpers";

const RUNS = 250;
const RANK = { use: 3, use_with_conditions: 2, do_not_use: 1, phase_out: 1 } as const;

function randomInput(seed: number): ScoringInput {
  const random = prng(seed);
  const facts: ScoringInput["facts"] = {};
  for (const [key, values] of Object.entries(enumeratedFactValues)) {
    facts[key as FactKey] = fact(random.pick(values as readonly string[]));
  }
  facts.revenueModel = fact(random.pick(["Gepersonaliseerde advertenties", "Donaties", "unknown", "Abonnement"]));
  facts.dataLocation = fact(random.pick(["Wereldwijd", "Op de gekozen server", "Nederland", "unknown"]));
  facts.dpia = fact(random.pick(["unknown", "DPIA 2022: zeven hoge privacyrisico's", "Geen hoge risico's"]));
  const kind = random.pick<ChannelKind>(["commercial", "open-alternative", "own-channel"]);
  const plan = random.next() < 0.7 ? goodPlan() : {};
  return makeInput({
    kind,
    channelId: kind === "own-channel" ? "municipal-website" : "some-platform",
    facts,
    answers: { ...randomAnswers(random, random.next() * 0.5, random.next() * 0.3), ...plan },
    currentlyUsed: random.next() < 0.5,
  });
}

const score = (input: ScoringInput) => scoreAssessment(input, rules, { whatWouldChange: false });
const byId = (result: ScoreResult) => new Map(result.dimensions.map((d) => [d.id, d]));

describe("properties over generated assessments", () => {
  it("improving one answer (no → partly → yes, or one scale step, respecting inverted) never lowers that item's dimensions", () => {
    let checked = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const input = randomInput(seed);
      const random = prng(seed * 7919);
      const { ref, item } = random.pick(scoredEntries);
      const values = valuesOf(item);
      const inverted = item.feeds[0].inverted;
      const ordered = inverted ? [...values].reverse() : values; // worst to best
      const current = input.answers[ref]?.value;
      const at = ordered.indexOf(String(current));
      const from = at >= 0 && at < ordered.length - 1 ? at : random.int(ordered.length - 1);
      const worse = { ...input, answers: { ...input.answers, [ref]: { value: ordered[from] } } };
      const better = { ...input, answers: { ...input.answers, [ref]: { value: ordered[from + 1] } } };
      const before = byId(score(worse));
      const after = byId(score(better));
      for (const feed of item.feeds) {
        const b = before.get(feed.dimension)!;
        const a = after.get(feed.dimension)!;
        expect(a.score!, `${seed} ${ref} ${ordered[from]}→${ordered[from + 1]} ${feed.dimension}`).toBeGreaterThanOrEqual(b.score!);
        expect(a.confidence).toBe(b.confidence);
        checked++;
      }
      // And the overall score and the advice never get worse either.
      const overallBefore = score(worse);
      const overallAfter = score(better);
      expect(overallAfter.overall.score!).toBeGreaterThanOrEqual(overallBefore.overall.score!);
      expect(RANK[overallAfter.recommendation.value], `${seed} ${ref}`).toBeGreaterThanOrEqual(RANK[overallBefore.recommendation.value]);
    }
    expect(checked).toBeGreaterThan(RUNS);
  });

  it("turning an answer into 'unknown' (or removing it) never raises any confidence", () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const input = randomInput(seed);
      const random = prng(seed * 104729);
      const answered = scoredEntries.filter(({ ref }) => {
        const v = input.answers[ref]?.value;
        return v !== undefined && v !== null && v !== "unknown";
      });
      if (!answered.length) continue;
      const { ref } = random.pick(answered);
      const before = score(input);
      for (const value of ["unknown", null]) {
        const after = score({ ...input, answers: { ...input.answers, [ref]: { value } } });
        expect(after.overall.confidence, `${seed} ${ref}`).toBeLessThanOrEqual(before.overall.confidence);
        const a = byId(after);
        for (const d of before.dimensions) expect(a.get(d.id)!.confidence, `${seed} ${ref} ${d.id}`).toBeLessThanOrEqual(d.confidence);
      }
    }
  });

  it("more unknown answers and facts never raise the confidence", () => {
    for (let seed = 1; seed <= 60; seed++) {
      let input = randomInput(seed);
      let previous = score(input).overall.confidence;
      const random = prng(seed * 31);
      for (let step = 0; step < 12; step++) {
        if (random.next() < 0.7) {
          const { ref } = random.pick(scoredEntries);
          input = { ...input, answers: { ...input.answers, [ref]: { value: "unknown" } } };
        } else {
          const key = random.pick(Object.keys(input.facts)) as FactKey;
          input = { ...input, facts: { ...input.facts, [key]: fact("unknown") } };
        }
        const confidence = score(input).overall.confidence;
        expect(confidence, `${seed} step ${step}`).toBeLessThanOrEqual(previous);
        previous = confidence;
      }
    }
  });

  it("keeps scores within 0..100, confidence within 0..1, and a score only where something is known", () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const result = score(randomInput(seed));
      for (const d of [...result.dimensions, result.overall]) {
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        if (d.score === null) expect(d.confidence).toBe(0);
        else {
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100);
          expect(d.confidence).toBeGreaterThan(0);
        }
      }
      const scored = result.dimensions.filter((d) => d.score !== null && d.weight > 0).map((d) => d.score!);
      if (scored.length) {
        expect(result.overall.score!).toBeGreaterThanOrEqual(Math.min(...scored));
        expect(result.overall.score!).toBeLessThanOrEqual(Math.max(...scored));
      }
    }
  });

  it("never advises plain 'use' with a finding or on low confidence, and always gives a reason", () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const input = randomInput(seed);
      const { recommendation, knockouts, overall } = score(input);
      expect(recommendation.reasons.length).toBeGreaterThan(0);
      if (recommendation.value === "use") {
        expect(knockouts).toEqual([]);
        expect(overall.confidence).toBeGreaterThanOrEqual(rules.recommendation.minConfidence);
      }
      if (knockouts.some((k) => k.severity === "blocking")) expect(["do_not_use", "phase_out"]).toContain(recommendation.value);
      if (recommendation.value === "phase_out") {
        expect(input.currentlyUsed).toBe(true);
        expect(recommendation.phaseOutBy! >= input.today).toBe(true);
      }
      if (recommendation.value === "do_not_use") expect(input.currentlyUsed).toBe(false);
    }
  });

  it("does not depend on the scale of the weights, only on their ratio; knock-outs ignore weights", () => {
    for (let seed = 1; seed <= 80; seed++) {
      const input = randomInput(seed);
      const random = prng(seed * 13);
      const weights = Object.fromEntries(input.dimensions.map((d) => [d.id, 1 + random.int(5)]));
      const single = score({ ...input, weights });
      const double = score({ ...input, weights: Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w * 2])) });
      expect(double.overall.score).toBe(single.overall.score);
      expect(double.recommendation.value).toBe(single.recommendation.value);
      expect(double.knockouts).toEqual(single.knockouts);
    }
  });
  it("trying other weights on a scored assessment gives exactly what scoring it afresh with them gives", () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const input = randomInput(seed);
      const random = prng(seed * 104_729);
      // Whole and half weights, zero included, as the settings allow.
      const weights = Object.fromEntries(input.dimensions.map((d) => [d.id, random.int(21) / 2]));
      const afresh = score({ ...input, weights });
      const reweighed = reweigh(input, rules, score(input), weights);
      expect(reweighed.overall, `seed ${seed}`).toEqual(afresh.overall);
      expect(reweighed.recommendation, `seed ${seed}`).toEqual(afresh.recommendation);
    }
  });

  it("says of each change what scoring the changed assessment afresh gives", () => {
    let checked = 0;
    let facts = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const input = randomInput(seed);
      for (const change of scoreAssessment(input, rules).whatWouldChange) {
        // A question filled in gets a stand-in value inside the scoring; the others are set exactly.
        if (change.action === "fill") continue;
        const changed =
          change.kind === "answer"
            ? { ...input, answers: { ...input.answers, [change.itemRef]: { ...input.answers[change.itemRef], value: change.to! } } }
            : { ...input, facts: { ...input.facts, [change.factKey]: { ...input.facts[change.factKey], value: change.to } } };
        const afresh = score(changed);
        expect(change.effect.score, `seed ${seed} ${JSON.stringify(change)}`).toBe(afresh.overall.score);
        expect(change.effect.confidence).toBe(afresh.overall.confidence);
        expect(change.effect.recommendation).toBe(afresh.recommendation.value);
        checked++;
        if (change.kind === "fact") facts++;
      }
    }
    expect(checked).toBeGreaterThan(RUNS);
    // Changes of facts are among them: a scoring that missed their effect would leave them out.
    expect(facts).toBeGreaterThan(0);
  });
});
