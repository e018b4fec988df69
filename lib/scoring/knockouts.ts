/**
 * Knock-out findings: answers and facts that block the use of a channel, or set a condition for
 * it, however well it scores otherwise. Each rule is described in docs/scoring.md; keep both in
 * step. Weights never affect knock-outs.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { FactKey } from "@/lib/catalogue/schema";
import { answerEvidence, factEvidence } from "./drivers";
import type { FactOutcome } from "./fact-rules";
import { KNOCKOUT_ITEMS } from "./knockout-items";
import {
  knockoutIds,
  type DimensionScore,
  type Driver,
  type Knockout,
  type KnockoutId,
  type KnockoutMessageKey,
  type KnockoutVariant,
  type MessageParams,
  type ScoringInput,
  type ScoringRules,
} from "./schema";


export { KNOCKOUT_ITEMS };

type Ynpu = "yes" | "partly" | "no" | "unknown";

class Answers {
  constructor(private readonly input: ScoringInput) {}
  raw(ref: string): AnswerValue | null {
    return this.input.answers[ref]?.value ?? null;
  }
  /** yes/partly/no/unknown, or null when not answered. */
  ynpu(ref: string): Ynpu | null {
    const value = this.raw(ref);
    return value === "yes" || value === "partly" || value === "no" || value === "unknown" ? value : null;
  }
  /** A non-empty list, or null. */
  list(ref: string): string[] | null {
    const value = this.raw(ref);
    if (Array.isArray(value)) return value.length ? value : null;
    return typeof value === "string" && value.trim() ? [value] : null;
  }
  text(ref: string): string | null {
    const value = this.raw(ref);
    return typeof value === "string" && value.trim() ? value : null;
  }
  date(ref: string): string | null {
    const value = this.raw(ref);
    return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  }
  evidence(ref: string): Driver {
    return answerEvidence(ref, this.raw(ref));
  }
}

function finding<K extends KnockoutId>(
  id: K,
  variant: KnockoutVariant<K>,
  severity: Knockout["severity"],
  status: Knockout["status"],
  drivers: Driver[],
  params: MessageParams = {},
): Knockout {
  return { id, severity, status, messageKey: `knockout.${id}.${variant}` as KnockoutMessageKey, params, drivers };
}

const isPlatform = (input: ScoringInput) => input.channel.kind !== "own-channel";

/**
 * No alternative for an audience. Platforms (commercial or open): blocking when the answers say
 * information is only available here or there are no alternatives, also when every alternative is
 * digital while the audiences include people who are often not online (content/scoring.yaml
 * offlineAudiences: for them a digital alternative is none); a condition when that holds partly
 * or the alternatives are not recorded yet. An own digital channel (website, app,
 * newsletter) is the municipality's own source, so it is never blocked for this, but it needs an
 * offline route for people who are not online (condition). Physical own channels are exempt.
 */
function noAlternative(input: ScoringInput, a: Answers, rules: ScoringRules): Knockout | null {
  const { channel } = input;
  if (channel.kind === "own-channel" && !channel.digital) return null;
  const refs = KNOCKOUT_ITEMS;
  const audiences = a.list(refs.audiences) ?? [];
  const params = { audiences: audiences.join(","), hasAudiences: audiences.length ? "yes" : "no" };
  const listed = a.list(refs.alternatives);
  const alternatives = (listed ?? []).filter((id) => id !== channel.id);
  const onlySelf = listed !== null && alternatives.length === 0;
  const said = (ref: string, value: Ynpu) => (a.ynpu(ref) === value ? [ref] : []);
  const audienceEvidence = audiences.length ? [a.evidence(refs.audiences)] : [];

  const refsSayingNo = [
    ...(channel.kind === "own-channel" ? [] : said(refs.sameInformation, "no")),
    ...said(refs.considerAlternatives, "no"),
    ...said(refs.decideAlternatives, "no"),
  ];
  if (channel.kind === "own-channel") {
    if (refsSayingNo.length || onlySelf) {
      const drivers = [...refsSayingNo.map((ref) => a.evidence(ref)), ...(onlySelf ? [a.evidence(refs.alternatives)] : [])];
      return finding("no-alternative-for-audience", "ownChannel", "condition", "triggered", [...drivers, ...audienceEvidence], params);
    }
    if (!listed) {
      return finding("no-alternative-for-audience", "ownChannel", "condition", "unresolved", [a.evidence(refs.alternatives), ...audienceEvidence], params);
    }
    return null;
  }

  const stranded = offlineAudiencesWithDigitalAlternativesOnly(input, a, rules, alternatives);
  if (refsSayingNo.length || onlySelf || stranded.length) {
    const drivers = [...refsSayingNo.map((ref) => a.evidence(ref)), ...(onlySelf || stranded.length ? [a.evidence(refs.alternatives)] : [])];
    const blockingParams = refsSayingNo.length || onlySelf ? params : { audiences: stranded.join(","), hasAudiences: "yes" };
    return finding("no-alternative-for-audience", "blocking", "blocking", "triggered", [...drivers, ...audienceEvidence], blockingParams);
  }
  const partly = [
    ...said(refs.sameInformation, "partly"),
    ...said(refs.considerAlternatives, "partly"),
    ...said(refs.decideAlternatives, "partly"),
  ];
  if (partly.length) {
    return finding("no-alternative-for-audience", "condition", "condition", "triggered", [...partly.map((ref) => a.evidence(ref)), ...audienceEvidence], params);
  }
  const sameInformation = a.ynpu(refs.sameInformation);
  if (!listed || sameInformation === null || sameInformation === "unknown") {
    const missing = [...(!listed ? [refs.alternatives] : []), ...(sameInformation === "yes" ? [] : [refs.sameInformation])];
    return finding("no-alternative-for-audience", "unresolved", "condition", "unresolved", [...missing.map((ref) => a.evidence(ref)), ...audienceEvidence], params);
  }
  return null;
}

/**
 * The audiences that often cannot be reached online (content/scoring.yaml offlineAudiences), when
 * every alternative is itself digital. Needs `knownChannels`; empty when any alternative's kind is
 * not known.
 */
function offlineAudiencesWithDigitalAlternativesOnly(input: ScoringInput, a: Answers, rules: ScoringRules, alternatives: readonly string[]): string[] {
  const { knownChannels } = input;
  if (!input.channel.digital || !knownChannels || !alternatives.length) return [];
  if (!alternatives.every((id) => knownChannels[id]?.digital === true)) return [];
  const offline = new Set(rules.knockouts.offlineAudiences);
  return (a.list(KNOCKOUT_ITEMS.audiences) ?? []).filter((audience) => offline.has(audience));
}

/**
 * An own digital channel (website, app, newsletter) whose audiences include people who are often
 * not online while every alternative is digital too: a condition. For a platform the same gap is
 * a missing alternative (noAlternative).
 */
function noOfflineAlternative(input: ScoringInput, a: Answers, rules: ScoringRules): Knockout | null {
  if (isPlatform(input)) return null;
  const alternatives = (a.list(KNOCKOUT_ITEMS.alternatives) ?? []).filter((id) => id !== input.channel.id);
  const audiences = offlineAudiencesWithDigitalAlternativesOnly(input, a, rules, alternatives);
  if (!audiences.length) return null;
  return finding(
    "no-offline-alternative",
    "condition",
    "condition",
    "triggered",
    [a.evidence(KNOCKOUT_ITEMS.audiences), a.evidence(KNOCKOUT_ITEMS.alternatives)],
    { audiences: audiences.join(","), channels: alternatives.join(",") },
  );
}

/**
 * Personal data processed outside the EU without a DPIA. Outside the EU: the jurisdiction fact is
 * non-eu or mixed, the data location is outside the EU, or the answer on EU transfer is "no".
 * Blocking when the DPIA answer is "no"; a condition when it is "partly", "unknown" or missing; a
 * condition too when the location is unknown and there is no DPIA. Digital channels only.
 */
function outsideEuWithoutDpia(input: ScoringInput, a: Answers, facts: Map<FactKey, FactOutcome>): Knockout | null {
  if (!input.channel.digital) return null;
  const jurisdiction = facts.get("jurisdiction");
  const location = facts.get("dataLocation");
  const outside: Driver[] = [];
  if (jurisdiction?.class === "outside-eu") outside.push(factEvidence(jurisdiction));
  if (location?.class === "outside-eu") outside.push(factEvidence(location));
  if (a.ynpu(KNOCKOUT_ITEMS.euTransfer) === "no") outside.push(a.evidence(KNOCKOUT_ITEMS.euTransfer));
  const inside =
    !outside.length &&
    (jurisdiction?.class === "eu" || location?.class === "eu" || location?.state === "not-applicable");
  const dpia = a.ynpu(KNOCKOUT_ITEMS.dpia);
  const dpiaEvidence = a.evidence(KNOCKOUT_ITEMS.dpia);

  if (outside.length) {
    if (dpia === "no") {
      return finding("personal-data-outside-eu-without-dpia", "blocking", "blocking", "triggered", [dpiaEvidence, ...outside]);
    }
    if (dpia !== "yes") {
      return finding(
        "personal-data-outside-eu-without-dpia",
        "condition",
        "condition",
        dpia === "partly" ? "triggered" : "unresolved",
        [dpiaEvidence, ...outside],
      );
    }
    return null;
  }
  if (!inside && dpia === "no") {
    const unknownFacts = [jurisdiction, location].filter((o): o is FactOutcome => !!o).map(factEvidence);
    return finding("personal-data-outside-eu-without-dpia", "unresolvedLocation", "condition", "unresolved", [dpiaEvidence, ...unknownFacts]);
  }
  return null;
}

/**
 * High risks from a DPIA that have not been removed or accepted. Blocking when the answer is
 * "no"; a condition when "partly", or when the catalogue records high risks from a known DPIA
 * and the answer does not say they were dealt with.
 */
function dpiaHighRisks(a: Answers, facts: Map<FactKey, FactOutcome>): Knockout | null {
  const risks = a.ynpu(KNOCKOUT_ITEMS.dpiaRisks);
  const fact = facts.get("dpia");
  const factDriver = fact?.class === "high-risk" ? [factEvidence(fact)] : [];
  const evidence = [a.evidence(KNOCKOUT_ITEMS.dpiaRisks), ...factDriver];
  if (risks === "no") return finding("dpia-high-risks-unresolved", "blocking", "blocking", "triggered", evidence);
  if (risks === "partly") return finding("dpia-high-risks-unresolved", "condition", "condition", "triggered", evidence);
  if (risks !== "yes" && factDriver.length) {
    return finding("dpia-high-risks-unresolved", "unresolved", "condition", "unresolved", evidence);
  }
  return null;
}

/**
 * No exit strategy: the exit steps are empty, or the IBD consideration on exit strategies is
 * answered "no". Blocking, unless the catalogue says the channel has an open protocol and full
 * data export (leaving is then technically easy): a condition. When either fact is unknown the
 * finding says it is unknown (blockingUnknown), never that the platform is closed. Own channels
 * are exempt.
 */
function noExitStrategy(input: ScoringInput, a: Answers, facts: Map<FactKey, FactOutcome>): Knockout | null {
  if (!isPlatform(input)) return null;
  const steps = a.text(KNOCKOUT_ITEMS.exitSteps);
  const considered = a.ynpu(KNOCKOUT_ITEMS.considerExit);
  if (steps !== null && considered !== "no") return null;
  const evidence = [
    ...(steps === null ? [a.evidence(KNOCKOUT_ITEMS.exitSteps)] : []),
    ...(considered === "no" ? [a.evidence(KNOCKOUT_ITEMS.considerExit)] : []),
  ];
  const protocol = facts.get("openProtocol");
  const exportable = facts.get("dataExport");
  if (protocol?.class === "yes" && exportable?.class === "yes") {
    return finding("no-exit-strategy", "condition", "condition", "triggered", [...evidence, factEvidence(protocol), factEvidence(exportable)]);
  }
  const known = (outcome: FactOutcome | undefined) => outcome !== undefined && outcome.points !== null;
  const factDrivers = [protocol, exportable].filter((outcome): outcome is FactOutcome => outcome !== undefined).map(factEvidence);
  const closedKnown = protocol?.class === "no" || exportable?.class === "no" || exportable?.class === "partly";
  if (!closedKnown && !(known(protocol) && known(exportable))) {
    return finding("no-exit-strategy", "blockingUnknown", "blocking", "triggered", [...evidence, ...factDrivers]);
  }
  return finding("no-exit-strategy", "blocking", "blocking", "triggered", [...evidence, ...factDrivers]);
}

/** No end date for platform use, so nothing forces a new assessment (condition). */
function noExitDeadline(input: ScoringInput, a: Answers): Knockout | null {
  if (!isPlatform(input) || a.date(KNOCKOUT_ITEMS.exitDeadline) !== null) return null;
  return finding("no-exit-deadline", "condition", "condition", "triggered", [a.evidence(KNOCKOUT_ITEMS.exitDeadline)]);
}

/** The recorded end date has passed: decide anew before continuing (condition). */
function exitDeadlinePassed(input: ScoringInput, a: Answers): Knockout | null {
  const deadline = a.date(KNOCKOUT_ITEMS.exitDeadline);
  if (deadline === null || deadline >= input.today) return null;
  return finding("exit-deadline-passed", "condition", "condition", "triggered", [a.evidence(KNOCKOUT_ITEMS.exitDeadline)], { deadline });
}

/**
 * No crisis fallback outside the big platforms (condition, for digital channels): no fallback
 * channels recorded (other than this one), the IBD consideration on crisis communication is "no",
 * or (with `knownChannels`) every fallback is itself a commercial platform. A condition and not a
 * block, because leaving this channel would not create a fallback either.
 */
function noCrisisFallback(input: ScoringInput, a: Answers): Knockout | null {
  const { channel, knownChannels } = input;
  if (!channel.digital) return null;
  const fallback = (a.list(KNOCKOUT_ITEMS.crisisFallback) ?? []).filter((id) => id !== channel.id);
  const considered = a.ynpu(KNOCKOUT_ITEMS.considerCrisis);
  if (!fallback.length) {
    const evidence = [
      a.evidence(KNOCKOUT_ITEMS.crisisFallback),
      ...(considered === "no" ? [a.evidence(KNOCKOUT_ITEMS.considerCrisis)] : []),
    ];
    return finding("no-crisis-fallback", "condition", "condition", "triggered", evidence);
  }
  // Fallbacks are listed, but the crisis consideration says no: say exactly that.
  if (considered === "no") {
    return finding("no-crisis-fallback", "notConsidered", "condition", "triggered", [a.evidence(KNOCKOUT_ITEMS.considerCrisis), a.evidence(KNOCKOUT_ITEMS.crisisFallback)], {
      channels: fallback.join(","),
    });
  }
  if (knownChannels && fallback.every((id) => knownChannels[id]?.kind === "commercial")) {
    return finding("no-crisis-fallback", "onlyCommercial", "condition", "triggered", [a.evidence(KNOCKOUT_ITEMS.crisisFallback)], {
      channels: fallback.join(","),
    });
  }
  return null;
}

/**
 * Moderation and incident handling (IBD consideration 7, the stochastic threat). On a platform
 * of others, a moderation plan or incident procedure answered "no" (or the consideration itself
 * "no") is a condition the advice names. On a channel the municipality runs itself the duty to
 * moderate is its own: without a plan and a procedure its use is blocked, and as long as either
 * is not settled ("partly", "Weet ik niet" or open) it is a condition. Where the channel is meant
 * for young people, no extra arrangements for them is a condition too. Own channels of the
 * catalogue (website, newsletter) take no replies and are exempt.
 */
function noModeration(input: ScoringInput, a: Answers): Knockout | null {
  const { channel } = input;
  if (!channel.digital || (channel.kind === "own-channel" && !channel.selfHosted)) return null;
  const refs = KNOCKOUT_ITEMS;
  const saidNo = [refs.moderationPlan, refs.incidents, refs.stochasticThreat].filter((ref) => a.ynpu(ref) === "no");
  if (channel.selfHosted) {
    if (saidNo.length) return finding("no-moderation", "selfHosted", "blocking", "triggered", saidNo.map((ref) => a.evidence(ref)));
    const open = [refs.moderationPlan, refs.incidents].filter((ref) => a.ynpu(ref) !== "yes");
    if (open.length) return finding("no-moderation", "selfHostedUnresolved", "condition", "unresolved", open.map((ref) => a.evidence(ref)));
  } else if (saidNo.length) {
    return finding("no-moderation", "condition", "condition", "triggered", saidNo.map((ref) => a.evidence(ref)));
  }
  const forYoungPeople = (a.list(refs.audiences) ?? []).includes("young-people");
  if (forYoungPeople && a.ynpu(refs.vulnerable) === "no") {
    return finding("no-moderation", "vulnerable", "condition", "triggered", [a.evidence(refs.vulnerable), a.evidence(refs.audiences)]);
  }
  return null;
}

/**
 * A principle of the democratic baseline scores below the minimum (content/scoring.yaml), with
 * enough known to say so: the baseline is a floor, so this blocks however well the rest scores.
 */
function baselineBelowMinimum(dimensions: readonly DimensionScore[], rules: ScoringRules): Knockout[] {
  const { baselineMinimum, baselineMinConfidence } = rules.knockouts;
  return dimensions
    .filter((d) => d.group === "baseline" && d.score !== null && d.score < baselineMinimum && d.confidence >= baselineMinConfidence)
    .map((d) =>
      finding("baseline-below-minimum", "blocking", "blocking", "triggered", d.drivers.filter((driver) => driver.contribution < 0).slice(0, 3), {
        dimension: d.id,
        score: String(d.score),
        minimum: String(baselineMinimum),
      }),
    );
}

const order = (k: Knockout) => (k.severity === "blocking" ? 0 : 1) * 100 + knockoutIds.indexOf(k.id);

export function evaluateKnockouts(
  input: ScoringInput,
  rules: ScoringRules,
  facts: Map<FactKey, FactOutcome>,
  dimensions: readonly DimensionScore[],
): Knockout[] {
  const a = new Answers(input);
  const found = [
    noAlternative(input, a, rules),
    noOfflineAlternative(input, a, rules),
    outsideEuWithoutDpia(input, a, facts),
    dpiaHighRisks(a, facts),
    noExitStrategy(input, a, facts),
    noExitDeadline(input, a),
    exitDeadlinePassed(input, a),
    noCrisisFallback(input, a),
    noModeration(input, a),
    ...baselineBelowMinimum(dimensions, rules),
  ].filter((k): k is Knockout => k !== null);
  return found.sort((x, y) => order(x) - order(y));
}
