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
