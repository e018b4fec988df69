import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { adoptVersion, loadOpenItems, startNextYear, updateDraft } from "@/lib/policy/mutations";
import { readSnapshot } from "@/lib/policy/snapshot";
import { createTestDb } from "@/tests/test-db";
import { reopenDecision, type Actor } from "@/lib/reviews/mutations";
import { carryThrough, type CycleActors } from "@/tests/carry-through";

/**
 * The yearly cycle never dead-ends: from every state the demo data puts an assessment in, the
 * app's own mutations bring this year's policy to adoption and start next year. Uses the same
 * seed as the demo, so a demo state that cannot be carried through fails here first.
 */

let db: PrismaClient;
let dispose: () => Promise<void>;
let seeded: Awaited<ReturnType<typeof seedDemo>>;
const tx = <T>(work: (client: Tx) => Promise<T>) => db.$transaction((client) => work(client as unknown as Tx));

function actors() {
  const person = (email: string) => seeded.people.get(email)!;
  return {
    advisor: { id: person("advies@voorbeeldstad.nl"), roles: ["advisor"] } satisfies Actor,
    colleague: { id: person("communicatie@voorbeeldstad.nl"), roles: ["advisor"] } satisfies Actor,
    privacy: { id: person("privacy@voorbeeldstad.nl"), roles: ["privacy"] } satisfies Actor,
    ciso: { id: person("ciso@voorbeeldstad.nl"), roles: ["ciso"] } satisfies Actor,
    admin: { id: person("beheer@voorbeeldstad.nl"), roles: ["admin"] } satisfies Actor,
  };
}

/** The demo's people in the workflow: the second advisor reviews the communication section (four eyes). */
function cycleActors(): CycleActors {
  const people = actors();
  return { advisor: people.advisor, reviewers: { privacy: people.privacy, security: people.ciso, communication: people.colleague } };
}

const carry = (assessmentId: string) => carryThrough(db, { municipalityId: seeded.municipalities.get("voorbeeldstad")!, assessmentId, actors: cycleActors() });

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  seeded = await seedDemo(db);
}, 120_000);
afterAll(async () => dispose?.());

describe("the demo's yearly cycle", () => {
  it("puts this year's assessments in every state of the workflow", async () => {
    const statuses = await db.assessment.findMany({ where: { year: seeded.year }, select: { status: true } });
    expect(new Set(statuses.map((row) => row.status))).toEqual(new Set(["draft", "in_review", "changes_requested", "approved", "decided"]));
  });

  it("adopts this year's policy through the app's own mutations and starts next year", { timeout: 120_000 }, async () => {
      const municipalityId = seeded.municipalities.get("voorbeeldstad")!;
      const year = seeded.year;
      const assessments = await db.assessment.findMany({ where: { municipalityId, year }, orderBy: { channelId: "asc" } });
      for (const assessment of assessments) await carry(assessment.id);

      const draft = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId, year } } });
      const texts = await tx((client) =>
        updateDraft(client, {
          municipalityId,
          year,
          introduction: draft.introduction,
          summary: "Iedereen goed bereiken; sociale media alleen als extra kanaal.",
          evaluationDate: draft.evaluationDate ?? `${year + 1}-10-01`,
          expectedVersion: draft.version,
        }),
      );
      expect(await tx((client) => loadOpenItems(client, { municipalityId, year, summary: texts.summary, evaluationDate: texts.evaluationDate }))).toEqual([]);
      const admin = await db.user.findUniqueOrThrow({ where: { id: actors().admin.id } });
      await tx((client) =>
        adoptVersion(client, {
          municipalityId,
          year,
          councilDecisionDate: new Date().toISOString().slice(0, 10),
          councilDecisionRef: `RB-${year}-001`,
          expectedVersion: texts.version,
          user: admin,
          now: new Date(),
        }),
      );
      // The adopted snapshot carries last year's evaluations that were approved: Mastodon's, not the newsletter's still in review.
      const adopted = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId, year } } });
      const evaluated = readSnapshot(adopted.snapshotJson!, adopted.snapshotHash).channels.filter((channel) => channel.evaluation);
      expect(evaluated.map((channel) => [channel.channelId, channel.evaluation!.outcome, channel.evaluation!.year])).toEqual([["mastodon", "continue", year - 1]]);
      const { draft: next, started } = await tx((client) => startNextYear(client, { municipalityId, fromYear: year, userId: actors().advisor.id }));
      expect(next.year).toBe(year + 1);
      expect(started.length).toBe(assessments.length);
  });
});

describe("the demo's story", () => {
  it("last year's adopted policy says what its decisions and risk choices say", async () => {
    const municipalityId = seeded.municipalities.get("voorbeeldstad")!;
    const lastYear = seeded.year - 1;
    const policy = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId, year: lastYear } } });
    expect(policy.status).toBe("adopted");
    // The summary's claims, channel by channel.
    expect(policy.summary).toContain("Op Facebook doen we steeds minder");
    expect(policy.summary).toContain("TikTok gebruiken we niet");
    expect(policy.summary).toContain("Op Mastodon, de gemeentelijke website, de gemeente-app en in de nieuwsbrief zijn we actief");
    const assessments = await db.assessment.findMany({ where: { municipalityId, year: lastYear }, include: { risks: true } });
    expect(Object.fromEntries(assessments.map((assessment) => [assessment.channelId, assessment.decision]))).toEqual({
      facebook: "phase_out",
      tiktok: "do_not_use",
      mastodon: "use",
      "municipal-website": "use",
      "municipal-app": "use",
      newsletter: "use",
    });
    // A channel that is not used leaves no risk to accept; its gravest risk was refused.
    const tiktok = assessments.find((assessment) => assessment.channelId === "tiktok")!;
    expect(tiktok.risks.filter((risk) => risk.decision === "accepted").map((risk) => risk.title)).toEqual([]);
    expect(tiktok.risks.find((risk) => risk.title.includes("China"))?.decision).toBe("not_accepted");
  });

  it("Facebook is phased out by the end date of its exit strategy, in both years", async () => {
    const municipalityId = seeded.municipalities.get("voorbeeldstad")!;
    const facebook = await db.assessment.findMany({
      where: { municipalityId, channelId: "facebook", year: { in: [seeded.year - 1, seeded.year] } },
      include: { answers: { where: { itemId: "assessment-plan:plan.exit.deadline" } } },
      orderBy: { year: "asc" },
    });
    expect(facebook.map((assessment) => assessment.decision)).toEqual(["phase_out", "phase_out"]);
    for (const assessment of facebook) expect(assessment.phaseOutDate).toBe(JSON.parse(assessment.answers[0].value!));
  });
});

describe("reopening a decided assessment", () => {
  it("lets the decision be taken again after a new review", { timeout: 60_000 }, async () => {
      const municipalityId = seeded.municipalities.get("voorbeeldstad")!;
      const year = seeded.year + 1;
      const facebook = await db.assessment.findFirstOrThrow({ where: { municipalityId, year, channelId: "facebook" } });
      await carry(facebook.id);
      const reopened = await tx((client) =>
        reopenDecision(client, { municipalityId, assessmentId: facebook.id, reason: "De afbouwdatum is te krap; opnieuw afwegen.", actor: actors().advisor }),
      );
      expect(reopened).toMatchObject({ from: "decided", to: "in_review", previous: { decision: "use_with_conditions" } });
      const row = await db.assessment.findUniqueOrThrow({ where: { id: facebook.id }, include: { sectionReviews: true } });
      expect(row).toMatchObject({ status: "in_review", decision: null, decidedAt: null });
      expect(row.sectionReviews.map((review) => review.status).sort()).toEqual(["needs_reapproval", "needs_reapproval", "needs_reapproval"]);
      await carry(facebook.id);
      expect((await db.assessment.findUniqueOrThrow({ where: { id: facebook.id } })).status).toBe("decided");
  });
});
