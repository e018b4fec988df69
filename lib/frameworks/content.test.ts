import { describe, expect, it } from "vitest";
import {
  findItem,
  getFramework,
  latestFrameworks,
  loadDimensions,
  loadFrameworks,
  loadRiskFamilies,
} from "./load";
import { loadMessages } from "@/lib/i18n/messages";

const items = (frameworkId: string) => getFramework(frameworkId)!.parts.flatMap((part) => part.items);
const part = (frameworkId: string, partId: string) => getFramework(frameworkId)!.parts.find((p) => p.id === partId);

describe("content in content/", () => {
  it("loads every framework, dimension and risk family", () => {
    expect(latestFrameworks().map((fw) => fw.id).sort()).toEqual([
      "assessment-plan",
      "democratische-basislijn",
      "eigen-beheer",
      "elsa",
      "ibd-overwegingen",
      "publieke-waarden",
      "vng-afwegingskader",
    ]);
    expect(loadDimensions().length).toBeGreaterThan(0);
    expect(loadRiskFamilies().length).toBeGreaterThan(0);
  });

  it("has the six VNG parts, with their official titles, in the latest version", () => {
    const vng = getFramework("vng-afwegingskader")!;
    expect(vng.version).toBe("2025.1");
    expect(vng.parts.map((p) => p.title.nl)).toEqual([
      "Democratische basislijn",
      "Communicatiedoelen en bereik",
      "Kosten",
      "Wet- en regelgeving",
      "Impact van verdienmodel",
      "Interoperabiliteit & open ontwerp",
    ]);
    for (const p of vng.parts) {
      expect(p.items.length).toBeGreaterThanOrEqual(3);
      expect(p.items.length).toBeLessThanOrEqual(5);
      // The VNG gives only part titles, so every sub-question is the app's own wording.
      for (const item of p.items) expect(item.ownWording, item.id).toBe(true);
    }
  });

  it("keeps the older VNG version and orders versions along the previousVersion chain", () => {
    const versions = loadFrameworks().filter((fw) => fw.id === "vng-afwegingskader").map((fw) => fw.version);
    expect(versions).toEqual(["2024.1", "2025.1"]);
    expect(getFramework("vng-afwegingskader", "2024.1")!.parts).toHaveLength(6);
    const kinds = getFramework("vng-afwegingskader")!.migration.map((rule) => rule.kind);
    expect(kinds).toEqual(expect.arrayContaining(["renamed", "split", "removed"]));
  });

  it("has the three baseline principles and the nine trend-analysis threats", () => {
    expect(part("democratische-basislijn", "principles")!.items.map((i) => i.feeds[0].dimension)).toEqual([
      "baseline.equal-safe",
      "baseline.equal-voice",
      "baseline.core-values",
    ]);
    const threats = part("democratische-basislijn", "threats")!.items;
    expect(threats).toHaveLength(9);
    // A threat that is strongly present must lower the score, never raise it.
    for (const threat of threats) {
      for (const feed of threat.feeds) expect(feed.inverted, threat.id).toBe(true);
    }
  });

  it("has 10 IBD considerations and 6 IBD decision questions", () => {
    expect(part("ibd-overwegingen", "considerations")!.items).toHaveLength(10);
    expect(part("ibd-overwegingen", "decision-questions")!.items).toHaveLength(6);
  });

  it("rates the six core values and six public values of the roadmap", () => {
    expect(part("publieke-waarden", "core-values")!.items).toHaveLength(6);
    expect(part("publieke-waarden", "public-values")!.items).toHaveLength(6);
  });

  it("has the assessment-plan ids and audience values the rest of the app relies on", () => {
    const ids = items("assessment-plan").map((item) => item.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "plan.goals.goals",
        "plan.goals.audiences",
        "plan.goals.reach",
        "plan.alternatives.channels",
        "plan.exit.triggers",
        "plan.exit.steps",
        "plan.exit.followers",
        "plan.exit.deadline",
        "plan.crisis.fallback",
        "plan.crisis.explanation",
      ]),
    );
    expect(findItem("assessment-plan", undefined, "plan.goals.audiences")!.item.options!.map((o) => o.value)).toEqual([
      "young-people",
      "elderly",
      "low-literacy",
      "non-dutch-readers",
      "entrepreneurs",
      "disability",
      "general-public",
    ]);
    expect(findItem("assessment-plan", undefined, "plan.alternatives.channels")!.item.answerType).toBe("channels");
    expect(findItem("assessment-plan", undefined, "plan.crisis.fallback")!.item).toMatchObject({ answerType: "channels", owner: "ciso" });
    expect(findItem("assessment-plan", undefined, "plan.exit.deadline")!.item.answerType).toBe("date");
    const plan = getFramework("assessment-plan")!;
    expect(plan.source.publisher).toBe("Afwegingskader-app");
    for (const item of items("assessment-plan")) expect(item.ownWording, item.id).toBe(true);
  });

  it("assigns privacy, security and crisis items to the reviewing role", () => {
    expect(findItem("vng-afwegingskader", undefined, "vng.law.dpia")!.item.owner).toBe("privacy");
    expect(findItem("ibd-overwegingen", undefined, "ibd.consideration.resilience")!.item.owner).toBe("ciso");
    expect(findItem("ibd-overwegingen", undefined, "ibd.consideration.stochastic-threat")!.item.owner).toBe("ciso");
    expect(findItem("ibd-overwegingen", undefined, "ibd.consideration.crisis-communication")!.item.owner).toBe("ciso");
  });

  it("uses ids that are unique within each version and across the latest frameworks", () => {
    for (const fw of loadFrameworks()) {
      const ids = fw.parts.flatMap((p) => p.items.map((i) => i.id));
      expect(new Set(ids).size, `${fw.id}@${fw.version}`).toBe(ids.length);
    }
    const all = latestFrameworks().flatMap((fw) => fw.parts.flatMap((p) => p.items.map((i) => i.id)));
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives every item Dutch and English text and guidance, and every framework a source", () => {
    for (const fw of loadFrameworks()) {
      expect(fw.source.publisher, fw.id).not.toBe("");
      expect(fw.source.title, fw.id).not.toBe("");
      expect(fw.source.date, fw.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const item of fw.parts.flatMap((p) => p.items)) {
        for (const text of [item.text, item.guidance]) {
          expect(text.nl.trim(), item.id).not.toBe("");
          expect(text.en.trim(), item.id).not.toBe("");
        }
      }
    }
  });

  it("feeds only existing dimensions, and every ynpu or scale item feeds at least one", () => {
    const dimensionIds = new Set(loadDimensions().map((d) => d.id));
    for (const fw of loadFrameworks()) {
      for (const item of fw.parts.flatMap((p) => p.items)) {
        for (const feed of item.feeds) expect(dimensionIds.has(feed.dimension), `${item.id} -> ${feed.dimension}`).toBe(true);
        if (item.answerType === "ynpu" || item.answerType === "scale") expect(item.feeds.length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it("has the baseline and public-value dimensions, each with a weight rationale", () => {
    expect(loadDimensions().map((d) => d.id)).toEqual([
      "baseline.equal-safe",
      "baseline.equal-voice",
      "baseline.core-values",
      "value.autonomy",
      "value.openness",
      "value.transparency",
      "value.sovereignty",
      "value.people-first",
      "value.sustainability",
    ]);
    for (const dimension of loadDimensions()) expect(dimension.weightRationale, dimension.id).toBeDefined();
  });

  it("has the five known risk families", () => {
    const known = loadRiskFamilies().filter((family) => family.group === "known-risk");
    expect(known.map((family) => family.id)).toEqual([
      "risk.processing-outside-eu",
      "risk.algorithmic-influence",
      "risk.encryption-retention",
      "risk.profiling-targeting",
      "risk.profit-logic-dependency",
    ]);
  });

  it("finds items in a given or the latest version", () => {
    expect(findItem("vng-afwegingskader", "2024.1", "vng.law.avg")).toBeDefined();
    expect(findItem("vng-afwegingskader", undefined, "vng.law.avg")).toBeUndefined();
    expect(findItem("vng-afwegingskader", undefined, "vng.law.dpia")!.part.id).toBe("law");
    expect(getFramework("no-such-framework")).toBeUndefined();
    expect(getFramework("elsa", "1999.1")).toBeUndefined();
  });
});

describe("the app's own words in the frameworks", () => {
  // Words a text may use to name a yes/partly/no/unknown answer; when quoted, it must be the label the form shows.
  const quotedAnswerWord = /['‘](ja|nee|deels|gedeeltelijk|onbekend|weet ik niet|yes|no|partly|unknown|i don't know)['’]/gi;

  it("name the answer options as the form shows them", () => {
    const misnamed: string[] = [];
    for (const locale of ["nl", "en"] as const) {
      const labels = Object.values((loadMessages(locale).assessments as { answer: { ynpu: Record<string, string> } }).answer.ynpu).map((label) => label.toLowerCase());
      for (const framework of loadFrameworks()) {
        const texts = [
          ...framework.parts.map((candidate) => ({ where: `${framework.id}@${framework.version} ${candidate.id}`, text: candidate.description?.[locale] ?? "" })),
          ...framework.parts.flatMap((candidate) => candidate.items).map((item) => ({ where: `${framework.id}@${framework.version} ${item.id}`, text: item.guidance?.[locale] ?? "" })),
        ];
        for (const { where, text } of texts) {
          for (const [, quoted] of text.matchAll(quotedAnswerWord)) {
            if (!labels.includes(quoted.toLowerCase())) misnamed.push(`${locale} ${where}: '${quoted}'`);
          }
        }
      }
    }
    expect(misnamed).toEqual([]);
  });
});
