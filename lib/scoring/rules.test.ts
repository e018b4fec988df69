import { describe, expect, it } from "vitest";
import { loadCatalogues } from "@/lib/catalogue/load";
import { enumeratedFactValues, factKeys, isEnumeratedFactKey, UNKNOWN } from "@/lib/catalogue/schema";
import { findItem } from "@/lib/frameworks/load";
import { parse } from "yaml";
import fs from "node:fs";
import { classifyFact } from "./fact-rules";
import { KNOCKOUT_ITEMS } from "./knockouts";
import { parseScoringRules, ScoringRulesError, SCORING_RULES_FILE } from "./rules";
import { allItems, dimensions, rules } from "./test-helpers";

const raw = () => parse(fs.readFileSync(SCORING_RULES_FILE, "utf8"));

describe("content/scoring.yaml", () => {
  it("is valid and feeds only dimensions that exist", () => {
    expect(() => parseScoringRules(raw(), dimensions)).not.toThrow();
    const known = new Set(dimensions.map((d) => d.id));
    for (const rule of rules.facts) for (const feed of rule.feeds) expect(known.has(feed.dimension), feed.dimension).toBe(true);
  });

  it("gives every possible value of a closed-list fact a rule", () => {
    for (const rule of rules.facts) {
      if (!isEnumeratedFactKey(rule.fact)) continue;
      const covered = rule.values.map((v) => v.value);
      const possible = (enumeratedFactValues[rule.fact] as readonly string[]).filter((v) => v !== UNKNOWN);
      expect(covered.sort(), rule.fact).toEqual([...possible].sort());
    }
  });

  it("understands every fact value in the platform catalogue (nothing falls through as unclassified)", () => {
    for (const catalogue of loadCatalogues()) {
      for (const channel of catalogue.channels) {
        for (const rule of rules.facts) {
          const outcome = classifyFact(rule, channel.facts[rule.fact], channel);
          expect(outcome.state, `${catalogue.version} ${channel.id} ${rule.fact}: ${outcome.value}`).not.toBe("unclassified");
        }
      }
    }
  });

  it("classifies the free-text facts of the worked examples as documented", () => {
    const rule = (fact: string) => rules.facts.find((r) => r.fact === fact)!;
    const digital = { id: "x", kind: "commercial" as const, digital: true };
    const classOf = (fact: string, value: string) => classifyFact(rule(fact), { value }, digital).class;
    expect(classOf("revenueModel", "Gepersonaliseerde advertenties")).toBe("advertising");
    expect(classOf("revenueModel", "Geen advertenties; servers draaien op donaties of eigen budget")).toBe("non-commercial");
    expect(classOf("revenueModel", "Advertenties en betaalde abonnementen")).toBe("advertising");
    expect(classOf("dataLocation", "Europa en daarbuiten; ook medewerkers in China kunnen gegevens inzien")).toBe("outside-eu");
    expect(classOf("dataLocation", "Op de gekozen server")).toBe("depends-on-server");
    expect(classOf("dataLocation", "Niet van toepassing: ontvangers worden niet geregistreerd")).toBe("not-applicable");
    expect(classOf("dpia", "DPIA 2022: zeven hoge privacyrisico's; AP-advies 2024: Facebook-pagina's niet blijven gebruiken")).toBe("high-risk");
    expect(classOf("dpia", "Geen hoge risico's gevonden")).toBe("no-high-risk");
  });

  it("rejects broken rules with the path of each problem", () => {
    const broken = raw();
    broken.facts[0].values[0].points = 2;
    broken.facts[1].values[0].pattern = "([";
    broken.facts[2].feeds[0].dimension = "value.nonsense";
    broken.recommendation.conditionsFrom = 90;
    try {
      parseScoringRules(broken, dimensions);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringRulesError);
      const paths = (error as ScoringRulesError).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(["facts.0.values.0.points", "facts.1.values.0.pattern", "recommendation.conditionsFrom"]));
    }
    const unknownDimension = raw();
    unknownDimension.facts[2].feeds[0].dimension = "value.nonsense";
    expect(() => parseScoringRules(unknownDimension, dimensions)).toThrow(/facts\.2\.feeds\.0\.dimension: unknown dimension/);
  });

  it("refuses values a fact cannot have, and patterns on closed-list facts", () => {
    const data = raw();
    const jurisdiction = data.facts.find((r: { fact: string }) => r.fact === "jurisdiction");
    jurisdiction.values.push({ value: "moon", class: "x", points: 0 });
    jurisdiction.values.push({ pattern: "eu", class: "x", points: 0 });
    expect(() => parseScoringRules(data)).toThrow(ScoringRulesError);
    const unknownValue = raw();
    unknownValue.facts[0].values.push({ value: "unknown", class: "x", points: 0 });
    expect(() => parseScoringRules(unknownValue)).toThrow(/"unknown" is never scored/);
  });
});

describe("content the scoring relies on", () => {
  it("has every item the knock-outs read, with the expected answer type", () => {
    const expected: Record<keyof typeof KNOCKOUT_ITEMS, string> = {
      audiences: "choice",
      alternatives: "channels",
      sameInformation: "ynpu",
      considerAlternatives: "ynpu",
      decideAlternatives: "ynpu",
      exitSteps: "text",
      exitDeadline: "date",
      considerExit: "ynpu",
      crisisFallback: "channels",
      considerCrisis: "ynpu",
      dpia: "ynpu",
      dpiaRisks: "ynpu",
      euTransfer: "ynpu",
      moderationPlan: "ynpu",
      incidents: "ynpu",
      vulnerable: "ynpu",
      stochasticThreat: "ynpu",
      audienceReach: "scale",
    };
    for (const [name, ref] of Object.entries(KNOCKOUT_ITEMS)) {
      const [frameworkId, itemId] = ref.split(":");
      const found = findItem(frameworkId, undefined, itemId);
      expect(found, ref).toBeDefined();
      expect(found!.item.answerType, ref).toBe(expected[name as keyof typeof KNOCKOUT_ITEMS]);
    }
  });

  it("has the offline audiences among the audience options", () => {
    const [frameworkId, itemId] = KNOCKOUT_ITEMS.audiences.split(":");
    const options = findItem(frameworkId, undefined, itemId)!.item.options!.map((o) => o.value);
    for (const audience of rules.knockouts.offlineAudiences) expect(options).toContain(audience);
  });

  it("never mixes inverted and normal feeds within one item (improving an answer must mean one direction)", () => {
    for (const { ref, item } of allItems) {
      expect(new Set(item.feeds.map((f) => f.inverted)).size, ref).toBeLessThanOrEqual(1);
    }
  });

  it("scores only fact keys that exist", () => {
    for (const rule of rules.facts) expect(factKeys).toContain(rule.fact);
  });
});
