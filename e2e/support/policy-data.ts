import { execFileSync } from "node:child_process";
import { db, retryBusy } from "./db";
import { startAssessment } from "./assessment-data";
import { createDraft } from "../../lib/policy/mutations";
import { sections } from "../../lib/reviews/sections";

/**
 * Assessments ready for a policy document: decided, every review section approved, risks
 * decided with an owner and review date. `undecidedRisk` leaves one risk open, so adoption
 * has something to refuse.
 */
export async function seedDecidedAssessments(params: {
  municipalityId: string;
  userId: string;
  year: number;
  channels: { channelId: string; decision: "use" | "use_with_conditions" | "do_not_use" | "phase_out" }[];
  undecidedRisk?: string;
}) {
  const ids: Record<string, string> = {};
  for (const [index, { channelId, decision }] of params.channels.entries()) {
    const assessment = await startAssessment({ municipalityId: params.municipalityId, channelId, year: params.year, userId: params.userId });
    ids[channelId] = assessment.id;
    await settleAssessment(assessment.id, params.userId, decision, params.year);
    if (params.undecidedRisk && index === 0) {
      await db.risk.create({ data: { assessmentId: assessment.id, title: params.undecidedRisk, likelihood: 4, impact: 4, ownerRole: "ciso", createdById: params.userId } });
    }
  }
  return ids;
}

/** Brings one assessment to "decided", with answers the document shows, an accepted risk and approved reviews. */
export async function settleAssessment(assessmentId: string, userId: string, decision: string, year: number) {
  const answers: [string, unknown][] = [
    ["assessment-plan:plan.goals.goals", ["information"]],
    ["assessment-plan:plan.goals.audiences", ["elderly", "general-public"]],
    ["assessment-plan:plan.alternatives.channels", ["municipal-website", "counter"]],
    ["assessment-plan:plan.crisis.fallback", ["local-radio", "nl-alert"]],
    ["assessment-plan:plan.exit.triggers", "Een negatief advies van de rijksoverheid."],
  ];
  for (const [itemId, value] of answers) {
    await db.answer.upsert({
      where: { assessmentId_itemId: { assessmentId, itemId } },
      create: { assessmentId, itemId, value: JSON.stringify(value), updatedById: userId },
      update: { value: JSON.stringify(value) },
    });
  }
  if ((await db.risk.count({ where: { assessmentId } })) === 0) {
    await db.risk.create({
      data: { assessmentId, title: "Verwerking buiten de EU", likelihood: 3, impact: 4, ownerRole: "privacy", createdById: userId },
    });
  }
  await db.risk.updateMany({
    where: { assessmentId, decision: null },
    data: { decision: "accepted", decisionRationale: "Aanvaardbaar met maatregelen.", riskOwner: "Privacy officer", reviewDate: `${year + 1}-06-30`, decidedById: userId, decidedAt: new Date() },
  });
  for (const section of sections) {
    await db.sectionReview.upsert({
      where: { assessmentId_section: { assessmentId, section } },
      create: { assessmentId, section, status: "approved", decidedAt: new Date() },
      update: { status: "approved" },
    });
  }
  await db.assessment.update({
    where: { id: assessmentId },
    data: { status: "decided", decision, decisionRationale: "Besloten na review.", decidedById: userId, decidedAt: new Date(), phaseOutDate: decision === "phase_out" ? `${year + 1}-12-31` : null },
  });
}

export async function createPolicyDraft(municipalityId: string, year: number) {
  return retryBusy(() => db.$transaction((tx) => createDraft(tx, { municipalityId, year })));
}

/** Runs a command-line PDF tool (poppler, qpdf) on a file and returns its output. */
export function pdfTool(tool: "pdfinfo" | "pdffonts" | "pdftotext" | "qpdf", args: string[]) {
  return execFileSync(tool, args, { encoding: "utf8" });
}
