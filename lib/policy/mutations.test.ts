import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { createAssessment } from "@/lib/assessments/mutations";
import { resolveChannel } from "@/lib/assessments/channel";
import { ActionError } from "@/lib/validation/action-error";
import { exportAssessment, importAssessment, policyExportOf, readImportFile } from "./export-import";
import { adoptVersion, createDraft, deleteImported, findOpenItems, insertImportedVersion, isFrozenByDatabase, publishVersion, startNextYear, unpublishVersion, updateDraft } from "./mutations";
import { readSnapshot, sha256 } from "./snapshot";
import { checkRecordDecision, decisions, type RiskDecision } from "@/lib/reviews/transitions";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";

describe("findOpenItems", () => {
  const settled = { id: "a1", channelId: "mastodon", status: "decided", decision: "use", sectionReviews: [{ section: "privacy", status: "approved" }], risks: [{ title: "R", decision: "accepted" }] };

  it("finds nothing when every assessment is decided and every risk accepted", () => {
    expect(findOpenItems({ assessments: [settled], summary: "S", evaluationDate: "2027-10-01" })).toEqual([]);
  });

  it("lists open reviews, missing decisions and undecided or refused risks", () => {
    const open = findOpenItems({
      assessments: [
        { ...settled, status: "in_review", decision: null, sectionReviews: [{ section: "security", status: "changes_requested" }], risks: [{ title: "A", decision: null }, { title: "B", decision: "not_accepted" }] },
      ],
      summary: "",
      evaluationDate: null,
    });
    // A refused risk is no obstacle while the decision is still to be taken: the decision settles it.
    expect(open.map((item) => item.kind)).toEqual(["no_summary", "no_evaluation_date", "assessment_status", "review_open", "no_decision", "risk_undecided"]);
  });

  it("holds a refused risk against a decision to use the channel (one recorded before the rule, or imported)", () => {
    const open = findOpenItems({ assessments: [{ ...settled, decision: "use", risks: [{ title: "B", decision: "not_accepted" }] }], summary: "S", evaluationDate: "2027-10-01" });
    expect(open).toEqual([{ kind: "risk_not_accepted", assessmentId: "a1", channelId: "mastodon", risk: "B" }]);
  });

  it("never blocks adoption for a decision the decision rules accept", () => {
    const riskDecisionSets: RiskDecision[][] = [[], ["accepted"], ["mitigated"], ["not_accepted"], ["accepted", "not_accepted"], ["mitigated", "not_accepted"]];
    let accepted = 0;
    for (const decision of decisions) {
      for (const riskDecisions of riskDecisionSets) {
        const verdict = checkRecordDecision({ status: "approved", roles: ["advisor"], decision, riskDecisions });
        if (!verdict.ok) continue;
        accepted++;
        const risks = riskDecisions.map((riskDecision, index) => ({ title: `R${index}`, decision: riskDecision }));
        expect(findOpenItems({ assessments: [{ ...settled, decision, risks }], summary: "S", evaluationDate: "2027-10-01" }), `${decision} with ${riskDecisions.join(", ")}`).toEqual([]);
      }
    }
    // Phasing out (or using under conditions) because a risk is not accepted is among them.
    expect(checkRecordDecision({ status: "approved", roles: ["advisor"], decision: "phase_out", riskDecisions: ["not_accepted"] }).ok).toBe(true);
    expect(accepted).toBeGreaterThan(20);
  });

  it("does not hold a refused risk against a channel the municipality decided not to use", () => {
    const open = findOpenItems({ assessments: [{ ...settled, decision: "do_not_use", risks: [{ title: "B", decision: "not_accepted" }] }], summary: "S", evaluationDate: "2027-10-01" });
    expect(open).toEqual([]);
  });

  it("holds a phase-out date that differs from the exit strategy's end date against the channel", () => {
    const facebook = { ...settled, id: "fb", channelId: "facebook", decision: "phase_out", phaseOutDate: "2027-07-31" };
    const open = findOpenItems({ assessments: [{ ...facebook, exitDeadline: "2027-06-30" }], summary: "S", evaluationDate: "2027-10-01" });
    expect(open).toEqual([{ kind: "end_dates_differ", assessmentId: "fb", channelId: "facebook", decided: "2027-07-31", exitDeadline: "2027-06-30" }]);
    expect(findOpenItems({ assessments: [{ ...facebook, exitDeadline: "2027-07-31" }], summary: "S", evaluationDate: "2027-10-01" })).toEqual([]);
    expect(findOpenItems({ assessments: [{ ...facebook, exitDeadline: null }], summary: "S", evaluationDate: "2027-10-01" })).toEqual([]);
  });

  it("needs at least one assessment", () => {
    expect(findOpenItems({ assessments: [], summary: "S", evaluationDate: "2027-10-01" })).toEqual([{ kind: "no_assessments" }]);
  });
});

describe("policy versions in the database", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let town: Awaited<ReturnType<typeof createTestMunicipality>>;
  let other: Awaited<ReturnType<typeof createTestMunicipality>>;
  const now = new Date("2026-11-23T10:00:00Z");

  async function assess(municipalityId: string, userId: string, channelId: string, year: number, settle = true) {
    const channel = resolveChannel(channelId, undefined, [], [])!;
    return db.$transaction(async (tx) => {
      const { assessment } = await createAssessment(tx, { municipalityId, channelId, year, userId, facts: channel.facts, carryForward: true });
      if (!settle) return assessment;
      await tx.answer.create({ data: { assessmentId: assessment.id, itemId: "assessment-plan:plan.goals.audiences", value: JSON.stringify(["elderly", "young-people"]), updatedById: userId } });
      await tx.answer.create({ data: { assessmentId: assessment.id, itemId: "elsa:elsa.why-see", value: JSON.stringify("partly"), rationale: "Deels algoritmisch.", updatedById: userId } });
      await tx.risk.create({
        data: { assessmentId: assessment.id, title: "Profilering", likelihood: 3, impact: 4, ownerRole: "privacy", decision: "accepted", riskOwner: "Privacy officer", reviewDate: `${year + 1}-06-30`, createdById: userId },
      });
      for (const section of ["privacy", "security", "communication"]) {
        await tx.sectionReview.create({ data: { assessmentId: assessment.id, section, status: "approved" } });
      }
      return tx.assessment.update({ where: { id: assessment.id }, data: { status: "decided", decision: "use_with_conditions", decisionConditions: "Alleen informatie.", decidedAt: now } });
    });
  }

  const tx = <T>(run: (tx: Tx) => Promise<T>) => db.$transaction((client) => run(client));

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    town = await createTestMunicipality(db, "stad");
    other = await createTestMunicipality(db, "dorp");
    await assess(town.municipality.id, town.advisor.id, "mastodon", 2025);
    await assess(town.municipality.id, town.advisor.id, "facebook", 2025);
  }, 60_000);
  afterAll(async () => dispose?.());

  it("refuses adoption with the list of what is open, and writes nothing", async () => {
    const draft = await tx((client) => createDraft(client, { municipalityId: town.municipality.id, year: 2025 }));
    const undecided = await assess(town.municipality.id, town.advisor.id, "x", 2025, false);
    const attempt = tx((client) =>
      adoptVersion(client, { municipalityId: town.municipality.id, year: 2025, councilDecisionDate: "2025-12-11", councilDecisionRef: "RB-1", expectedVersion: draft.version, user: town.admin, now }),
    );
    await expect(attempt).rejects.toBeInstanceOf(ActionError);
    const error = (await attempt.catch((caught) => caught)) as ActionError;
    expect(error.reason).toBe("open_items");
    const kinds = (error.details as { openItems: { kind: string }[] }).openItems.map((item) => item.kind);
    expect(kinds).toEqual(expect.arrayContaining(["no_summary", "no_evaluation_date", "assessment_status", "no_decision"]));
    expect((await db.policyVersion.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
    await db.assessment.delete({ where: { id: undecided.id } });
  });

  it("adopts a complete draft and freezes its snapshot with the SHA-256 of the stored text", async () => {
    const draft = await tx((client) =>
      updateDraft(client, { municipalityId: town.municipality.id, year: 2025, introduction: "Inleiding", summary: "In gewone taal.", evaluationDate: "2026-10-01", expectedVersion: 1 }),
    );
    const adopted = await tx((client) =>
      adoptVersion(client, { municipalityId: town.municipality.id, year: 2025, councilDecisionDate: "2025-12-11", councilDecisionRef: "RB-2025-087", expectedVersion: draft.version, user: town.admin, now }),
    );
    const row = await db.policyVersion.findUniqueOrThrow({ where: { id: adopted.id } });
    expect(row).toMatchObject({ status: "adopted", councilDecisionRef: "RB-2025-087", adoptedById: town.admin.id });
    expect(row.snapshotHash).toBe(sha256(row.snapshotJson!));
    const snapshot = readSnapshot(row.snapshotJson!, row.snapshotHash);
    expect(snapshot.channels.map((channel) => channel.channelId)).toEqual(["facebook", "mastodon"]);
    expect(snapshot.adoption).toMatchObject({ councilDecisionRef: "RB-2025-087", adoptedBy: town.admin.name });
  });

  it("keeps the names stored at adoption when a person is renamed later, in the snapshot and its public JSON", async () => {
    await db.user.update({ where: { id: town.admin.id }, data: { name: "Iemand Anders" } });
    try {
      const stored = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId: town.municipality.id, year: 2025 } } });
      const snapshot = readSnapshot(stored.snapshotJson!, stored.snapshotHash);
      expect(snapshot.adoption?.adoptedBy).toBe(town.admin.name);
      // The web page and the PDF render from this snapshot alone; the public JSON carries it whole.
      const published = JSON.stringify(policyExportOf("stad", stored, snapshot, stored.snapshotHash, now));
      expect(published).toContain(town.admin.name);
      expect(published).not.toContain("Iemand Anders");
    } finally {
      await db.user.update({ where: { id: town.admin.id }, data: { name: town.admin.name } });
    }
  });

  it("refuses every change to an adopted version in the mutation, before the database is asked", async () => {
    const attempt = tx((client) =>
      updateDraft(client, { municipalityId: town.municipality.id, year: 2025, introduction: "Nieuw", summary: "Nieuw", evaluationDate: null, expectedVersion: 2 }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "not_allowed_in_state", reason: "policy_frozen" });
    const again = tx((client) =>
      adoptVersion(client, { municipalityId: town.municipality.id, year: 2025, councilDecisionDate: "2025-12-12", councilDecisionRef: "X", expectedVersion: 2, user: town.admin, now }),
    );
    await expect(again).rejects.toMatchObject({ reason: "policy_frozen" });
  });

  it("is frozen in the database itself: the triggers refuse content updates and deletes, but allow publication", async () => {
    const row = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId: town.municipality.id, year: 2025 } } });
    const refusal = (attempt: Promise<unknown>) => attempt.then(() => "written", (error: unknown) => (isFrozenByDatabase(error) ? "refused by trigger" : error));
    expect(await refusal(db.policyVersion.update({ where: { id: row.id }, data: { summary: "Achteraf" } }))).toBe("refused by trigger");
    expect(await refusal(db.policyVersion.update({ where: { id: row.id }, data: { snapshotJson: "{}" } }))).toBe("refused by trigger");
    expect(await refusal(db.policyVersion.update({ where: { id: row.id }, data: { status: "draft" } }))).toBe("refused by trigger");
    expect(await refusal(db.policyVersion.updateMany({ where: { municipalityId: town.municipality.id }, data: { councilDecisionRef: "X" } }))).toBe("refused by trigger");
    expect(await refusal(db.policyVersion.delete({ where: { id: row.id } }))).toBe("refused by trigger");
    expect(await refusal(db.$executeRawUnsafe(`UPDATE "PolicyVersion" SET "snapshotHash" = 'x' WHERE "id" = '${row.id}'`))).toBe("refused by trigger");
    const published = await tx((client) => publishVersion(client, { municipalityId: town.municipality.id, year: 2025, now }));
    expect(published.changed).toBe(true);
    const after = await db.policyVersion.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.publishedAt?.toISOString()).toBe(now.toISOString());
    expect(after.snapshotJson).toBe(row.snapshotJson);
  });

  it("withdraws a publication and can publish again; the version stays adopted with the same snapshot", async () => {
    const withdrawn = await tx((client) => unpublishVersion(client, { municipalityId: town.municipality.id, year: 2025 }));
    expect(withdrawn).toMatchObject({ changed: true, publishedAt: now });
    const row = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId: town.municipality.id, year: 2025 } } });
    expect(row).toMatchObject({ status: "adopted", publishedAt: null });
    expect(await tx((client) => unpublishVersion(client, { municipalityId: town.municipality.id, year: 2025 }))).toMatchObject({ changed: false });
    const later = new Date(now.getTime() + 60_000);
    expect(await tx((client) => publishVersion(client, { municipalityId: town.municipality.id, year: 2025, now: later }))).toMatchObject({ changed: true, publishedAt: later });
    const republished = await db.policyVersion.findUniqueOrThrow({ where: { id: row.id } });
    expect(republished.snapshotHash).toBe(row.snapshotHash);
  });

  it("starts next year from the adopted version: a draft plus assessments that carry last year's answers", async () => {
    const { draft, started } = await tx((client) => startNextYear(client, { municipalityId: town.municipality.id, fromYear: 2025, userId: town.advisor.id }));
    expect(draft).toMatchObject({ year: 2026, status: "draft", summary: "In gewone taal." });
    expect(started.map((entry) => entry.channelId).sort()).toEqual(["facebook", "mastodon"]);
    const carried = await db.answer.findMany({ where: { assessmentId: started[0].assessmentId } });
    expect(carried.length).toBe(2);
    expect(carried.every((answer) => answer.carriedFrom)).toBe(true);
    // What the facts show is proposed in the new year as at any start, undecided.
    const proposedFor = async (channelId: string) =>
      (await db.risk.findMany({ where: { assessmentId: started.find((entry) => entry.channelId === channelId)!.assessmentId, proposedFrom: { not: null } }, orderBy: { createdAt: "asc" } })).map(
        (risk) => [risk.familyId, risk.decision],
      );
    expect(await proposedFor("facebook")).toEqual([
      ["risk.processing-outside-eu", null],
      ["risk.dpia-high-risks", null],
    ]);
    expect(await proposedFor("mastodon")).toEqual([]);
    await expect(tx((client) => startNextYear(client, { municipalityId: town.municipality.id, fromYear: 2025, userId: town.advisor.id }))).rejects.toMatchObject({ reason: "policy_exists" });
  });

  /** The audit entry tenantAction writes for a successful import, which marks the record as imported. */
  const auditImport = (municipalityId: string, objectId: string, kind: "assessment" | "policy") =>
    db.auditEntry.create({ data: { municipalityId, action: "policy.import", objectType: "import", objectId, result: "success", details: JSON.stringify({ kind }) } });

  it("imports a decided, reviewed assessment of another municipality as a draft: answers and risks, no decision or review", { timeout: 30_000 }, async () => {
    const source = await db.assessment.findFirstOrThrow({ where: { municipalityId: town.municipality.id, channelId: "facebook", year: 2025 } });
    const exported = (await exportAssessment(db, town.municipality.id, source.id, now))!;
    expect(exported.assessment).toMatchObject({ status: "decided", decision: { value: "use_with_conditions" } });
    const read = await readImportFile(JSON.stringify(exported));
    if (!read.ok || read.kind !== "assessment") throw new Error("expected an assessment file");
    const imported = await tx((client) => importAssessment(client, { municipalityId: other.municipality.id, userId: other.advisor.id, data: read.data }));

    const row = await db.assessment.findUniqueOrThrow({ where: { id: imported.assessment.id }, include: { answers: true, risks: true, sectionReviews: true } });
    expect(row).toMatchObject({ municipalityId: other.municipality.id, status: "draft", reviewRound: 1, decision: null, decisionConditions: null, decidedById: null, decidedAt: null });
    expect(row.sectionReviews).toEqual([]);
    expect(row.risks).toHaveLength(1);
    expect(row.risks[0]).toMatchObject({ title: "Profilering", likelihood: 3, impact: 4, decision: null, riskOwner: null, reviewDate: null, decidedById: null, decidedAt: null });
    const again = (await exportAssessment(db, other.municipality.id, imported.assessment.id, now))!;
    expect(again.assessment.answers).toEqual(exported.assessment.answers);
    // What was decided in the other municipality is history, labelled with its source.
    expect(imported.history).toMatchObject({
      source: "stad",
      status: "decided",
      decision: { value: "use_with_conditions", conditions: "Alleen informatie." },
      riskDecisions: [{ title: "Profilering", decision: "accepted", riskOwner: "Privacy officer" }],
    });
    expect(imported.history.sectionReviews.map((review) => review.status)).toEqual(["approved", "approved", "approved"]);

    // Importing the same assessment twice is refused, and writes nothing.
    const count = await db.assessment.count();
    await expect(tx((client) => importAssessment(client, { municipalityId: other.municipality.id, userId: other.advisor.id, data: read.data }))).rejects.toMatchObject({
      reason: "import_invalid",
    });
    expect(await db.assessment.count()).toBe(count);
  });

  it("imports a file written before questions were shared with one answer per shared question: the one asked first", { timeout: 30_000 }, async () => {
    const source = await db.assessment.findFirstOrThrow({ where: { municipalityId: town.municipality.id, channelId: "facebook", year: 2025 } });
    const exported = (await exportAssessment(db, town.municipality.id, source.id, now))!;
    const goals = "assessment-plan:plan.goals.goals";
    const ibdGoals = "ibd-overwegingen:ibd.decision.goals";
    exported.assessment.year = 2024;
    exported.assessment.answers = [
      ...exported.assessment.answers.filter((answer) => answer.itemRef !== goals && answer.itemRef !== ibdGoals),
      { itemRef: goals, value: ["information"], rationale: "Voorlichting.", evidence: "" },
      { itemRef: ibdGoals, value: ["service"], rationale: "Anders beantwoord.", evidence: "" },
    ];
    const read = await readImportFile(JSON.stringify(exported));
    if (!read.ok || read.kind !== "assessment") throw new Error("expected an assessment file");
    const imported = await tx((client) => importAssessment(client, { municipalityId: other.municipality.id, userId: other.advisor.id, data: read.data }));
    const stored = await db.answer.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId: imported.assessment.id, itemId: ibdGoals } } });
    expect([JSON.parse(stored.value!), stored.rationale]).toEqual([["information"], "Voorlichting."]);
  });

  it("imports another municipality's adopted version as a draft of its own; the adoption is history", { timeout: 30_000 }, async () => {
    const row = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId: town.municipality.id, year: 2025 } } });
    const exported = policyExportOf("stad", row, readSnapshot(row.snapshotJson!, row.snapshotHash), row.snapshotHash, now);
    const read = await readImportFile(JSON.stringify(exported));
    if (!read.ok || read.kind !== "policy") throw new Error("expected a policy file");
    const { version, history } = await tx((client) =>
      insertImportedVersion(client, { municipalityId: other.municipality.id, source: { municipality: "stad", exportedAt: read.data.exportedAt }, policy: read.data.policy }),
    );
    expect(version).toMatchObject({ status: "draft", summary: row.summary, snapshotJson: null, snapshotHash: null, adoptedById: null, adoptedAt: null, councilDecisionRef: null });
    expect(history).toEqual({
      source: "stad",
      exportedAt: read.data.exportedAt,
      status: "adopted",
      adoption: { adoptedAt: row.adoptedAt!.toISOString(), councilDecisionDate: row.councilDecisionDate, councilDecisionRef: row.councilDecisionRef, snapshotHash: row.snapshotHash },
    });
    // A draft like any other: it can be edited, and is not frozen.
    const edited = await tx((client) =>
      updateDraft(client, { municipalityId: other.municipality.id, year: 2025, introduction: "Eigen tekst", summary: "Eigen", evaluationDate: null, expectedVersion: version.version }),
    );
    expect(edited.version).toBe(version.version + 1);
  });

  it("deletes an imported assessment or draft, and nothing that was not imported", { timeout: 30_000 }, async () => {
    const importedAssessment = await db.assessment.findFirstOrThrow({ where: { municipalityId: other.municipality.id, channelId: "facebook", year: 2025 } });
    const importedDraft = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId: other.municipality.id, year: 2025 } } });
    await auditImport(other.municipality.id, importedAssessment.id, "assessment");
    await auditImport(other.municipality.id, importedDraft.id, "policy");
    const own = await db.assessment.findFirstOrThrow({ where: { municipalityId: town.municipality.id, channelId: "facebook", year: 2025 } });

    // Not imported here (the own assessment; the imported one seen from another municipality): not found.
    await expect(tx((client) => deleteImported(client, { municipalityId: town.municipality.id, objectId: own.id }))).rejects.toMatchObject({ code: "not_found" });
    await expect(tx((client) => deleteImported(client, { municipalityId: town.municipality.id, objectId: importedAssessment.id }))).rejects.toMatchObject({ code: "not_found" });

    expect(await tx((client) => deleteImported(client, { municipalityId: other.municipality.id, objectId: importedAssessment.id }))).toMatchObject({ kind: "assessment", channelId: "facebook", year: 2025 });
    expect(await db.assessment.findUnique({ where: { id: importedAssessment.id } })).toBeNull();
    expect(await db.risk.count({ where: { assessmentId: importedAssessment.id } })).toBe(0);
    expect(await tx((client) => deleteImported(client, { municipalityId: other.municipality.id, objectId: importedDraft.id }))).toMatchObject({ kind: "policy", year: 2025 });
    expect(await db.policyVersion.findUnique({ where: { id: importedDraft.id } })).toBeNull();
    await expect(tx((client) => deleteImported(client, { municipalityId: other.municipality.id, objectId: importedDraft.id }))).rejects.toMatchObject({ code: "not_found" });
    expect(await db.assessment.findUnique({ where: { id: own.id } })).not.toBeNull();
  });
});
