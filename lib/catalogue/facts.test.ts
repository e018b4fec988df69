import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  diffFacts,
  factKeyLabels,
  factLabel,
  factValueLabel,
  factValueLabels,
  recheckedFacts,
  toFactOverride,
  type FactOverride,
} from "./facts";
import { getChannel } from "./load";
import { enumeratedFactValues, factKeys, factOverrideInput, type Channel, type Facts } from "./schema";

const meta = { publisher: "Meta Platforms", title: "Privacybeleid", date: "2025-05-01" };
const dpiaLetter = { publisher: "Ministerie van BZK", title: "Kamerbrief DPIA", date: "2022-11-18" };
const apNews = { publisher: "Ministerie van BZK", title: "AP bevestigt risico's", date: "2024-04-19" };

function facts(overrides: Partial<Facts> = {}): Facts {
  const unknown = Object.fromEntries(factKeys.map((key) => [key, { value: "unknown", checkedAt: "2025-06-01" }]));
  return { ...(unknown as Facts), ...overrides };
}

const channel: Channel = {
  id: "facebook",
  name: "Facebook",
  kind: "commercial",
  digital: true,
  description: { nl: "Sociaal netwerk", en: "Social network" },
  facts: facts({
    owner: { value: "Meta Platforms, Inc.", source: meta, checkedAt: "2025-06-01" },
    jurisdiction: { value: "mixed", source: meta, checkedAt: "2025-06-01" },
    dpia: { value: "DPIA 2022: zeven hoge privacyrisico's", source: dpiaLetter, checkedAt: "2025-06-01" },
  }),
};

const ownSource = { publisher: "Gemeente Voorbeeld", title: "Verwerkersovereenkomst", date: "2026-03-01" };

describe("applyOverrides", () => {
  it("keeps catalogue facts when there are no overrides", () => {
    const inForce = applyOverrides(channel, []);
    expect(Object.keys(inForce)).toEqual([...factKeys]);
    expect(inForce.owner).toEqual({ ...channel.facts.owner, origin: "catalogue" });
    expect(inForce.dpia.origin).toBe("catalogue");
  });

  it("replaces only the overridden fact and keeps the catalogue fact alongside", () => {
    const override: FactOverride = {
      channelId: "facebook",
      factKey: "dataLocation",
      value: "EU (contractueel vastgelegd)",
      source: ownSource,
      checkedAt: "2026-03-15",
    };
    const inForce = applyOverrides(channel, [override]);
    expect(inForce.dataLocation).toEqual({
      value: "EU (contractueel vastgelegd)",
      source: ownSource,
      checkedAt: "2026-03-15",
      origin: "override",
      overridden: { value: "unknown", checkedAt: "2025-06-01" },
    });
    expect(inForce.owner.origin).toBe("catalogue");
  });

  it("ignores overrides for other channels", () => {
    const inForce = applyOverrides(channel, [
      { channelId: "instagram", factKey: "owner", value: "Iemand anders", source: ownSource, checkedAt: "2026-03-15" },
    ]);
    expect(inForce.owner.value).toBe("Meta Platforms, Inc.");
  });

  it("uses the most recently checked override of a fact, the later one on a tie", () => {
    const base = { channelId: "facebook", factKey: "dpia" as const, source: ownSource };
    const inForce = applyOverrides(channel, [
      { ...base, value: "Eigen DPIA: risico's aanvaard", checkedAt: "2026-05-01" },
      { ...base, value: "Eigen DPIA: concept", checkedAt: "2026-02-01" },
      { ...base, value: "Eigen DPIA: herzien", checkedAt: "2026-05-01" },
    ]);
    expect(inForce.dpia.value).toBe("Eigen DPIA: herzien");
    expect(inForce.dpia.overridden?.value).toBe("DPIA 2022: zeven hoge privacyrisico's");
  });

  it("does not change the channel it is given", () => {
    const before = structuredClone(channel);
    applyOverrides(channel, [
      { channelId: "facebook", factKey: "owner", value: "X", source: ownSource, checkedAt: "2026-03-15" },
    ]);
    expect(channel).toEqual(before);
  });

  it("works on the frozen catalogue objects", () => {
    const facebook = getChannel("facebook")!;
    const inForce = applyOverrides(facebook, [
      { channelId: "facebook", factKey: "reach", value: "chronological", source: ownSource, checkedAt: "2026-03-15" },
    ]);
    expect(inForce.reach.value).toBe("chronological");
    expect(inForce.reach.overridden?.value).toBe("algorithmic");
  });
});

describe("diffFacts", () => {
  const newer = facts({
    owner: { value: "Meta Platforms, Inc.", source: { ...meta, date: "2026-11-01" }, checkedAt: "2026-11-01" },
    jurisdiction: { value: "mixed", source: meta, checkedAt: "2025-06-01" },
    dpia: {
      value: "DPIA 2022: zeven hoge privacyrisico's; AP-advies 2024: Facebook-pagina's niet blijven gebruiken",
      source: apNews,
      checkedAt: "2026-11-01",
    },
    revenueModel: { value: "Gepersonaliseerde advertenties", source: meta, checkedAt: "2026-11-01" },
  });

  it("lists facts whose value changed, with old and new source", () => {
    expect(diffFacts(channel.facts, newer, "facebook")).toEqual([
      {
        channelId: "facebook",
        factKey: "revenueModel",
        oldValue: "unknown",
        newValue: "Gepersonaliseerde advertenties",
        oldSource: null,
        newSource: meta,
      },
      {
        channelId: "facebook",
        factKey: "dpia",
        oldValue: "DPIA 2022: zeven hoge privacyrisico's",
        newValue: "DPIA 2022: zeven hoge privacyrisico's; AP-advies 2024: Facebook-pagina's niet blijven gebruiken",
        oldSource: dpiaLetter,
        newSource: apNews,
      },
    ]);
  });

  it("does not count a new check date as a change, and leaves out channelId when not given", () => {
    const changes = diffFacts(channel.facts, newer);
    expect(changes.map((c) => c.factKey)).toEqual(["revenueModel", "dpia"]);
    expect(changes[0]).not.toHaveProperty("channelId");
    expect(diffFacts(channel.facts, channel.facts)).toEqual([]);
  });

  it("reports a fact that was only re-checked separately", () => {
    expect(recheckedFacts(channel.facts, newer, "facebook")).toEqual([
      {
        channelId: "facebook",
        factKey: "owner",
        value: "Meta Platforms, Inc.",
        oldCheckedAt: "2025-06-01",
        newCheckedAt: "2026-11-01",
        oldSource: meta,
        newSource: { ...meta, date: "2026-11-01" },
      },
    ]);
  });

  it("compares facts in force, so an override shows up as a change against the catalogue", () => {
    const inForce = applyOverrides(channel, [
      { channelId: "facebook", factKey: "jurisdiction", value: "eu", source: ownSource, checkedAt: "2026-03-15" },
    ]);
    expect(diffFacts(channel.facts, inForce)).toEqual([
      { factKey: "jurisdiction", oldValue: "mixed", newValue: "eu", oldSource: meta, newSource: ownSource },
    ]);
  });

  it("finds the Facebook reach fact re-checked with a new source between the catalogue versions", () => {
    const rechecked = recheckedFacts(getChannel("facebook", "2025.1")!.facts, getChannel("facebook", "2026.1")!.facts);
    const reach = rechecked.find((r) => r.factKey === "reach");
    expect(reach?.value).toBe("algorithmic");
    expect(reach?.newSource?.publisher).toBe("Tweede Kamer der Staten-Generaal");
  });
});

describe("toFactOverride", () => {
  it("builds an override from validated form data, citing the check date when the source has none", () => {
    const data = factOverrideInput.parse({
      channelId: "facebook",
      factKey: "dataLocation",
      value: "EU",
      sourcePublisher: "Gemeente Voorbeeld",
      sourceTitle: "Verwerkersovereenkomst",
      sourceUrl: "",
      checkedAt: "2026-03-15",
    });
    expect(toFactOverride(data)).toEqual({
      channelId: "facebook",
      factKey: "dataLocation",
      value: "EU",
      source: { publisher: "Gemeente Voorbeeld", title: "Verwerkersovereenkomst", date: "2026-03-15" },
      checkedAt: "2026-03-15",
    });
  });
});

describe("labels", () => {
  it("labels every fact key in Dutch and English", () => {
    expect(Object.keys(factKeyLabels)).toEqual([...factKeys]);
    expect(factLabel("dataExport", "nl")).toBe("Gegevens meenemen");
    expect(factLabel("dataExport", "en")).toBe("Data export");
  });

  it("labels every enumerated value", () => {
    for (const [key, values] of Object.entries(enumeratedFactValues)) {
      const labels = factValueLabels[key as keyof typeof factValueLabels] as Record<string, { nl: string; en: string }>;
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
    }
  });

  it("shows values in the reader's language", () => {
    expect(factValueLabel("jurisdiction", "non-eu", "nl")).toBe("Buiten de EU");
    expect(factValueLabel("openSource", "partly", "en")).toBe("Partly");
    expect(factValueLabel("dpia", "unknown", "nl")).toBe("Onbekend");
    expect(factValueLabel("country", "US", "nl")).toBe("Verenigde Staten");
    expect(factValueLabel("country", "NL", "en")).toBe("Netherlands");
    expect(factValueLabel("owner", "Meta Platforms, Inc.", "en")).toBe("Meta Platforms, Inc.");
  });
});
