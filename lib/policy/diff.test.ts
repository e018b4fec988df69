import { describe, expect, it } from "vitest";
import { diffPolicies, migrateThroughContent } from "./diff";
import { buildSnapshot } from "./gather";
import { samplePolicySources } from "./sample";
import type { PolicySnapshot } from "./schema";

const meta = (year: number) => ({ year, introduction: "", summary: "", evaluationDate: null, today: `${year}-11-23`, adoption: null, previous: null });
const clone = (snapshot: PolicySnapshot): PolicySnapshot => JSON.parse(JSON.stringify(snapshot));

describe("diffPolicies", () => {
  const before = buildSnapshot(samplePolicySources(3, 2025), meta(2025));

  it("reports nothing for an unchanged document", () => {
    const after = { ...clone(before), year: 2026 };
    const diff = diffPolicies(before, after);
    expect(diff).toMatchObject({ fromYear: 2025, toYear: 2026 });
    expect(diff.channels.every((channel) => channel.change === "unchanged")).toBe(true);
  });

  it("lists changed decisions, risks, facts and answers per channel", () => {
    const after = clone(before);
    const channel = after.channels[0];
    channel.decision.value = "phase_out";
    channel.decision.phaseOutDate = "2027-06-30";
    channel.risks[0].decision = "not_accepted";
    channel.risks.push({ ...channel.risks[1], familyId: null, title: "Nieuw risico" });
    channel.risks.splice(1, 1);
    channel.facts.jurisdiction = { ...channel.facts.jurisdiction!, value: "eu" };
    const ref = Object.keys(channel.answers)[0];
    channel.answers[ref] = { ...channel.answers[ref], value: "something else" };

    const change = diffPolicies(before, after).channels.find((entry) => entry.channelId === channel.channelId)!;
    expect(change.change).toBe("changed");
    expect(change.decision).toEqual({ from: before.channels[0].decision.value, to: "phase_out" });
    expect(change.phaseOutDate).toEqual({ from: null, to: "2027-06-30" });
    expect(change.risks.find((risk) => risk.title === before.channels[0].risks[0].title)?.fields).toEqual(["decision"]);
    expect(change.risks.some((risk) => risk.title === "Nieuw risico" && risk.from === null)).toBe(true);
    expect(change.risks.some((risk) => risk.title === before.channels[0].risks[1].title && risk.to === null)).toBe(true);
    expect(change.facts.find((fact) => fact.key === "jurisdiction")?.to).toBe("eu");
    expect(change.answers).toEqual([{ itemRef: ref, from: before.channels[0].answers[ref].value, to: "something else" }]);
  });

  it("marks channels assessed for the first time and channels no longer assessed", () => {
    const after = clone(before);
    const dropped = after.channels.pop()!;
    const added = buildSnapshot(samplePolicySources(4, 2026), meta(2026)).channels.find((channel) => !before.channels.some((old) => old.channelId === channel.channelId))!;
    after.channels.push(added);
    const diff = diffPolicies(before, after);
    expect(diff.channels.find((channel) => channel.channelId === added.channelId)?.change).toBe("added");
    expect(diff.channels.find((channel) => channel.channelId === dropped.channelId)?.change).toBe("removed");
  });

  it("compares answers through the framework's id mapping when the edition changed", () => {
    const after = clone(before);
    const old = before.channels[0];
    const oldVersions = { ...old.assessment.frameworkVersions, "vng-afwegingskader": "2024.1" };
    const beforeOld = clone(before);
    beforeOld.channels[0].assessment.frameworkVersions = oldVersions;
    // Last year the question had its old id; this year the renamed question has the same answer.
    delete beforeOld.channels[0].answers["vng-afwegingskader:vng.interop.data-export"];
    beforeOld.channels[0].answers["vng-afwegingskader:vng.interop.export"] = { value: "yes", rationale: "", evidence: "" };
    after.channels[0].answers["vng-afwegingskader:vng.interop.data-export"] = { value: "yes", rationale: "", evidence: "" };
    const change = diffPolicies(beforeOld, after).channels[0];
    expect(change.answers.map((answer) => answer.itemRef)).not.toContain("vng-afwegingskader:vng.interop.data-export");
    expect(change.answers.map((answer) => answer.itemRef)).not.toContain("vng-afwegingskader:vng.interop.export");
  });
});

describe("migrateThroughContent", () => {
  it("renames and splits answers from the 2024.1 to the 2025.1 edition of the VNG framework", () => {
    const moved = migrateThroughContent(
      { "vng-afwegingskader:vng.interop.export": "partly", "vng-afwegingskader:vng.law.avg": "no", "elsa:elsa.why-see": "yes" },
      { "vng-afwegingskader": "2024.1", elsa: "2025.1" },
      { "vng-afwegingskader": "2025.1", elsa: "2025.1" },
    );
    expect(moved).toEqual({
      "vng-afwegingskader:vng.interop.data-export": "partly",
      "vng-afwegingskader:vng.law.dpia": "no",
      "vng-afwegingskader:vng.law.personal-data": "no",
      "elsa:elsa.why-see": "yes",
    });
  });
});
