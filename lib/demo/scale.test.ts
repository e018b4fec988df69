import { describe, expect, it } from "vitest";
import { answerValueSchema } from "@/lib/frameworks/answer-value-schema";
import { currentVersions } from "@/lib/assessments/pinned";
import { allItems } from "@/lib/assessments/steps";
import { getChannel } from "@/lib/catalogue/load";
import { getFramework } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { sha256 } from "@/lib/policy/snapshot";
import { policySnapshots, scaleAnswers, scaleChannels, scaleRows, seededRandom, type People } from "./scale";

const frameworks: Framework[] = Object.entries(currentVersions()).map(([id, version]) => getFramework(id, version)!);
const itemsByRef = new Map(allItems(frameworks).map((pinned) => [pinned.ref, pinned]));
const people: People = { advisor: "u-advisor", privacy: "u-privacy", ciso: "u-ciso", council: "u-council", admin: "u-admin" };
const years = [2022, 2023, 2024, 2025, 2026];
const snapshots = policySnapshots([2025]);
for (const year of [2022, 2023, 2024]) snapshots.set(year, snapshots.get(2025)!);
const rows = (seed: number) =>
  scaleRows({ municipalityId: "m1", slug: "schaal-001", channels: scaleChannels(seededRandom(seed), 20), years, currentYear: 2026, people, snapshots, random: seededRandom(seed + 1) });

describe("the scale generator", () => {
  it("gives the same rows for the same seed, and other rows for another", () => {
    expect(JSON.stringify(rows(7))).toBe(JSON.stringify(rows(7)));
    expect(JSON.stringify(rows(7).answers)).not.toBe(JSON.stringify(rows(8).answers));
  });

  it("assesses 20 different channels of the catalogue in each of five years, linked year to year", () => {
    const { assessments } = rows(1);
    expect(assessments).toHaveLength(100);
    const channels = new Set(assessments.map((assessment) => assessment.channelId));
    expect(channels.size).toBe(20);
    for (const channel of channels) expect(getChannel(channel)).toBeDefined();
    for (const assessment of assessments) {
      if (assessment.year === 2022) expect(assessment.previousAssessmentId).toBeNull();
      else expect(assessment.previousAssessmentId).toBe(`schaal-001-${assessment.channelId}-${assessment.year - 1}`);
      if (assessment.year < 2026) expect(assessment.status).toBe("decided");
    }
  });

  it("answers only the questions asked, with values valid for each question; a submitted assessment answers all", () => {
    const { assessments, answers } = rows(2);
    const byAssessment = new Map<string, typeof answers>();
    for (const answer of answers) byAssessment.set(answer.assessmentId, [...(byAssessment.get(answer.assessmentId) ?? []), answer]);
    for (const assessment of assessments) {
      const given = byAssessment.get(assessment.id!) ?? [];
      const complete = scaleAnswers(seededRandom(1), assessment.channelId, true).map((answer) => answer.itemId);
      if (assessment.status !== "draft") expect(given.map((answer) => answer.itemId)).toEqual(complete);
      for (const answer of given) {
        const pinned = itemsByRef.get(answer.itemId)!;
        expect(complete).toContain(answer.itemId);
        expect(answerValueSchema(pinned.item).safeParse(JSON.parse(answer.value!)).success, answer.itemId).toBe(true);
        if (pinned.item.rationale === "required") expect(answer.rationale).not.toBe("");
      }
    }
  });

  it("reviews every submitted assessment in three sections, and adopts the policy of every past year with its frozen snapshot", () => {
    const { assessments, reviews, policies, audit } = rows(3);
    const submitted = assessments.filter((assessment) => assessment.status !== "draft");
    expect(reviews).toHaveLength(submitted.length * 3);
    for (const assessment of assessments.filter((candidate) => candidate.status === "decided")) {
      expect(reviews.filter((review) => review.assessmentId === assessment.id).every((review) => review.status === "approved")).toBe(true);
    }
    expect(policies.map((policy) => [policy.year, policy.status])).toEqual([[2022, "adopted"], [2023, "adopted"], [2024, "adopted"], [2025, "adopted"], [2026, "draft"]]);
    for (const policy of policies.filter((candidate) => candidate.status === "adopted")) expect(sha256(policy.snapshotJson!)).toBe(policy.snapshotHash);
    expect(audit.filter((entry) => entry.action === "assessment.create")).toHaveLength(100);
  });
});
