import { describe, expect, it } from "vitest";
import { applyOverrides, type FactOverride } from "@/lib/catalogue/facts";
import { getChannel } from "@/lib/catalogue/load";
import { channelKinds, factKeys } from "@/lib/catalogue/schema";
import { loadRiskFamilies } from "@/lib/frameworks/load";
import { defaultScoringRules } from "@/lib/scoring";
import { newlyProposedRisks, proposedRisks, type ProposalChannel } from "./proposals";

const catalogueChannel = (id: string, overrides: FactOverride[] = []): ProposalChannel => {
  const channel = getChannel(id)!;
  return { kind: channel.kind, digital: channel.digital, facts: applyOverrides(channel, overrides) };
};
const proposedIds = (channel: ProposalChannel) => proposedRisks(channel).map((proposal) => proposal.family.id);
const override = (channelId: string, factKey: FactOverride["factKey"], value: string): FactOverride => ({
  channelId,
  factKey,
  value,
  source: { publisher: "Gemeente", title: "Eigen onderzoek", date: "2026-11-02" },
  checkedAt: "2026-11-02",
});

describe("risks the facts propose", () => {
  it("proposes processing outside the EU and the high DPIA risks for Facebook", () => {
    const proposals = proposedRisks(catalogueChannel("facebook"));
    expect(proposals.map((proposal) => proposal.family.id)).toEqual(["risk.processing-outside-eu", "risk.dpia-high-risks"]);
    // The basis names the facts that show the risk, with their values.
    expect(proposals[0].basis).toEqual([
      { factKey: "jurisdiction", value: "mixed" },
      { factKey: "dataLocation", value: "Wereldwijd, ook in de Verenigde Staten" },
    ]);
    expect(proposals[1].basis.map((basis) => basis.factKey)).toEqual(["dpia"]);
  });

  it("proposes 'no DPIA known' for a commercial platform whose DPIA is unknown", () => {
    expect(proposedIds(catalogueChannel("tiktok"))).toEqual(["risk.processing-outside-eu", "risk.no-dpia"]);
  });

  it("proposes nothing for an open alternative on a chosen server, or for the municipality's own channels", () => {
    expect(proposedIds(catalogueChannel("mastodon"))).toEqual([]);
    expect(proposedIds(catalogueChannel("municipal-website"))).toEqual([]);
    expect(proposedIds(catalogueChannel("counter"))).toEqual([]);
  });

  it("follows the municipality's overrides of the facts", () => {
    const euOnly = [override("tiktok", "jurisdiction", "eu"), override("tiktok", "dataLocation", "Alleen in Ierland, binnen de EU")];
    expect(proposedIds(catalogueChannel("tiktok", euOnly))).toEqual(["risk.no-dpia"]);
    const ownDpia = [override("tiktok", "dpia", "Eigen DPIA 2026: geen hoge risico's gevonden")];
    expect(proposedIds(catalogueChannel("tiktok", ownDpia))).toEqual(["risk.processing-outside-eu"]);
    const serverOutsideEu = [override("mastodon", "jurisdiction", "non-eu")];
    expect(proposedIds(catalogueChannel("mastodon", serverOutsideEu))).toEqual(["risk.processing-outside-eu"]);
  });

  it("proposes nothing for a non-digital channel whatever its facts", () => {
    const facts = catalogueChannel("facebook").facts;
    expect(proposedIds({ kind: "commercial", digital: false, facts })).toEqual([]);
  });

  it("proposes again only what newly follows from changed facts", () => {
    const before = catalogueChannel("tiktok", [override("tiktok", "jurisdiction", "eu"), override("tiktok", "dataLocation", "Binnen de EU")]);
    const after = catalogueChannel("tiktok");
    expect(newlyProposedRisks(before.facts, after).map((proposal) => proposal.family.id)).toEqual(["risk.processing-outside-eu"]);
    expect(newlyProposedRisks(after.facts, after)).toEqual([]);
    // Facts never recorded: everything the facts show is new.
    expect(newlyProposedRisks({}, after).map((proposal) => proposal.family.id)).toEqual(["risk.processing-outside-eu", "risk.no-dpia"]);
  });
});

describe("proposal conditions in content/risk-families.yaml", () => {
  it("name facts of the catalogue and classes the scoring rules know", () => {
    const rules = defaultScoringRules();
    for (const family of loadRiskFamilies()) {
      for (const kind of family.proposal?.kinds ?? []) expect(channelKinds, family.id).toContain(kind);
      for (const condition of family.proposal?.when ?? []) {
        expect(factKeys, family.id).toContain(condition.fact);
        if ("class" in condition) {
          const classes = rules.facts.find((rule) => rule.fact === condition.fact)?.values.map((value) => value.class);
          expect(classes, `${family.id} ${condition.fact}`).toContain(condition.class);
        }
      }
    }
  });
});
