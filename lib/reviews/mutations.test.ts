import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { createAssessment, saveAnswer, upsertRisk } from "@/lib/assessments/mutations";
import { todayInNL } from "@/lib/catalogue/schema";
import { ActionError } from "@/lib/validation/action-error";
import { createTestDb } from "@/tests/test-db";
import {
  addComment,
  approveSection,
  decideRisk,
  recordDecision,
  requestChanges,
  submitForReview,
} from "./mutations";
import { reopenSectionForItem, reopenSectionsForFacts, reopenSectionsForRisk } from "./section-state";

/**
 * The workflow on a real (temporary) database: the same mutations the server actions run, so a
 * refused step is refused on the server whatever the interface offers.
 */

let db: PrismaClient;
let dispose: () => Promise<void>;
let municipalityId = "";
const people: Record<string, { id: string; roles: Role[] }> = {};

const privacyItem = "vng-afwegingskader:vng.law.dpia";
const securityItem = "ibd-overwegingen:ibd.consideration.resilience";
const communicationItem = "assessment-plan:plan.goals.goals";

beforeAll(async () => {
  ({ db, dispose } = await createTestDb());
  const municipality = await db.municipality.create({ data: { slug: "test", name: "Testgemeente" } });
  municipalityId = municipality.id;
  const roles: [string, Role][] = [
    ["anna", "advisor"],
    ["bert", "advisor"],
    ["petra", "privacy"],
    ["cees", "ciso"],
    ["rob", "council"],
    ["ada", "admin"],
  ];
  for (const [name, role] of roles) {
    const user = await db.user.create({ data: { id: name, name, email: `${name}@test.example` } });
    await db.membership.create({ data: { userId: user.id, municipalityId, role } });
    people[name] = { id: user.id, roles: [role] };
  }
}, 60_000);

afterAll(async () => dispose?.());

const run = <T>(work: (tx: Tx) => Promise<T>) => db.$transaction((tx) => work(tx as unknown as Tx));

async function refusal(work: (tx: Tx) => Promise<unknown>) {
  try {
    await run(work);
  } catch (error) {
    if (error instanceof ActionError) return error.reason;
    throw error;
  }
  return "allowed";
}

async function answer(assessmentId: string, itemRef: string, value: unknown, userId: string) {
  return run(async (tx) => {
    const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    const stored = await tx.answer.findUnique({ where: { assessmentId_itemId: { assessmentId, itemId: itemRef } } });
    const result = await saveAnswer(tx, assessment, {
      assessmentId,
      itemRef,
      value,
      rationale: `Onderbouwing bij ${JSON.stringify(value)}`,
      evidence: "",
      expectedVersion: stored?.version ?? 0,
      userId,
    });
    return result.changed ? reopenSectionForItem(tx, assessment, itemRef) : [];
  });
}

async function newAssessment(channelId: string) {
  const { assessment } = await run((tx) =>
    createAssessment(tx, { municipalityId, channelId, year: 2026, userId: people.anna.id, facts: null, carryForward: false }),
  );
  await answer(assessment.id, privacyItem, "partly", people.anna.id);
  await answer(assessment.id, securityItem, "no", people.anna.id);
  await answer(assessment.id, communicationItem, ["information"], people.anna.id);
  const risk = (ownerRole: string, title: string) =>
    run((tx) => upsertRisk(tx, assessment, { title, description: "", likelihood: 3, impact: 4, measures: "", ownerRole, expectedVersion: 0, userId: people.anna.id }));
  const privacyRisk = await risk("privacy", "Profilering van volgers");
  const securityRisk = await risk("ciso", "Afhankelijkheid buiten de EU");
  return { id: assessment.id, privacyRisk: privacyRisk.id, securityRisk: securityRisk.id };
}

const sectionsOf = async (assessmentId: string) =>
  Object.fromEntries((await db.sectionReview.findMany({ where: { assessmentId } })).map((row) => [row.section, row.status]));
const statusOf = async (assessmentId: string) => (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status;

const base = (assessmentId: string) => ({ municipalityId, assessmentId });
const acceptTx = (tx: Tx, assessmentId: string, riskId: string, actor: { id: string; roles: Role[] }) =>
  decideRisk(tx, { ...base(assessmentId), riskId, decision: "accepted", rationale: "Aanvaardbaar", riskOwner: "Afdelingshoofd", reviewDate: "2099-01-01", measures: "", mitigationBy: "", actor });
const accept = (assessmentId: string, riskId: string, actor: { id: string; roles: Role[] }) => run((tx) => acceptTx(tx, assessmentId, riskId, actor));

describe("review workflow on the server", () => {
  it("refuses a risk decision to the author of the section or of the risk (four eyes)", async () => {
    const { id, privacyRisk } = await newAssessment("threads");
    await run((tx) => submitForReview(tx, { ...base(id), actor: people.anna }));
    // The privacy officer changes an answer of the privacy section, and may then not decide its risks.
    await answer(id, privacyItem, "no", people.petra.id);
    expect(await refusal((tx) => acceptTx(tx, id, privacyRisk, people.petra))).toBe("own_edits");
    // The advisor who added a communication risk may not decide it; a colleague advisor may.
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id } });
    const own = await run((tx) =>
      upsertRisk(tx, assessment, { title: "Weinig bereik", description: "", likelihood: 3, impact: 2, measures: "", ownerRole: "advisor", expectedVersion: 0, userId: people.bert.id }),
    );
    expect(await refusal((tx) => acceptTx(tx, id, own.id, people.bert))).toBe("own_edits");
    expect(await refusal((tx) => acceptTx(tx, id, own.id, people.anna))).toBe("own_edits");
    const third = await db.user.create({ data: { id: "carla", name: "carla", email: "carla@test.example" } });
    await db.membership.create({ data: { userId: third.id, municipalityId, role: "advisor" } });
    expect(await refusal((tx) => acceptTx(tx, id, own.id, { id: third.id, roles: ["advisor"] }))).toBe("allowed");
  });

  it("refuses to submit an assessment in which no question is answered", async () => {
    const { assessment } = await run((tx) =>
      createAssessment(tx, { municipalityId, channelId: "bluesky", year: 2026, userId: people.anna.id, facts: null, carryForward: false }),
    );
    expect(await refusal((tx) => submitForReview(tx, { ...base(assessment.id), actor: people.anna }))).toBe("nothing_answered");
    expect(await statusOf(assessment.id)).toBe("draft");
    // "Weet ik niet" is an answer: the reviewer can judge that it is not known.
    await answer(assessment.id, privacyItem, "unknown", people.anna.id);
    expect(await refusal((tx) => submitForReview(tx, { ...base(assessment.id), actor: people.anna }))).toBe("allowed");
  });

  it("runs from draft to a recorded decision, with four eyes and every refusal on the way", async () => {
    const { id, privacyRisk, securityRisk } = await newAssessment("facebook");

    // Only the advisor submits, and only a draft or a sent-back assessment.
    expect(await refusal((tx) => submitForReview(tx, { ...base(id), actor: people.petra }))).toBe("wrong_role");
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.petra }))).toBe("not_submitted");
    await run((tx) => submitForReview(tx, { ...base(id), actor: people.anna }));
    expect(await statusOf(id)).toBe("in_review");
    expect(await sectionsOf(id)).toEqual({ privacy: "open", security: "open", communication: "open" });
    expect(await refusal((tx) => submitForReview(tx, { ...base(id), actor: people.anna }))).toBe("nothing_to_submit");

    // Wrong roles, on the server.
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.cees }))).toBe("wrong_role");
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "security", rationale: "ok", actor: people.ada }))).toBe("wrong_role");
    expect(await refusal((tx) => acceptTx(tx, id, securityRisk, people.petra))).toBe("wrong_role");

    // Risks first, then approval.
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.petra }))).toBe("risks_undecided");
    await accept(id, privacyRisk, people.petra);
    await run((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "DPIA besproken", actor: people.petra }));
    const privacyRow = await db.sectionReview.findFirstOrThrow({ where: { assessmentId: id, section: "privacy" } });
    expect(privacyRow).toMatchObject({ status: "approved", reviewerId: people.petra.id, reviewerRole: "privacy", rationale: "DPIA besproken" });
    expect(privacyRow.decidedAt).toBeInstanceOf(Date);

    // Four eyes: the advisor who wrote the communication answers cannot approve them; a colleague can.
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "communication", rationale: "ok", actor: people.anna }))).toBe("own_edits");
    await run((tx) => approveSection(tx, { ...base(id), section: "communication", rationale: "Doelen helder", actor: people.bert }));

    // Changes requested on security; the advisor changes an answer and submits again.
    await run((tx) => requestChanges(tx, { ...base(id), section: "security", message: "Beschrijf de terugvaloptie.", itemRef: securityItem, actor: people.cees }));
    expect(await statusOf(id)).toBe("changes_requested");
    const comment = await db.comment.findFirstOrThrow({ where: { assessmentId: id, itemId: securityItem } });
    expect(comment).toMatchObject({ section: "security", authorId: people.cees.id, resolved: false });
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "security", rationale: "ok", actor: people.cees }))).toBe("section_awaits_resubmission");
    await answer(id, securityItem, "partly", people.anna.id);
    await run((tx) => submitForReview(tx, { ...base(id), actor: people.anna }));
    expect(await sectionsOf(id)).toEqual({ privacy: "approved", security: "open", communication: "approved" });

    // A risk acceptance needs a future review date (the schema checks it; the decision is stored as given).
    await accept(id, securityRisk, people.cees);
    await run((tx) => approveSection(tx, { ...base(id), section: "security", rationale: "Terugval via website en NL-Alert", actor: people.cees }));
    expect(await statusOf(id)).toBe("approved");

    // Editing an approved answer reopens only that section.
    const reopened = await answer(id, privacyItem, "yes", people.anna.id);
    expect(reopened).toEqual(["privacy"]);
    expect(await sectionsOf(id)).toEqual({ privacy: "needs_reapproval", security: "approved", communication: "approved" });
    expect(await statusOf(id)).toBe("in_review");
    // The reviewer who did not make the change may approve again; one who did, may not.
    await answer(id, privacyItem, "partly", people.petra.id);
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.petra }))).toBe("own_edits");
    await answer(id, privacyItem, "yes", people.anna.id);
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.petra }))).toBe("own_edits");
  });

  it("lets the privacy officer approve again after someone else's change, then refuses 'use' with a risk not accepted", async () => {
    const { id, privacyRisk, securityRisk } = await newAssessment("tiktok");
    await run((tx) => submitForReview(tx, { ...base(id), actor: people.anna }));
    await accept(id, privacyRisk, people.petra);
    await run((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.petra }));
    await answer(id, privacyItem, "yes", people.anna.id);
    expect((await sectionsOf(id)).privacy).toBe("needs_reapproval");
    await run((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "Wijziging gezien", actor: people.petra }));

    await run((tx) =>
      decideRisk(tx, { ...base(id), riskId: securityRisk, decision: "not_accepted", rationale: "Te groot", riskOwner: "", reviewDate: "", measures: "", mitigationBy: "", actor: people.cees }),
    );
    await run((tx) => approveSection(tx, { ...base(id), section: "security", rationale: "Risico niet aanvaard", actor: people.cees }));
    expect(await refusal((tx) => recordDecision(tx, { ...base(id), decision: "use", conditions: "", phaseOutDate: "", rationale: "x", actor: people.anna }))).toBe("not_all_approved");
    await run((tx) => approveSection(tx, { ...base(id), section: "communication", rationale: "ok", actor: people.bert }));
    expect(await statusOf(id)).toBe("approved");

    // Once approved, a risk decision needs the section reopened first.
    expect(await refusal((tx) => acceptTx(tx, id, securityRisk, people.cees))).toBe("section_approved");
    expect(await refusal((tx) => recordDecision(tx, { ...base(id), decision: "use", conditions: "", phaseOutDate: "", rationale: "x", actor: people.anna }))).toBe("risk_not_accepted");
    expect(await refusal((tx) => recordDecision(tx, { ...base(id), decision: "do_not_use", conditions: "", phaseOutDate: "", rationale: "x", actor: people.petra }))).toBe("wrong_role");
    expect(await statusOf(id)).toBe("approved");
    await run((tx) => recordDecision(tx, { ...base(id), decision: "phase_out", conditions: "", phaseOutDate: "2099-06-30", rationale: "Afbouwen", actor: people.ada }));
    const decided = await db.assessment.findUniqueOrThrow({ where: { id } });
    expect(decided).toMatchObject({ status: "decided", decision: "phase_out", phaseOutDate: "2099-06-30", decidedById: people.ada.id });

    // Decided is frozen: no edits, no comments, no reviews.
    await expect(answer(id, privacyItem, "no", people.anna.id)).rejects.toThrow(ActionError);
    expect(await refusal((tx) => addComment(tx, { ...base(id), section: "privacy", itemRef: "", parentId: "", body: "Nog iets", actor: people.petra }))).toBe("decided");
    expect(await refusal((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.petra }))).toBe("decided");
  });

  it("reopens sections for risk and fact changes, and threads comments", async () => {
    const { id, privacyRisk, securityRisk } = await newAssessment("x");
    await run((tx) => submitForReview(tx, { ...base(id), actor: people.anna }));
    await accept(id, privacyRisk, people.petra);
    await accept(id, securityRisk, people.cees);
    await run((tx) => approveSection(tx, { ...base(id), section: "privacy", rationale: "ok", actor: people.petra }));
    await run((tx) => approveSection(tx, { ...base(id), section: "security", rationale: "ok", actor: people.cees }));

    const assessment = await db.assessment.findUniqueOrThrow({ where: { id } });
    expect(await run((tx) => reopenSectionsForRisk(tx, assessment, ["ciso"]))).toEqual(["security"]);
    expect(await run((tx) => reopenSectionsForFacts(tx, assessment, ["dpia"]))).toEqual(["privacy"]);
    expect(await sectionsOf(id)).toEqual({ privacy: "needs_reapproval", security: "needs_reapproval", communication: "open" });

    const root = await run((tx) => addComment(tx, { ...base(id), section: "", itemRef: privacyItem, parentId: "", body: "Welke DPIA?", actor: people.petra }));
    expect(root.section).toBe("privacy");
    const reply = await run((tx) => addComment(tx, { ...base(id), section: "", itemRef: "", parentId: root.id, body: "Die van het Rijk", actor: people.anna }));
    const replyToReply = await run((tx) => addComment(tx, { ...base(id), section: "", itemRef: "", parentId: reply.id, body: "Dank", actor: people.petra }));
    expect(replyToReply.parentId).toBe(root.id);
    expect(await refusal((tx) => addComment(tx, { ...base(id), section: "privacy", itemRef: "", parentId: "", body: "x", actor: people.rob }))).toBe("wrong_role");
  });
});

describe("four eyes without an answer history", () => {
  it("counts the last editor of an answer carried over or imported without a revision, in the first round", async () => {
    const { assessment } = await run((tx) =>
      createAssessment(tx, { municipalityId, channelId: "linkedin", year: 2026, userId: people.bert.id, facts: null, carryForward: false }),
    );
    await db.answer.create({ data: { assessmentId: assessment.id, itemId: communicationItem, value: JSON.stringify(["service"]), updatedById: people.bert.id } });
    await run((tx) => submitForReview(tx, { ...base(assessment.id), actor: people.anna }));
    expect(await refusal((tx) => approveSection(tx, { ...base(assessment.id), section: "communication", rationale: "ok", actor: people.bert }))).toBe("own_edits");
    expect(await refusal((tx) => approveSection(tx, { ...base(assessment.id), section: "communication", rationale: "ok", actor: people.anna }))).toBe("allowed");
  });
});

describe("demo data", () => {
  it("puts demo assessments into every state through the same rules", async () => {
    const { seedDemoReviews } = await import("@/lib/demo/reviews");
    const create = async (channel: string, year: number) => {
      const { assessment } = await run((tx) =>
        createAssessment(tx, { municipalityId, channelId: channel, year, userId: people.anna.id, facts: null, carryForward: false }),
      );
      await answer(assessment.id, communicationItem, ["information"], people.anna.id);
      for (const [ownerRole, title, level] of [
        ["privacy", "Doorgifte buiten de EU", 4],
        ["ciso", "Hybride dreiging", 4],
        ["advisor", "Polarisatie", 2],
      ] as const) {
        await run((tx) => upsertRisk(tx, assessment, { title, description: "", likelihood: level, impact: level, measures: "", ownerRole, expectedVersion: 0, userId: people.anna.id }));
      }
      return assessment.id;
    };
    const assessmentsByChannel: Record<string, { current: string; previous: string | null }> = {};
    for (const channel of ["facebook", "instagram", "mastodon", "tiktok", "x", "youtube"]) {
      assessmentsByChannel[channel] = { current: await create(channel, 2027), previous: channel === "mastodon" || channel === "facebook" ? await create(channel, 2025) : null };
    }
    const params = {
      municipalityId,
      people: { advisor: people.anna.id, privacy: people.petra.id, ciso: people.cees.id, admin: people.ada.id },
      assessmentsByChannel,
    };
    const states = await seedDemoReviews(db, params);
    expect(states).toEqual({
      "facebook@previous": "decided",
      "mastodon@previous": "decided",
      x: "in_review",
      tiktok: "changes_requested",
      instagram: "approved",
      mastodon: "decided",
      facebook: "decided",
    });
    expect(await statusOf(assessmentsByChannel.youtube.current)).toBe("draft");
    expect(await db.assessment.findUniqueOrThrow({ where: { id: assessmentsByChannel.facebook.current } })).toMatchObject({ decision: "phase_out" });
    expect(await db.risk.count({ where: { assessmentId: assessmentsByChannel.facebook.current, decision: "not_accepted" } })).toBe(1);
    expect(await db.assessment.findUniqueOrThrow({ where: { id: assessmentsByChannel.mastodon.current } })).toMatchObject({ decision: "use" });
    const overdue = await db.risk.count({ where: { assessmentId: assessmentsByChannel.mastodon.previous!, decision: "accepted", reviewDate: { lt: todayInNL() } } });
    expect(overdue).toBe(1);
    expect(await db.risk.count({ where: { assessmentId: assessmentsByChannel.x.current, decision: null } })).toBe(3);
    // Running it again changes nothing.
    expect(await seedDemoReviews(db, params)).toEqual({});
  });
});
