/**
 * Shared fixtures for the scoring tests: the real content, and answer sets built from it, so the
 * tests break when content and scoring drift apart. Not used by the app.
 */
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { ChannelKind, FactKey } from "@/lib/catalogue/schema";
import { latestFrameworks, loadDimensions } from "@/lib/frameworks/load";
import type { FrameworkItem } from "@/lib/frameworks/schema";
import { extremeValue, isScoredItem, itemRef } from "./answers";
import { KNOCKOUT_ITEMS } from "./knockouts";
import { loadScoringRules } from "./rules";
import type { ScoringAnswer, ScoringFact, ScoringInput } from "./schema";

export const TODAY = "2026-11-24";

/** The frameworks a channel others host pins (currentVersions without the self-hosted framework). */
export const frameworks = latestFrameworks().filter((framework) => !framework.appliesTo);
export const dimensions = loadDimensions();
export const rules = loadScoringRules(undefined, dimensions);

export interface ItemEntry {
  ref: string;
  item: FrameworkItem;
}

export const allItems: ItemEntry[] = frameworks.flatMap((fw) =>
  fw.parts.flatMap((part) => part.items.map((item) => ({ ref: itemRef(fw.id, item.id), item }))),
);
export const scoredEntries = allItems.filter((e) => isScoredItem(e.item));
export const itemOf = (ref: string) => allItems.find((e) => e.ref === ref)!.item;

export type Answers = Record<string, ScoringAnswer>;

/** Every scored item at its best (or worst) value, respecting `inverted`. */
export function extremeAnswers(which: "best" | "worst"): Answers {
  return Object.fromEntries(scoredEntries.map((e) => [e.ref, { value: extremeValue(e.item, which) }]));
}

/** Every scored item "unknown". */
export function unknownAnswers(): Answers {
  return Object.fromEntries(scoredEntries.map((e) => [e.ref, { value: "unknown" }]));
}

/** The channel plan filled in well: audiences, alternatives, exit strategy, crisis fallback. */
export function goodPlan(): Answers {
  const set = (value: AnswerValue) => ({ value });
  return {
    [KNOCKOUT_ITEMS.audiences]: set(["general-public", "elderly"]),
    [KNOCKOUT_ITEMS.alternatives]: set(["municipal-website", "counter", "door-to-door-mail"]),
    [KNOCKOUT_ITEMS.exitSteps]: set("Besluit, aankondiging aan volgers, archiveren, verwijzingen aanpassen, account bevriezen."),
    [KNOCKOUT_ITEMS.exitDeadline]: set("2027-12-31"),
    [KNOCKOUT_ITEMS.crisisFallback]: set(["local-radio", "nl-alert", "municipal-website"]),
  };
}

export function fact(value: string): ScoringFact {
  return { value, checkedAt: "2026-11-01", origin: "catalogue", source: { publisher: "test", title: "test", date: "2026-11-01" } };
}

export function facts(values: Partial<Record<FactKey, string>>): Partial<Record<FactKey, ScoringFact>> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, fact(value!)]));
}

/** Like the catalogue's Facebook entry. */
export const facebookLikeFacts = facts({
  owner: "Meta Platforms, Inc.",
  country: "US",
  jurisdiction: "non-eu",
  dataLocation: "Wereldwijd, ook in de Verenigde Staten",
  revenueModel: "Gepersonaliseerde advertenties",
  reach: "algorithmic",
  openProtocol: "no",
  openSource: "no",
  dataExport: "partly",
  selfHostable: "no",
  dpia: "DPIA 2022: zeven hoge privacyrisico's; AP-advies 2024: Facebook-pagina's niet blijven gebruiken",
});

/** Like the catalogue's Mastodon entry, on a server in the EU. */
export const mastodonLikeFacts = facts({
  owner: "De beheerder van de gekozen server",
  country: "NL",
  jurisdiction: "eu",
  dataLocation: "Op de gekozen server; openbare berichten worden gekopieerd naar de servers van volgers",
  revenueModel: "Geen advertenties; servers draaien op donaties of eigen budget",
  reach: "chronological",
  openProtocol: "yes",
  openSource: "yes",
  dataExport: "yes",
  selfHostable: "yes",
  dpia: "unknown",
});

export const allUnknownFacts = facts({
  owner: "unknown",
  country: "unknown",
  jurisdiction: "unknown",
  dataLocation: "unknown",
  revenueModel: "unknown",
  reach: "unknown",
  openProtocol: "unknown",
  openSource: "unknown",
  dataExport: "unknown",
  selfHostable: "unknown",
  dpia: "unknown",
});

export const knownChannels: ScoringInput["knownChannels"] = {
  facebook: { kind: "commercial", digital: true },
  instagram: { kind: "commercial", digital: true },
  mastodon: { kind: "open-alternative", digital: true },
  "municipal-website": { kind: "own-channel", digital: true },
  newsletter: { kind: "own-channel", digital: true },
  counter: { kind: "own-channel", digital: false },
  "door-to-door-mail": { kind: "own-channel", digital: false },
  "local-radio": { kind: "own-channel", digital: false },
  "nl-alert": { kind: "own-channel", digital: true },
};

export function makeInput(overrides: Partial<ScoringInput> & { kind?: ChannelKind; channelId?: string } = {}): ScoringInput {
  const { kind = "commercial", channelId = "facebook", ...rest } = overrides;
  return {
    frameworks,
    dimensions,
    facts: mastodonLikeFacts,
    channel: { id: channelId, kind, digital: true },
    answers: { ...extremeAnswers("best"), ...goodPlan() },
    today: TODAY,
    knownChannels,
    ...rest,
  };
}

/** A small seeded PRNG (mulberry32), so property tests are repeatable. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}

/** The values a scored item can take, worst to best for a non-inverted item. */
export function valuesOf(item: FrameworkItem): string[] {
  return item.answerType === "ynpu" ? ["no", "partly", "yes"] : (item.options ?? []).map((o) => o.value);
}

/** A random answer set over all scored items, with some unknown and some unanswered. */
export function randomAnswers(random: ReturnType<typeof prng>, unknownShare = 0.2, missingShare = 0.1): Answers {
  const answers: Answers = {};
  for (const { ref, item } of scoredEntries) {
    const r = random.next();
    if (r < missingShare) continue;
    answers[ref] = { value: r < missingShare + unknownShare ? "unknown" : random.pick(valuesOf(item)) };
  }
  return answers;
}
