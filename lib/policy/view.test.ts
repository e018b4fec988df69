import { describe, expect, it } from "vitest";
import { buildSnapshot } from "./gather";
import { policyTranslator } from "./i18n";
import { samplePolicySources } from "./sample";
import { buildPolicyView } from "./view";
import { formatDate } from "./view-text";

const snapshot = buildSnapshot(samplePolicySources(3, 2026), {
  year: 2026,
  introduction: "Eerste alinea.\n\nTweede alinea.",
  summary: "Kort en duidelijk.",
  evaluationDate: "2027-10-01",
  today: "2026-11-23",
  adoption: { councilDecisionDate: "2026-11-20", councilDecisionRef: "RB-2026-041", adoptedAt: "2026-11-21T10:00:00.000Z", adoptedBy: "Beheerder" },
  previous: null,
});

describe("buildPolicyView", () => {
  it("has the fixed chapters and one chapter per channel, in the document's order", () => {
    const view = buildPolicyView({ snapshot, status: "adopted", hash: "f".repeat(64), locale: "nl", t: policyTranslator("nl") });
    const kinds = view.chapters.map((chapter) => chapter.kind);
    expect(kinds).toEqual(["text", "text", "overview", "channel", "channel", "channel", "coverage", "risks", "changes", "appendix"]);
    expect(view.chapters.filter((chapter) => chapter.kind === "channel").map((chapter) => chapter.title)).toEqual(snapshot.channels.map((channel) => channel.name));
    expect(view.chapters[0]).toMatchObject({ paragraphs: ["Eerste alinea.", "Tweede alinea."] });
  });

  it("marks a draft with CONCEPT and an adopted version with its decision, date and short hash", () => {
    const draft = buildPolicyView({ snapshot, status: "draft", hash: null, locale: "nl", t: policyTranslator("nl") });
    expect(draft.draftMark).toBe("CONCEPT");
    expect(draft.footer).toContain("CONCEPT");
    const adopted = buildPolicyView({ snapshot, status: "adopted", hash: "abcdef0123456789".repeat(4), locale: "nl", t: policyTranslator("nl") });
    expect(adopted.draftMark).toBeNull();
    expect(adopted.footer).toContain("20 november 2026");
    expect(adopted.footer).toContain("abcdef012345");
    expect(adopted.meta).toMatchObject({ author: "Gemeente Voorbeeldstad" });
  });

  it("translates scoring messages and decisions, in English too", () => {
    const view = buildPolicyView({ snapshot, status: "adopted", hash: null, locale: "en", t: policyTranslator("en") });
    const channel = view.chapters.find((chapter) => chapter.kind === "channel");
    expect(channel?.kind === "channel" && channel.decision[0].term).toBe("Decision");
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/scoring\.|policy\.doc\./);
  });

  it("formats dates in the reader's language", () => {
    expect(formatDate("2027-03-31", "nl")).toBe("31 maart 2027");
    expect(formatDate("2027-03-31", "en")).toBe("31 March 2027");
  });
});

describe("the transparency report", () => {
  it("is a chapter after the accepted risks, with a chart of the moderation figures and a table of all, only for channels with an approved report", () => {
    const sources = samplePolicySources(3, 2026);
    const figures = { reach: 12000, posts: 310, commentsModerated: 950, commentsRemoved: 42, accountsBlocked: 3, incidents: 1, requestsFromPlatform: 0, requestsToPlatform: 2, costs: null };
    sources.transparency = { [sources.assessments[1].id]: { figures, dilemmas: "Verwijderen of laten staan?", approvedAt: "2026-11-01T10:00:00.000Z" } };
    const withReport = buildSnapshot(sources, { year: 2026, introduction: "", summary: "", evaluationDate: null, today: "2026-11-23", adoption: null, previous: null });
    expect(withReport.channels.map((channel) => Boolean(channel.transparency))).toEqual([false, true, false]);
    const view = buildPolicyView({ snapshot: withReport, status: "draft", hash: null, locale: "nl", t: policyTranslator("nl") });
    expect(view.chapters.map((chapter) => chapter.kind).slice(-4)).toEqual(["risks", "transparency", "changes", "appendix"]);
    const chapter = view.chapters.find((candidate) => candidate.kind === "transparency");
    if (chapter?.kind !== "transparency") throw new Error("no transparency chapter");
    const name = withReport.channels[1].name;
    expect(chapter.chart.rows).toEqual([{ label: name, values: [950, 42] }]);
    expect(chapter.chart.scale).toEqual({ max: 1000, ticks: [0, 200, 400, 600, 800, 1000] });
    expect(chapter.chart.table.rows).toEqual([[name, "12.000", "310", "950", "42", "3", "1", "0", "2", "–"]]);
    expect(chapter.dilemmas).toEqual([{ term: name, value: "Verwijderen of laten staan?" }]);
    const english = buildPolicyView({ snapshot: withReport, status: "draft", hash: null, locale: "en", t: policyTranslator("en") });
    expect(JSON.stringify(english)).toContain("Comments removed");
    expect(JSON.stringify(english)).not.toMatch(/transparency\.(doc|figures)/);
  });

  it("is left out of a document without approved reports", () => {
    expect(buildPolicyView({ snapshot, status: "adopted", hash: null, locale: "nl", t: policyTranslator("nl") }).chapters.some((chapter) => chapter.kind === "transparency")).toBe(false);
  });
});

describe("last year's evaluation", () => {
  const evaluation = {
    year: 2025,
    outcome: "adjust" as const,
    measurements: { reach: [{ audience: "young-people", label: { nl: "Jongeren", en: "Young people" }, value: 350 }], engagement: 1200, incidents: 1, complaints: null, hours: 150, costs: 600 },
    exitTriggers: "Geen aanleiding deed zich voor.",
    rationale: "Minder berichten, meer antwoorden.",
    evaluatedAt: "2026-10-20T09:00:00.000Z",
    approvedAt: "2026-10-21T09:00:00.000Z",
    approvedBy: "Carla Communicatie",
  };
  const sources = samplePolicySources(3, 2026);
  sources.evaluations = { [sources.assessments[1].id]: evaluation };
  const withEvaluation = buildSnapshot(sources, { year: 2026, introduction: "", summary: "", evaluationDate: null, today: "2026-11-23", adoption: null, previous: null });
  const channelsOf = (locale: "nl" | "en") =>
    buildPolicyView({ snapshot: withEvaluation, status: "draft", hash: null, locale, t: policyTranslator(locale) }).chapters.flatMap((chapter) => (chapter.kind === "channel" ? [chapter] : []));

  it("is a short part of its channel's chapter, with outcome, figures, exit triggers, reasoning and who approved it when", () => {
    const channels = channelsOf("nl");
    expect(channels.map((chapter) => chapter.evaluation !== null)).toEqual(withEvaluation.channels.map((channel) => Boolean(channel.evaluation)));
    const chapter = channels.find((candidate) => candidate.evaluation)!;
    expect(chapter.title).toBe(withEvaluation.channels.find((channel) => channel.evaluation)!.name);
    expect(chapter.evaluation!.title).toBe("Evaluatie van vorig jaar");
    expect(chapter.evaluation!.questions.map(({ question, answer }) => [question, answer])).toEqual([
      ["Geëvalueerd besluit", "Beleid 2025"],
      ["Uitkomst", "Bijsturen"],
      ["Bereik per maand: Jongeren", "350"],
      ["Interacties per maand (reacties, deelacties, reacties op vragen)", "1.200"],
      ["Moderatie-incidenten", "1"],
      ["Klachten", "Niet gemeten"],
      ["Uren per jaar", "150"],
      ["Kosten per jaar (euro)", "600"],
      ["Wat gebeurde er met de exitcriteria?", "Geen aanleiding deed zich voor."],
      ["Onderbouwing", "Minder berichten, meer antwoorden."],
      ["Geëvalueerd op", "20 oktober 2026"],
      ["Goedgekeurd", "Door Carla Communicatie op 21 oktober 2026"],
    ]);
  });

  it("reads in English too", () => {
    const english = channelsOf("en").find((candidate) => candidate.evaluation)!.evaluation!;
    expect(english.title).toBe("Last year's evaluation");
    expect(english.questions.map(({ answer }) => answer)).toContain("Adjust");
    expect(english.questions.map(({ question }) => question)).toContain("Reach per month: Young people");
    expect(JSON.stringify(english)).not.toMatch(/evaluations\.(doc|form|outcome)/);
  });

  it("is left out of a channel without an approved evaluation", () => {
    const view = buildPolicyView({ snapshot, status: "adopted", hash: null, locale: "nl", t: policyTranslator("nl") });
    expect(view.chapters.some((chapter) => chapter.kind === "channel" && chapter.evaluation !== null)).toBe(false);
  });
});

describe("text in the document", () => {
  it("keeps every string on one line: the PDF fonts have no glyph for line breaks or tabs", () => {
    const withBreaks = JSON.parse(JSON.stringify(snapshot));
    withBreaks.channels[0].decision.conditions = "Eerste regel\nTweede regel\r\n\tDerde";
    const view = buildPolicyView({ snapshot: withBreaks, status: "draft", hash: null, locale: "nl", t: policyTranslator("nl") });
    const text = JSON.stringify(view);
    expect(text).toContain("Eerste regel Tweede regel Derde");
    expect(text).not.toMatch(/\\[nrt]/);
  });
});
