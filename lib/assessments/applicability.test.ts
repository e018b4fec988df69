import { describe, expect, it } from "vitest";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { assessmentProgress } from "@/lib/assessments/progress";
import { allItems, answeredBy } from "@/lib/assessments/steps";
import { applicableFrameworks, channelScope, notApplicableItems, type ScopedChannel } from "./applicability";

const commercial: ScopedChannel = { kind: "commercial", digital: true, selfHosted: false };
const openAlternative: ScopedChannel = { kind: "open-alternative", digital: true, selfHosted: false };
const ownWebsite: ScopedChannel = { kind: "own-channel", digital: true, selfHosted: false };
const doorToDoorMail: ScopedChannel = { kind: "own-channel", digital: false, selfHosted: false };
const ownServer: ScopedChannel = { kind: "open-alternative", digital: true, selfHosted: true };

/** The questions a channel is asked, as the wizard shows them: pinned for the channel, then limited to it. */
function askedRefs(channel: ScopedChannel) {
  return new Set(allItems(applicableFrameworks(pinnedFrameworks(JSON.stringify(currentVersions(channel))), channel)).map(({ ref }) => ref));
}

describe("questions that fit the channel", () => {
  it("gives every channel exactly one kind: running the server first, then not digital, then the catalogue kind", () => {
    expect(channelScope(ownServer)).toBe("self-hosted");
    expect(channelScope({ ...ownServer, digital: false })).toBe("self-hosted");
    expect(channelScope(doorToDoorMail)).toBe("offline");
    expect(channelScope(commercial)).toBe("commercial");
    expect(channelScope(openAlternative)).toBe("open-alternative");
    expect(channelScope(ownWebsite)).toBe("own-channel");
  });

  it("asks the hosting questions only of a channel the municipality hosts itself", () => {
    expect(askedRefs(ownServer).has("eigen-beheer:beheer.operations.patching")).toBe(true);
    for (const channel of [commercial, openAlternative, ownWebsite, doorToDoorMail]) {
      expect([...askedRefs(channel)].some((ref) => ref.startsWith("eigen-beheer:"))).toBe(false);
    }
    // Whether the municipality could host it itself is no question for a channel it already hosts.
    expect(askedRefs(ownServer).has("vng-afwegingskader:vng.interop.self-host")).toBe(false);
    expect(askedRefs(commercial).has("vng-afwegingskader:vng.interop.self-host")).toBe(true);
  });

  it("asks about a provider's revenue model only of platforms others run", () => {
    for (const channel of [commercial, openAlternative]) expect(askedRefs(channel).has("vng-afwegingskader:vng.revenue.profiling")).toBe(true);
    for (const channel of [ownWebsite, ownServer, doorToDoorMail]) expect(askedRefs(channel).has("vng-afwegingskader:vng.revenue.profiling")).toBe(false);
  });

  it("does not ask about an algorithmic feed or moderation of a channel that is not digital", () => {
    const mail = askedRefs(doorToDoorMail);
    for (const ref of ["elsa:elsa.no-filter", "elsa:elsa.why-see", "vng-afwegingskader:vng.baseline.moderation", "vng-afwegingskader:vng.goals.reach-dependence"]) {
      expect(mail.has(ref)).toBe(false);
      expect(askedRefs(ownWebsite).has(ref)).toBe(true);
    }
  });

  it("asks a commercial platform every question of the frameworks it pins", () => {
    const pinned = pinnedFrameworks(JSON.stringify(currentVersions(commercial)));
    expect(askedRefs(commercial).size).toBe(allItems(pinned).length);
    expect(notApplicableItems(pinned, commercial)).toEqual([]);
  });

  it("records each question not asked with the reason the content gives, in both languages", () => {
    const pinned = pinnedFrameworks(JSON.stringify(currentVersions(doorToDoorMail)));
    const skipped = notApplicableItems(pinned, doorToDoorMail);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.length + askedRefs(doorToDoorMail).size).toBe(allItems(pinned).length);
    for (const { ref, reason } of skipped) {
      expect(askedRefs(doorToDoorMail).has(ref)).toBe(false);
      expect(reason.nl.length).toBeGreaterThan(10);
      expect(reason.en.length).toBeGreaterThan(10);
    }
  });

  it("leaves the questions not asked out of progress", () => {
    const pinned = pinnedFrameworks(JSON.stringify(currentVersions(doorToDoorMail)));
    const all = assessmentProgress(pinned, new Map(), 0, new Map()).total;
    const asked = assessmentProgress(applicableFrameworks(pinned, doorToDoorMail), new Map(), 0, new Map()).total;
    // A question another one answers (sameAs) was not counted in the first place.
    const counted = notApplicableItems(pinned, doorToDoorMail).filter(({ item }) => !answeredBy(pinned, item));
    expect(counted.length).toBeGreaterThan(0);
    expect(asked).toBe(all - counted.length);
  });
});
