import { describe, expect, it } from "vitest";
import { scoringMessageKeys } from "@/lib/scoring/schema";
import { buildSnapshot } from "./gather";
import { samplePolicySources } from "./sample";
import { policySnapshot } from "./schema";

const meta = { year: 2026, introduction: "Inleiding", summary: "Samenvatting", evaluationDate: "2027-10-01", today: "2026-11-23", adoption: null, previous: null };

describe("buildSnapshot", () => {
  const sources = samplePolicySources(4, 2026);
  const snapshot = buildSnapshot(sources, meta);

  it("bundles every assessed channel, sorted by name, with decision, score, answers, risks and facts", () => {
    expect(snapshot.channels.map((channel) => channel.name)).toEqual([...snapshot.channels.map((channel) => channel.name)].sort((a, b) => a.localeCompare(b, "nl")));
    expect(snapshot.channels).toHaveLength(4);
    const facebook = snapshot.channels.find((channel) => channel.channelId === "facebook")!;
    const source = sources.assessments.find((assessment) => assessment.channelId === "facebook")!;
    expect(facebook.decision.value).toBe(source.decision);
    expect(facebook.risks).toHaveLength(3);
    expect(facebook.risks[0]).toMatchObject({ riskOwner: "Privacy officer", reviewDate: "2027-03-31", decision: "accepted" });
    expect(Object.keys(facebook.answers)).toHaveLength(source.answers.length);
    expect(facebook.facts.jurisdiction?.value).toBeTruthy();
    expect(facebook.facts.jurisdiction?.source?.publisher).toBeTruthy();
  });

  it("stores the score as figures with message keys and raw params, which the app can translate", () => {
    const known = new Set(scoringMessageKeys);
    for (const channel of snapshot.channels) {
      expect(channel.score.dimensions).toHaveLength(snapshot.dimensions.length);
      for (const reason of channel.score.recommendation.reasons) expect(known.has(reason.messageKey)).toBe(true);
      for (const knockout of channel.score.knockouts) expect(known.has(knockout.messageKey)).toBe(true);
      for (const dimension of channel.score.dimensions) {
        expect(dimension.drivers.length).toBeLessThanOrEqual(5);
        for (const driver of dimension.drivers) expect(known.has(driver.messageKey)).toBe(true);
      }
    }
  });

  it("carries the wording and sources of the framework versions the assessments pinned", () => {
    for (const channel of snapshot.channels) {
      for (const [id, version] of Object.entries(channel.assessment.frameworkVersions)) {
        expect(snapshot.frameworks.some((framework) => framework.id === id && framework.version === version)).toBe(true);
      }
    }
    expect(snapshot.frameworks.every((framework) => framework.source.publisher.length > 0)).toBe(true);
    expect(snapshot.catalogueVersions.length).toBeGreaterThan(0);
  });

  it("computes the coverage matrix and names every channel it mentions", () => {
    expect(snapshot.coverage.rows.map((row) => row.audience)).toContain("elderly");
    for (const column of snapshot.coverage.columns) expect(snapshot.channelIndex[column]?.name).toBeTruthy();
  });

  it("is valid against the snapshot schema, the same one the import uses", () => {
    expect(policySnapshot.safeParse(JSON.parse(JSON.stringify(snapshot))).success).toBe(true);
  });

  it("adds the changes since last year only when last year's document is given", () => {
    expect(snapshot.changes).toBeNull();
    const previous = buildSnapshot(samplePolicySources(3, 2025), { ...meta, year: 2025, today: "2025-11-23" });
    const next = buildSnapshot(sources, { ...meta, previous: { year: 2025, hash: "a".repeat(64), snapshot: previous } });
    expect(next.previous).toEqual({ year: 2025, hash: "a".repeat(64) });
    expect(next.changes?.fromYear).toBe(2025);
    expect(next.changes?.channels.filter((channel) => channel.change === "added")).toHaveLength(1);
  });
});
