import { describe, expect, it } from "vitest";
import { getFramework } from "@/lib/frameworks/load";
import { extremeValue } from "./answers";
import { KNOCKOUT_ITEMS } from "./knockouts";
import { scoreAssessment } from "./score";
import type { ScoreResult, ScoringInput } from "./schema";
import {
  TODAY,
  allUnknownFacts,
  dimensions,
  extremeAnswers,
  facebookLikeFacts,
  facts,
  frameworks,
  goodPlan,
  makeInput,
  mastodonLikeFacts,
  rules,
  unknownAnswers,
} from "./test-helpers";

const score = (input: ScoringInput, options?: { whatWouldChange?: boolean }) => scoreAssessment(input, rules, options);
const dim = (result: ScoreResult, id: string) => result.dimensions.find((d) => d.id === id)!;
const ids = (result: ScoreResult) => result.knockouts.map((k) => k.messageKey);

describe("worked example: how answers and facts become a dimension score", () => {
  // Everything feeding "Duurzaamheid" (value.sustainability): five questions and one fact.
  const answers = {
    ...unknownAnswers(),
    "ibd-overwegingen:ibd.consideration.evaluate": { value: "yes" }, // weight 1, 1 point
    "vng-afwegingskader:vng.costs.hidden-costs": { value: "partly" }, // weight 1, 0.5 point
    "ibd-overwegingen:ibd.decision.sustainable": { value: "4" }, // weight 2, level 4 of 5 = 0.75
    "ibd-overwegingen:ibd.decision.evaluated": { value: "no" }, // weight 1, 0 points
    // publieke-waarden:pw.value.sustainability stays "unknown" (weight 2)
  };
  const result = score(makeInput({ answers, facts: facts({ dataExport: "partly" }) })); // fact weight 1, 0.5
  const sustainability = dim(result, "value.sustainability");

  it("is the weighted average of the known points: 3.5 of 6 = 58", () => {
    // (1×1 + 1×0.5 + 2×0.75 + 1×0 + 1×0.5) / (1 + 1 + 2 + 1 + 1) = 3.5 / 6 = 0.583
    expect(sustainability.score).toBe(58);
  });

  it("leaves the unknown answer out of the score and counts it in the confidence: 6 of 8 known", () => {
    expect(sustainability.unknown).toEqual(["publieke-waarden:pw.value.sustainability"]);
    expect(sustainability.confidence).toBe(0.75);
  });

  it("lists what drove the score, largest effect first, adding up to the score from 50", () => {
    const refs = sustainability.drivers.map((d) => (d.kind === "answer" ? d.itemRef : d.factKey));
    expect(refs).toHaveLength(5);
    expect(refs.slice(0, 3).sort()).toEqual([
      "ibd-overwegingen:ibd.consideration.evaluate",
      "ibd-overwegingen:ibd.decision.evaluated",
      "ibd-overwegingen:ibd.decision.sustainable",
    ]);
    expect(sustainability.drivers.find((d) => d.kind === "answer" && d.itemRef.endsWith("decision.evaluated"))).toMatchObject({
      points: 0,
      weight: 1,
      contribution: -8.3,
      messageKey: "driver.answer.lowers",
      params: { answer: "no", delta: "8" },
    });
    expect(sustainability.drivers.find((d) => d.kind === "fact")).toMatchObject({
      factKey: "dataExport",
      value: "partly",
      points: 0.5,
      contribution: 0,
      messageKey: "driver.fact.neutral",
    });
    const total = 50 + sustainability.drivers.reduce((sum, d) => sum + d.contribution, 0);
    expect(total).toBeCloseTo(58.3, 0);
  });

  it("flips inverted items: a threat that is strongly present (5) gives 0 points", () => {
    const threat = "democratische-basislijn:basis.threat.disinformation";
    const strong = score(makeInput({ answers: { ...unknownAnswers(), [threat]: { value: "5" } }, facts: allUnknownFacts }));
    const weak = score(makeInput({ answers: { ...unknownAnswers(), [threat]: { value: "1" } }, facts: allUnknownFacts }));
    expect(dim(strong, "baseline.core-values").score).toBe(0);
    expect(dim(weak, "baseline.core-values").score).toBe(100);
    expect(dim(strong, "baseline.core-values").drivers[0]).toMatchObject({ itemRef: threat, inverted: true, points: 0 });
  });

  it("does not score text, date, channel or choice questions directly", () => {
    const withPlan = score(makeInput({ answers: { ...unknownAnswers(), ...goodPlan() }, facts: allUnknownFacts }));
    expect(withPlan.overall.score).toBeNull();
  });
});

describe("worked example: an open channel with good answers (Mastodon-like)", () => {
  const result = score(makeInput({ channelId: "mastodon", kind: "open-alternative", facts: mastodonLikeFacts }));

  it("advises use, without findings", () => {
    expect(result.knockouts).toEqual([]);
    expect(result.recommendation).toMatchObject({ value: "use", provisional: false });
    expect(result.recommendation.reasons.map((r) => r.messageKey)).toEqual(["reason.scoreUse"]);
  });

  it("scores high with high confidence; the unknown DPIA fact costs a little confidence, not points", () => {
    expect(result.overall.score).toBeGreaterThanOrEqual(90);
    expect(result.overall.confidence).toBeGreaterThan(0.9);
    const autonomy = dim(result, "value.autonomy");
    expect(autonomy.unknownFacts).toEqual(["dpia"]);
    expect(autonomy.confidence).toBeLessThan(1);
    expect(autonomy.score).toBe(100);
  });

  it("has nothing left that would change the advice", () => {
    expect(result.whatWouldChange.filter((c) => c.effect.recommendationChanges)).toEqual([]);
  });
});

describe("worked example: a commercial platform outside the EU without a DPIA (Facebook-like)", () => {
  const answers = {
    ...extremeAnswers("worst"),
    ...goodPlan(),
    [KNOCKOUT_ITEMS.dpia]: { value: "no" },
  };
  const input = makeInput({ channelId: "facebook", facts: facebookLikeFacts, answers });

  it("finds the blocking knock-out and advises not to use it", () => {
    const result = score(input);
    expect(result.knockouts.find((k) => k.id === "personal-data-outside-eu-without-dpia")).toMatchObject({
      severity: "blocking",
      status: "triggered",
    });
    expect(result.recommendation.value).toBe("do_not_use");
    expect(result.recommendation.phaseOutBy).toBeUndefined();
    const reason = result.recommendation.reasons.find((r) => r.knockout === "personal-data-outside-eu-without-dpia")!;
    expect(reason.itemRefs).toContain(KNOCKOUT_ITEMS.dpia);
    expect(reason.factKeys).toEqual(expect.arrayContaining(["jurisdiction", "dataLocation"]));
  });

  it("advises phasing out by the exit deadline when the channel is in use now", () => {
    const result = score({ ...input, currentlyUsed: true });
    expect(result.recommendation).toMatchObject({ value: "phase_out", phaseOutBy: "2027-12-31" });
    expect(result.recommendation.reasons.map((r) => r.messageKey)).toEqual(
      expect.arrayContaining(["reason.currentlyUsed", "reason.phaseOutByDeadline"]),
    );
  });

  it("phases out within the default six months when no deadline in the future is recorded", () => {
    const noDeadline = { ...input, currentlyUsed: true, answers: { ...answers, [KNOCKOUT_ITEMS.exitDeadline]: { value: null } } };
    expect(score(noDeadline).recommendation).toMatchObject({ value: "phase_out", phaseOutBy: "2027-05-24" });
    const passed = { ...input, currentlyUsed: true, answers: { ...answers, [KNOCKOUT_ITEMS.exitDeadline]: { value: "2026-06-30" } } };
    const result = score(passed);
    expect(result.recommendation).toMatchObject({ value: "phase_out", phaseOutBy: "2027-05-24" });
    expect(result.recommendation.reasons.find((r) => r.messageKey === "reason.phaseOutByDefault")!.params).toEqual({
      date: "2027-05-24",
      months: "6",
    });
  });

  it("shows the facts that lowered the scores, with their source and check date", () => {
    const result = score(input);
    const voice = dim(result, "baseline.equal-voice");
    expect(voice.drivers.find((d) => d.kind === "fact")).toMatchObject({
      factKey: "reach",
      value: "algorithmic",
      points: 0,
      checkedAt: "2026-11-01",
      origin: "catalogue",
      messageKey: "driver.fact.lowers",
    });
  });

  it("names the DPIA as the answer that would lift the block, when it is the only one", () => {
    const onlyDpia = makeInput({ facts: facebookLikeFacts, answers: { ...extremeAnswers("best"), ...goodPlan(), [KNOCKOUT_ITEMS.dpia]: { value: "no" } } });
    const result = score(onlyDpia);
    expect(result.knockouts.map((k) => k.id)).toEqual(["personal-data-outside-eu-without-dpia"]);
    expect(result.recommendation.value).toBe("do_not_use");
    expect(result.whatWouldChange[0]).toMatchObject({
      kind: "answer",
      itemRef: KNOCKOUT_ITEMS.dpia,
      action: "set",
      from: "no",
      to: "yes",
      messageKey: "change.answer.set",
      effect: { recommendationChanges: true, resolves: ["personal-data-outside-eu-without-dpia"], direction: "better" },
    });
  });
});

describe("each knock-out on its own", () => {
  const base = makeInput();
  const withAnswers = (answers: ScoringInput["answers"], extra: Partial<ScoringInput> = {}) =>
    score({ ...base, ...extra, answers: { ...base.answers, ...answers } }, { whatWouldChange: false });
  const none = { value: null };

  it("the base case has none and advises use", () => {
    const result = score(base, { whatWouldChange: false });
    expect(result.knockouts).toEqual([]);
    expect(result.recommendation.value).toBe("use");
  });

  it("no alternative for an audience: blocking, condition or unresolved for a platform", () => {
    const blocking = withAnswers({ [KNOCKOUT_ITEMS.sameInformation]: { value: "no" } });
    expect(ids(blocking)).toEqual(["knockout.no-alternative-for-audience.blocking"]);
    expect(blocking.knockouts[0].params).toEqual({ audiences: "general-public,elderly", hasAudiences: "yes" });
    expect(blocking.recommendation.value).toBe("do_not_use");
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.decideAlternatives]: { value: "no" } }))).toEqual(["knockout.no-alternative-for-audience.blocking"]);
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.alternatives]: { value: ["facebook"] } }))).toEqual(["knockout.no-alternative-for-audience.blocking"]);

    const partly = withAnswers({ [KNOCKOUT_ITEMS.sameInformation]: { value: "partly" } });
    expect(partly.knockouts).toMatchObject([{ id: "no-alternative-for-audience", severity: "condition", status: "triggered" }]);
    expect(partly.recommendation.value).toBe("use_with_conditions");

    const unresolved = withAnswers({ [KNOCKOUT_ITEMS.alternatives]: none });
    expect(unresolved.knockouts).toMatchObject([{ messageKey: "knockout.no-alternative-for-audience.unresolved", severity: "condition", status: "unresolved" }]);
  });

  it("no alternative for an audience: an own digital channel gets a condition, never a block; a physical one nothing", () => {
    const website = { kind: "own-channel" as const, channelId: "municipal-website" };
    const noAlternatives = score(makeInput({ ...website, answers: { ...base.answers, [KNOCKOUT_ITEMS.alternatives]: none } }), { whatWouldChange: false });
    expect(noAlternatives.knockouts).toMatchObject([{ messageKey: "knockout.no-alternative-for-audience.ownChannel", severity: "condition" }]);
    // The website is the primary source, so "not everything is elsewhere" is no finding.
    const primarySource = score(makeInput({ ...website, answers: { ...base.answers, [KNOCKOUT_ITEMS.sameInformation]: { value: "no" } } }), {
      whatWouldChange: false,
    });
    expect(primarySource.knockouts.filter((k) => k.id === "no-alternative-for-audience")).toEqual([]);
    const counter = makeInput({ kind: "own-channel", channelId: "counter", answers: { ...base.answers, [KNOCKOUT_ITEMS.alternatives]: none } });
    const physical = score({ ...counter, channel: { ...counter.channel, digital: false } }, { whatWouldChange: false });
    expect(physical.knockouts).toEqual([]);
  });

  it("no alternative for an audience: a digital alternative is none for people who are often not online", () => {
    const result = withAnswers({ [KNOCKOUT_ITEMS.alternatives]: { value: ["municipal-website", "newsletter"] } });
    expect(result.knockouts).toMatchObject([{ messageKey: "knockout.no-alternative-for-audience.blocking", params: { audiences: "elderly", hasAudiences: "yes" } }]);
    // As reported: the platform itself first, then only the website; older residents still depend on the platform.
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.alternatives]: { value: ["facebook"] } }))).toEqual(["knockout.no-alternative-for-audience.blocking"]);
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.alternatives]: { value: ["municipal-website"] } }))).toEqual(["knockout.no-alternative-for-audience.blocking"]);
    expect(withAnswers({ [KNOCKOUT_ITEMS.alternatives]: { value: ["municipal-website", "counter"] } }).knockouts).toEqual([]);
    const unknownKinds = withAnswers({ [KNOCKOUT_ITEMS.alternatives]: { value: ["municipal-website", "custom:wijkkrant"] } });
    expect(unknownKinds.knockouts).toEqual([]);
    const withoutLookup = withAnswers({ [KNOCKOUT_ITEMS.alternatives]: { value: ["municipal-website"] } }, { knownChannels: undefined });
    expect(withoutLookup.knockouts).toEqual([]);
  });

  it("no offline alternative: an own digital channel for elderly people with only digital alternatives gets a condition", () => {
    const app = makeInput({ kind: "own-channel", channelId: "municipal-app", answers: { ...base.answers, [KNOCKOUT_ITEMS.alternatives]: { value: ["municipal-website", "newsletter"] } } });
    expect(score(app, { whatWouldChange: false }).knockouts).toMatchObject([
      { id: "no-offline-alternative", severity: "condition", params: { audiences: "elderly", channels: "municipal-website,newsletter" } },
    ]);
  });

  it("personal data outside the EU without a DPIA", () => {
    const outside = facts({ ...Object.fromEntries(Object.entries(mastodonLikeFacts).map(([k, f]) => [k, f!.value])), jurisdiction: "non-eu" });
    const blocking = withAnswers({ [KNOCKOUT_ITEMS.dpia]: { value: "no" } }, { facts: outside });
    expect(ids(blocking)).toEqual(["knockout.personal-data-outside-eu-without-dpia.blocking"]);
    expect(blocking.recommendation.value).toBe("do_not_use");

    const unknownDpia = withAnswers({ [KNOCKOUT_ITEMS.dpia]: { value: "unknown" } }, { facts: outside });
    expect(unknownDpia.knockouts).toMatchObject([{ messageKey: "knockout.personal-data-outside-eu-without-dpia.condition", status: "unresolved" }]);

    const transferNo = withAnswers({ [KNOCKOUT_ITEMS.dpia]: { value: "no" }, [KNOCKOUT_ITEMS.euTransfer]: { value: "no" } });
    expect(ids(transferNo)).toEqual(["knockout.personal-data-outside-eu-without-dpia.blocking"]);

    const nowhere = facts({ jurisdiction: "unknown", dataLocation: "unknown" });
    const unknownLocation = withAnswers({ [KNOCKOUT_ITEMS.dpia]: { value: "no" } }, { facts: nowhere });
    expect(ids(unknownLocation)).toEqual(["knockout.personal-data-outside-eu-without-dpia.unresolvedLocation"]);

    // In the EU, a missing DPIA lowers autonomy but is no knock-out of this kind.
    expect(withAnswers({ [KNOCKOUT_ITEMS.dpia]: { value: "no" } }).knockouts).toEqual([]);
  });

  it("high risks from the DPIA not resolved", () => {
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.dpiaRisks]: { value: "no" } }))).toEqual(["knockout.dpia-high-risks-unresolved.blocking"]);
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.dpiaRisks]: { value: "partly" } }))).toEqual(["knockout.dpia-high-risks-unresolved.condition"]);
    const knownHighRisks = { ...mastodonLikeFacts, dpia: facebookLikeFacts.dpia };
    const unresolved = withAnswers({ [KNOCKOUT_ITEMS.dpiaRisks]: { value: "unknown" } }, { facts: knownHighRisks });
    expect(unresolved.knockouts).toMatchObject([{ messageKey: "knockout.dpia-high-risks-unresolved.unresolved", status: "unresolved" }]);
    expect(unresolved.knockouts[0].drivers.map((d) => (d.kind === "fact" ? d.factKey : d.itemRef))).toEqual([KNOCKOUT_ITEMS.dpiaRisks, "dpia"]);
    expect(withAnswers({}, { facts: knownHighRisks }).knockouts).toEqual([]); // answered "yes"
  });

  it("no exit strategy: blocking on a closed platform, a condition where leaving is easy, none for own channels", () => {
    const closed = facts({ openProtocol: "no", dataExport: "partly", jurisdiction: "eu" });
    const blocking = withAnswers({ [KNOCKOUT_ITEMS.exitSteps]: { value: "" } }, { facts: closed });
    expect(ids(blocking)).toEqual(["knockout.no-exit-strategy.blocking"]);
    expect(blocking.recommendation.value).toBe("do_not_use");
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.considerExit]: { value: "no" } }, { facts: closed }))).toEqual(["knockout.no-exit-strategy.blocking"]);
    const open = withAnswers({ [KNOCKOUT_ITEMS.exitSteps]: none });
    expect(ids(open)).toEqual(["knockout.no-exit-strategy.condition"]);
    const website = makeInput({ kind: "own-channel", channelId: "municipal-website", answers: { ...base.answers, [KNOCKOUT_ITEMS.exitSteps]: none } });
    expect(score(website, { whatWouldChange: false }).knockouts).toEqual([]);
  });

  it("no exit deadline, and an exit deadline that has passed", () => {
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.exitDeadline]: none }))).toEqual(["knockout.no-exit-deadline.condition"]);
    const passed = withAnswers({ [KNOCKOUT_ITEMS.exitDeadline]: { value: "2026-01-31" } });
    expect(passed.knockouts).toMatchObject([{ id: "exit-deadline-passed", severity: "condition", params: { deadline: "2026-01-31" } }]);
    expect(withAnswers({ [KNOCKOUT_ITEMS.exitDeadline]: { value: TODAY } }).knockouts).toEqual([]);
  });

  it("no crisis fallback, or only commercial fallbacks", () => {
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.crisisFallback]: none }))).toEqual(["knockout.no-crisis-fallback.condition"]);
    expect(ids(withAnswers({ [KNOCKOUT_ITEMS.crisisFallback]: { value: ["facebook"] } }))).toEqual(["knockout.no-crisis-fallback.condition"]);
    const commercial = withAnswers({ [KNOCKOUT_ITEMS.crisisFallback]: { value: ["instagram"] } });
    expect(commercial.knockouts).toMatchObject([{ messageKey: "knockout.no-crisis-fallback.onlyCommercial", params: { channels: "instagram" } }]);
    // Fallbacks are recorded, but the IBD consideration says no: the finding says that, not that none are recorded.
    const notConsidered = withAnswers({ [KNOCKOUT_ITEMS.considerCrisis]: { value: "no" } });
    expect(notConsidered.knockouts).toMatchObject([
      { messageKey: "knockout.no-crisis-fallback.notConsidered", params: { channels: "local-radio,nl-alert,municipal-website" } },
    ]);
  });

  it("moderation: a missing plan is a condition on a platform, blocks on a channel the municipality runs itself", () => {
    const noPlan = withAnswers({ [KNOCKOUT_ITEMS.moderationPlan]: { value: "no" }, [KNOCKOUT_ITEMS.incidents]: { value: "no" } });
    expect(ids(noPlan)).toEqual(["knockout.no-moderation.condition"]);
    expect(noPlan.recommendation.reasons.map((reason) => reason.messageKey)).toContain("knockout.no-moderation.condition");
    const ownServer = (answers: Record<string, { value: string }>) =>
      score(makeInput({ kind: "own-channel", channelId: "custom:social", channel: { id: "custom:social", kind: "own-channel", digital: true, selfHosted: true }, answers: { ...base.answers, ...answers } }), { whatWouldChange: false });
    const blocked = ownServer({ [KNOCKOUT_ITEMS.moderationPlan]: { value: "no" } });
    expect(blocked.knockouts.filter((k) => k.id === "no-moderation")).toMatchObject([{ messageKey: "knockout.no-moderation.selfHosted", severity: "blocking" }]);
    expect(blocked.recommendation.value).toBe("do_not_use");
    const unsettled = ownServer({ [KNOCKOUT_ITEMS.moderationPlan]: { value: "unknown" } });
    expect(unsettled.knockouts.filter((k) => k.id === "no-moderation")).toMatchObject([{ messageKey: "knockout.no-moderation.selfHostedUnresolved", severity: "condition" }]);
    // The catalogue's website takes no replies: no moderation finding.
    const website = score(makeInput({ kind: "own-channel", channelId: "municipal-website", answers: { ...base.answers, [KNOCKOUT_ITEMS.moderationPlan]: { value: "no" } } }), { whatWouldChange: false });
    expect(website.knockouts.filter((k) => k.id === "no-moderation")).toEqual([]);
    // A youth campaign without extra care for young people gets a condition.
    const youth = withAnswers({ [KNOCKOUT_ITEMS.audiences]: { value: ["young-people"] }, [KNOCKOUT_ITEMS.vulnerable]: { value: "no" } });
    expect(youth.knockouts.filter((k) => k.id === "no-moderation")).toMatchObject([{ messageKey: "knockout.no-moderation.vulnerable" }]);
  });

  it("states low reach as a warning in the reasons, without changing the advice", () => {
    const low = withAnswers({ [KNOCKOUT_ITEMS.audienceReach]: { value: "2" } });
    const fine = withAnswers({ [KNOCKOUT_ITEMS.audienceReach]: { value: "4" } });
    expect(low.recommendation.reasons).toContainEqual(expect.objectContaining({ messageKey: "reason.lowReach", params: { itemRef: KNOCKOUT_ITEMS.audienceReach, answer: "2" } }));
    expect(fine.recommendation.reasons.map((reason) => reason.messageKey)).not.toContain("reason.lowReach");
  });

  it("states unknown platform facts as unknown, never as a closed platform", () => {
    const unknownFacts = withAnswers({ [KNOCKOUT_ITEMS.exitSteps]: none }, { facts: allUnknownFacts });
    expect(ids(unknownFacts)).toEqual(["knockout.no-exit-strategy.blockingUnknown"]);
    const partlyKnown = withAnswers({ [KNOCKOUT_ITEMS.exitSteps]: none }, { facts: facts({ openProtocol: "yes", dataExport: "unknown" }) });
    expect(ids(partlyKnown)).toEqual(["knockout.no-exit-strategy.blockingUnknown"]);
  });

  it("tells a question answered 'Weet ik niet' apart from one not answered yet", () => {
    const result = score(makeInput({ answers: unknownAnswers() }), { whatWouldChange: false });
    const dimension = result.dimensions.find((candidate) => candidate.unknown.length > 0)!;
    expect(dimension.answeredUnknown).toEqual(dimension.unknown);
    const empty = score(makeInput({ answers: {} }), { whatWouldChange: false });
    expect(empty.dimensions.every((candidate) => candidate.answeredUnknown.length === 0)).toBe(true);
  });

  it("a baseline principle below the minimum blocks, once enough is known", () => {
    const equalSafe = frameworks
      .flatMap((fw) => fw.parts.flatMap((p) => p.items.map((item) => ({ ref: `${fw.id}:${item.id}`, item }))))
      .filter(({ item }) => item.feeds.some((f) => f.dimension === "baseline.equal-safe"));
    // Bad on everything feeding this principle; of it, only the moderation answers are read by another knock-out.
    const bad = Object.fromEntries(equalSafe.map(({ ref, item }) => [ref, { value: extremeValue(item, "worst") }]));
    expect(Object.keys(bad).filter((ref) => (Object.values(KNOCKOUT_ITEMS) as string[]).includes(ref)).sort()).toEqual(
      [KNOCKOUT_ITEMS.incidents, KNOCKOUT_ITEMS.moderationPlan, KNOCKOUT_ITEMS.stochasticThreat, KNOCKOUT_ITEMS.vulnerable].filter((ref) => ref in bad).sort(),
    );
    const result = withAnswers(bad);
    const finding = result.knockouts.find((k) => k.id === "baseline-below-minimum")!;
    expect(finding).toMatchObject({ severity: "blocking", params: { dimension: "baseline.equal-safe", minimum: "30" } });
    expect(Number(finding.params.score)).toBeLessThan(30);
    expect(finding.drivers.length).toBeGreaterThan(0);
    expect(result.recommendation.value).toBe("do_not_use");

    // One bad answer among unknowns: too little known to block.
    const thin = withAnswers({ ...unknownAnswers(), ...goodPlan(), "democratische-basislijn:basis.equal-safe": { value: "1" } });
    expect(thin.knockouts.filter((k) => k.id === "baseline-below-minimum")).toEqual([]);
  });
});

describe("unknown is never silently zero", () => {
  it("all unknown: no score, confidence 0, and no positive advice", () => {
    const result = score(makeInput({ answers: { ...unknownAnswers(), ...goodPlan() }, facts: allUnknownFacts }));
    for (const d of result.dimensions) {
      expect(d.score, d.id).toBeNull();
      expect(d.confidence, d.id).toBe(0);
      expect(d.unknown.length, d.id).toBeGreaterThan(0);
    }
    expect(result.overall).toMatchObject({ score: null, confidence: 0 });
    expect(result.recommendation).toMatchObject({ value: "do_not_use", provisional: true });
    expect(result.recommendation.reasons.map((r) => r.messageKey)).toEqual(expect.arrayContaining(["reason.noScore", "reason.lowConfidence"]));
  });

  it("nothing answered at all gives the same scores as everything unknown", () => {
    const unanswered = score(makeInput({ answers: goodPlan(), facts: {} }), { whatWouldChange: false });
    const unknown = score(makeInput({ answers: { ...unknownAnswers(), ...goodPlan() }, facts: allUnknownFacts }), { whatWouldChange: false });
    expect(unanswered.dimensions.map((d) => [d.score, d.confidence])).toEqual(unknown.dimensions.map((d) => [d.score, d.confidence]));
  });

  it("an unknown answer keeps the score of the known answers and lowers the confidence; 'no' lowers the score", () => {
    const ref = "publieke-waarden:pw.value.openness";
    const good = score(makeInput(), { whatWouldChange: false });
    const unknown = score(makeInput({ answers: { ...makeInput().answers, [ref]: { value: "unknown" } } }), { whatWouldChange: false });
    const bad = score(makeInput({ answers: { ...makeInput().answers, [ref]: { value: "1" } } }), { whatWouldChange: false });
    expect(dim(unknown, "value.openness").score).toBe(dim(good, "value.openness").score);
    expect(dim(unknown, "value.openness").confidence).toBeLessThan(dim(good, "value.openness").confidence);
    expect(dim(unknown, "value.openness").unknown).toEqual([ref]);
    expect(dim(bad, "value.openness").score).toBeLessThan(dim(good, "value.openness").score!);
  });

  it("an unknown fact lowers the confidence, not the score; for a physical channel digital-only facts do not count", () => {
    const known = score(makeInput({ facts: facts({ openProtocol: "yes" }) }), { whatWouldChange: false });
    const unknown = score(makeInput({ facts: facts({ openProtocol: "unknown" }) }), { whatWouldChange: false });
    const missing = score(makeInput({ facts: {} }), { whatWouldChange: false });
    expect(dim(unknown, "value.openness").confidence).toBeLessThan(dim(known, "value.openness").confidence);
    expect(dim(unknown, "value.openness").unknownFacts).toEqual(["openProtocol", "openSource"]);
    expect(dim(unknown, "value.openness").score).toBe(100); // answers are all at their best
    expect(dim(missing, "value.openness").confidence).toBe(dim(unknown, "value.openness").confidence);

    const counter = makeInput({ kind: "own-channel", channelId: "counter", facts: facts({ openProtocol: "unknown" }) });
    const physical = score({ ...counter, channel: { ...counter.channel, digital: false } }, { whatWouldChange: false });
    expect(dim(physical, "value.openness").unknownFacts).toEqual([]);
  });

  it("a free-text fact no rule understands counts as unknown", () => {
    const result = score(makeInput({ facts: facts({ revenueModel: "Iets heel anders" }) }), { whatWouldChange: false });
    expect(dim(result, "baseline.core-values").unknownFacts).toEqual(["revenueModel"]);
  });
});

describe("overall score, weights and advice thresholds", () => {
  it("is the weighted average of the dimension scores; weight 0 leaves a dimension out", () => {
    const input = makeInput({ answers: { ...extremeAnswers("worst"), ...goodPlan() }, facts: mastodonLikeFacts });
    const result = score(input, { whatWouldChange: false });
    const expected = (r: ScoreResult) => {
      const counted = r.dimensions.filter((d) => d.weight > 0 && d.score !== null);
      return Math.round(counted.reduce((s, d) => s + d.weight * d.score!, 0) / counted.reduce((s, d) => s + d.weight, 0));
    };
    expect(result.overall.score).toBe(expected(result));
    expect(result.weights["baseline.equal-safe"]).toBe(3);

    const zeroed = score({ ...input, weights: { "value.openness": 0, "baseline.equal-safe": 10 } }, { whatWouldChange: false });
    expect(dim(zeroed, "value.openness").weight).toBe(0);
    expect(zeroed.overall.contributions.find((c) => c.dimension === "value.openness")!.contribution).toBe(0);
    expect(zeroed.overall.score).toBe(expected(zeroed));
    expect(zeroed.overall.score).not.toBe(result.overall.score);
  });

  it("reports the democratic baseline and the public values separately", () => {
    const result = score(makeInput(), { whatWouldChange: false });
    expect(Object.keys(result.groups).sort()).toEqual(["baseline", "public-value"]);
    expect(result.groups.baseline.score).toBe(100);
  });

  it("uses the thresholds of content/scoring.yaml: 50 is 'use with conditions', below it 'do not use'", () => {
    const middling = Object.fromEntries(
      Object.entries(extremeAnswers("best")).map(([ref, a]) => [ref, { value: /^[1-5]$/.test(String(a.value)) ? "3" : "partly" }]),
    );
    // Keep the knock-out questions answered "yes" so only the score decides.
    const answers = {
      ...middling,
      ...goodPlan(),
      ...Object.fromEntries(
        [KNOCKOUT_ITEMS.sameInformation, KNOCKOUT_ITEMS.considerAlternatives, KNOCKOUT_ITEMS.decideAlternatives, KNOCKOUT_ITEMS.dpia, KNOCKOUT_ITEMS.dpiaRisks].map(
          (ref) => [ref, { value: "yes" }],
        ),
      ),
    };
    const input = makeInput({ answers, facts: allUnknownFacts });
    const result = score(input, { whatWouldChange: false });
    expect(result.overall.score).toBeGreaterThanOrEqual(50);
    expect(result.overall.score).toBeLessThan(70);
    expect(result.recommendation.value).toBe("use_with_conditions");
    expect(result.recommendation.reasons[0]).toMatchObject({ messageKey: "reason.scoreConditions", params: { low: "50", high: "70" } });

    const stricter = { ...rules, recommendation: { ...rules.recommendation, conditionsFrom: 65 } };
    const refused = scoreAssessment(input, stricter, { whatWouldChange: false });
    expect(refused.recommendation.value).toBe("do_not_use");
    expect(refused.recommendation.reasons[0].messageKey).toBe("reason.scoreBelow");
  });

  it("never advises plain 'use' on thin evidence", () => {
    const few = {
      ...unknownAnswers(),
      ...goodPlan(),
      "democratische-basislijn:basis.equal-safe": { value: "5" },
      "democratische-basislijn:basis.equal-voice": { value: "5" },
      "democratische-basislijn:basis.core-values": { value: "5" },
      [KNOCKOUT_ITEMS.sameInformation]: { value: "yes" },
      [KNOCKOUT_ITEMS.dpia]: { value: "yes" },
    };
    const result = score(makeInput({ answers: few }), { whatWouldChange: false });
    expect(result.overall.score).toBeGreaterThanOrEqual(70);
    expect(result.overall.confidence).toBeLessThan(0.6);
    expect(result.recommendation).toMatchObject({ value: "use_with_conditions", provisional: true });
    expect(result.recommendation.reasons.map((r) => r.messageKey)).toContain("reason.lowConfidence");
  });
});

describe("purity and shape", () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === "object" && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const child of Object.values(value)) deepFreeze(child);
    }
    return value;
  };

  it("gives the same result for the same input, does not change its input, and is plain data", () => {
    const input = deepFreeze(structuredClone(makeInput({ facts: facebookLikeFacts, currentlyUsed: true })));
    const first = score(input);
    expect(score(input)).toEqual(first);
    expect(structuredClone(first)).toEqual(first);
  });

  it("refuses two versions of the same framework", () => {
    const older = getFramework("vng-afwegingskader", "2024.1")!;
    expect(() => score(makeInput({ frameworks: [...frameworks, older] }))).toThrow(/one version per framework/);
  });

  it("scores last year's framework version too", () => {
    const older = getFramework("vng-afwegingskader", "2024.1")!;
    const set = frameworks.map((fw) => (fw.id === older.id ? older : fw));
    const result = score(makeInput({ frameworks: set, answers: { "vng-afwegingskader:vng.baseline.dialogue": { value: "4" } } }), {
      whatWouldChange: false,
    });
    expect(dim(result, "baseline.core-values").drivers.some((d) => d.kind === "answer" && d.itemRef === "vng-afwegingskader:vng.baseline.dialogue")).toBe(true);
  });

  it("has a result for each dimension in content, in content order", () => {
    expect(score(makeInput(), { whatWouldChange: false }).dimensions.map((d) => d.id)).toEqual(dimensions.map((d) => d.id));
  });

  it("keeps whatWouldChange within the limit and without changes that make things worse unless they flip the advice", () => {
    const result = score(makeInput({ answers: { ...unknownAnswers(), ...goodPlan() }, facts: facebookLikeFacts }));
    expect(result.whatWouldChange.length).toBeLessThanOrEqual(rules.whatWouldChange.limit);
    for (const change of result.whatWouldChange) {
      if (change.effect.direction === "worse") expect(change.effect.recommendationChanges).toBe(true);
    }
  });
});

describe("server entry (lib/scoring/index.ts)", () => {
  it("scores with the rules of content/scoring.yaml by default", async () => {
    const entry = await import("./index");
    const input = makeInput({ facts: facebookLikeFacts });
    expect(entry.scoreAssessment(input)).toEqual(scoreAssessment(input, rules));
    expect(entry.sensitivity(input).base.recommendation).toBe(scoreAssessment(input, rules).recommendation.value);
    expect(entry.defaultScoringRules().version).toBe(rules.version);
  });
});
