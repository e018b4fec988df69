/**
 * The scoring speaks only in message keys: every key it can produce must exist in both languages,
 * and every message must format with the params the scoring (plus messageParams) supplies.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/locales";
import { messageParams } from "./explain";
import { KNOCKOUT_ITEMS } from "./knockouts";
import { scoreAssessment } from "./score";
import { knockoutIds, scoringMessageKeys, type MessageParams, type ScoreResult } from "./schema";
import { sensitivity } from "./sensitivity";
import {
  allUnknownFacts,
  dimensions,
  extremeAnswers,
  facebookLikeFacts,
  facts,
  frameworks,
  goodPlan,
  makeInput,
  prng,
  randomAnswers,
  rules,
  unknownAnswers,
} from "./test-helpers";

const scoringMessages = (locale: (typeof locales)[number]) => loadMessages(locale).scoring as Record<string, unknown>;

function lookup(messages: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

function translator(locale: (typeof locales)[number]) {
  const t = createTranslator({
    locale,
    messages: { scoring: scoringMessages(locale) },
    namespace: "scoring",
    onError: (error) => {
      throw error;
    },
  });
  return (key: string, params: MessageParams) => (t as unknown as (k: string, p: MessageParams) => string)(key, params);
}

/** Every (messageKey, params) pair in a result. */
function messagesOf(result: ScoreResult): Array<{ messageKey: string; params: MessageParams }> {
  return [
    ...result.dimensions.flatMap((d) => d.drivers),
    ...result.knockouts,
    ...result.knockouts.flatMap((k) => k.drivers),
    ...result.recommendation.reasons,
    ...result.whatWouldChange,
  ];
}

const examples: ScoreResult[] = (() => {
  const list: ScoreResult[] = [];
  const run = (input: Parameters<typeof scoreAssessment>[0]) => list.push(scoreAssessment(input, rules));
  run(makeInput());
  run(makeInput({ facts: facebookLikeFacts, answers: { ...extremeAnswers("worst"), ...goodPlan() }, currentlyUsed: true }));
  run(makeInput({ facts: facebookLikeFacts, answers: { ...extremeAnswers("worst"), [KNOCKOUT_ITEMS.exitDeadline]: { value: "2026-01-01" } }, currentlyUsed: true }));
  run(makeInput({ facts: allUnknownFacts, answers: unknownAnswers() }));
  run(makeInput({ kind: "own-channel", channelId: "municipal-website", answers: {} }));
  run(makeInput({ answers: { ...makeInput().answers, [KNOCKOUT_ITEMS.alternatives]: { value: ["municipal-website"] }, [KNOCKOUT_ITEMS.crisisFallback]: { value: ["instagram"] } } }));
  run(makeInput({ facts: facts({ jurisdiction: "unknown" }), answers: { ...makeInput().answers, [KNOCKOUT_ITEMS.dpia]: { value: "no" }, [KNOCKOUT_ITEMS.dpiaRisks]: { value: "partly" } } }));
  for (let seed = 1; seed <= 30; seed++) {
    run(makeInput({ facts: seed % 2 ? facebookLikeFacts : allUnknownFacts, answers: { ...randomAnswers(prng(seed), 0.3, 0.2), ...(seed % 3 ? goodPlan() : {}) } }));
  }
  return list;
})();

describe("scoring messages", () => {
  it("has every key the scoring can produce, in Dutch and English", () => {
    for (const locale of locales) {
      const messages = scoringMessages(locale);
      for (const key of scoringMessageKeys) {
        const value = lookup(messages, key);
        expect(typeof value === "string" && value.trim() !== "", `${locale}: scoring.${key}`).toBe(true);
      }
    }
  });

  it("covers every knock-out, every variant and every recommendation in the examples used below", () => {
    const produced = new Set(examples.flatMap((r) => messagesOf(r).map((m) => m.messageKey)));
    for (const id of ["no-alternative-for-audience", "personal-data-outside-eu-without-dpia", "no-exit-strategy", "no-crisis-fallback"]) {
      expect([...produced].some((key) => key.startsWith(`knockout.${id}.`)), id).toBe(true);
    }
    expect(knockoutIds.length).toBeGreaterThan(0);
    expect(new Set(examples.map((r) => r.recommendation.value))).toEqual(new Set(["use", "use_with_conditions", "do_not_use", "phase_out"]));
  });

  it("formats every produced message in both languages with the params supplied", () => {
    for (const locale of locales) {
      const t = translator(locale);
      const context = { locale, frameworks, dimensions, channelNames: { "municipal-website": locale === "nl" ? "Gemeentelijke website" : "Municipal website" } };
      for (const result of examples) {
        for (const { messageKey, params } of messagesOf(result)) {
          const text = t(messageKey, messageParams(params, context));
          expect(text, `${locale} ${messageKey}`).not.toMatch(/[{}]/);
          expect(text.length).toBeGreaterThan(5);
        }
        for (const id of new Set(result.knockouts.map((k) => k.id))) t(`knockout.${id}.title`, {});
        t(`recommendation.${result.recommendation.value}`, {});
        if (result.recommendation.phaseOutBy) t("recommendation.phaseOutBy", messageParams({ date: result.recommendation.phaseOutBy }, context));
      }
      const s = sensitivity(makeInput(), rules);
      for (const d of s.dimensions) {
        for (const v of d.variants) {
          const params = messageParams({ dimension: d.id, delta: `${v.delta > 0 ? "+" : ""}${Math.round(v.delta * 100)}`, recommendation: v.recommendation }, context);
          expect(t("sensitivity.changes", params)).not.toMatch(/[{}]/);
        }
      }
      expect(t("labels.unknown", { count: "3" } as MessageParams)).toMatch(/3/);
    }
  });
});

describe("messageParams", () => {
  it("adds the question, the answer label, fact labels, dimension titles, audiences, channels and dates", () => {
    const nl = { locale: "nl" as const, frameworks, dimensions, channelNames: { counter: "Fysiek loket" } };
    expect(messageParams({ itemRef: KNOCKOUT_ITEMS.dpia, answer: "partly", delta: "3" }, nl)).toMatchObject({
      question: expect.stringContaining("DPIA"),
      answer: "Gedeeltelijk",
      delta: "3",
    });
    expect(messageParams({ itemRef: "democratische-basislijn:basis.equal-safe", answer: "4" }, nl).answer).toBe("Voldoet grotendeels");
    expect(messageParams({ factKey: "jurisdiction", factValue: "non-eu" }, nl)).toMatchObject({ fact: "Jurisdictie", factValue: "Buiten de EU" });
    expect(messageParams({ dimension: "value.openness" }, { ...nl, locale: "en" }).dimension).toBe("Openness");
    expect(messageParams({ audiences: "elderly,low-literacy" }, nl).audiences).toBe("Ouderen, Laaggeletterden");
    expect(messageParams({ channels: "counter,custom:x" }, nl).channels).toBe("Fysiek loket, custom:x");
    expect(messageParams({ date: "2027-05-24" }, nl).date).toBe("24 mei 2027");
    expect(messageParams({ date: "2027-05-24" }, { ...nl, locale: "en" }).date).toBe("24 May 2027");
    expect(messageParams({ itemRef: KNOCKOUT_ITEMS.exitDeadline, answer: "2027-12-31" }, nl).answer).toBe("31 december 2027");
  });
});
