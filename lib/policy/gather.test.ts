import { describe, expect, it } from "vitest";
import { scoringMessageKeys } from "@/lib/scoring/schema";
import { currentVersions } from "@/lib/assessments/pinned";
import { buildSnapshot, type PolicySources } from "./gather";
import { policyTranslator } from "./i18n";
import { buildPolicyView } from "./view";
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

describe("a channel the municipality hosts itself in the snapshot", () => {
  const sample = samplePolicySources(1, 2026);
  const versions = JSON.stringify(currentVersions({ selfHosted: true }));
  const own: PolicySources = {
    ...sample,
    customChannels: [
      { id: "own", name: "Mastodon-server Voorbeeldstad", kind: "open-alternative", description: "", digital: true, createdAt: new Date("2026-11-20"), baseChannelId: "mastodon", selfHosted: true, host: "social.voorbeeldstad.nl" },
    ],
    assessments: sample.assessments.map((assessment) => ({
      ...assessment,
      channelId: "custom:own",
      frameworkVersions: versions,
      answers: [
        ...assessment.answers.filter((answer) => answer.itemId !== "assessment-plan:plan.moderation.plan"),
        { itemId: "assessment-plan:plan.moderation.plan", value: JSON.stringify("no"), rationale: "Nog geen plan.", evidence: "" },
        { itemId: "eigen-beheer:beheer.operations.backups", value: JSON.stringify("yes"), rationale: "Dagelijks, buiten de server; terugzetten geoefend in 2026.", evidence: "" },
      ],
    })),
  };
  const snapshot = buildSnapshot(own, meta);
  const channel = snapshot.channels[0];

  it("shows what was asked: the hosting questions with their own source, and the answers to them", () => {
    const hosting = snapshot.frameworks.find((framework) => framework.id === "eigen-beheer")!;
    expect(hosting.source.publisher).toBe("Afwegingskader-app");
    expect(channel.answers["eigen-beheer:beheer.operations.backups"]).toMatchObject({ value: "yes" });
    expect(channel.host).toBe("social.voorbeeldstad.nl");
    expect(policySnapshot.safeParse(JSON.parse(JSON.stringify(snapshot))).success).toBe(true);
  });

  it("scores the channel as the app does: the moderation duty is the municipality's own", () => {
    expect(channel.score.knockouts.find((knockout) => knockout.id === "no-moderation")).toMatchObject({ messageKey: "knockout.no-moderation.selfHosted", severity: "blocking" });
  });

  it("states the server and the answers about running it in the channel's chapter, web and PDF alike", () => {
    const view = buildPolicyView({ snapshot, status: "draft", hash: null, locale: "nl", t: policyTranslator("nl") });
    const chapter = view.chapters.find((candidate) => candidate.kind === "channel")!;
    if (chapter.kind !== "channel") throw new Error("no channel chapter");
    expect(chapter.kindLabel).toBe("Open alternatief · In eigen beheer, op de server social.voorbeeldstad.nl");
    const upkeep = chapter.plan.find((part) => part.id === "eigen-beheer-operations")!;
    expect(upkeep.title).toBe("Beheer en beveiliging van de server");
    expect(upkeep.questions.find((question) => question.question.startsWith("Worden er regelmatig back-ups"))).toMatchObject({ answer: "Ja", rationale: "Dagelijks, buiten de server; terugzetten geoefend in 2026." });
  });

  it("leaves the hosting framework out of a document whose channels others host", () => {
    expect(buildSnapshot(sample, meta).frameworks.some((framework) => framework.id === "eigen-beheer")).toBe(false);
    expect(buildSnapshot(sample, meta).channels[0].host).toBeUndefined();
  });
});

describe("questions a channel was not asked, in the snapshot", () => {
  const sample = samplePolicySources(1, 2026);
  const mail: PolicySources = { ...sample, assessments: sample.assessments.map((assessment) => ({ ...assessment, channelId: "door-to-door-mail" })) };
  const snapshot = buildSnapshot(mail, meta);
  const channel = snapshot.channels[0];

  it("records each with the reason from the content, and keeps every framework's questions complete", () => {
    expect(channel.notApplicable?.["elsa:elsa.no-filter"]?.nl).toMatch(/^een kanaal dat niet digitaal is/);
    expect(channel.notApplicable?.["vng-afwegingskader:vng.revenue.profiling"]?.en).toMatch(/no platform run by someone else/);
    const elsa = snapshot.frameworks.find((framework) => framework.id === "elsa")!;
    expect(elsa.parts.flatMap((part) => part.items).some((item) => item.id === "elsa.no-filter")).toBe(true);
    expect(policySnapshot.safeParse(JSON.parse(JSON.stringify(snapshot))).success).toBe(true);
    expect(buildSnapshot(sample, meta).channels[0].notApplicable).toBeUndefined();
  });

  it("scores the channel without them, as the app does", () => {
    const drivers = channel.score.dimensions.flatMap((dimension) => dimension.drivers.map((driver) => driver.itemRef));
    expect(drivers).not.toContain("elsa:elsa.no-filter");
    expect(drivers).not.toContain("vng-afwegingskader:vng.revenue.profiling");
  });

  it("shows them as not applicable, with the reason, in the channel's chapter in both languages", () => {
    for (const [locale, title, answer] of [
      ["nl", "Niet gevraagd voor dit kanaal", "Niet van toepassing, want een kanaal dat niet digitaal is"],
      ["en", "Not asked for this channel", "Not applicable because a channel that is not digital"],
    ] as const) {
      const view = buildPolicyView({ snapshot, status: "draft", hash: null, locale, t: policyTranslator(locale) });
      const chapter = view.chapters.find((candidate) => candidate.kind === "channel")!;
      if (chapter.kind !== "channel") throw new Error("no channel chapter");
      const notAsked = chapter.plan.find((part) => part.id === "not-applicable")!;
      expect(notAsked.title).toBe(title);
      expect(notAsked.questions.length).toBe(Object.keys(channel.notApplicable!).length);
      expect(notAsked.questions.every((question) => question.answer.startsWith(answer.slice(0, 20)))).toBe(true);
      expect(notAsked.questions.some((question) => question.answer.startsWith(answer))).toBe(true);
    }
  });
});
