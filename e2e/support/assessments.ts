import { db, retryBusy, testPassword } from "./db";
import { ensureUser } from "../../lib/demo/people";
import type { Role } from "../../lib/auth/permissions";
import { createAssessment, saveAnswer, upsertRisk } from "../../lib/assessments/mutations";
import { resolveChannel } from "../../lib/assessments/channel";
import { approveSection, decideRisk, submitForReview } from "../../lib/reviews/mutations";
import type { Section } from "../../lib/reviews/sections";

/** Questions the review specs work with, one per section. */
export const reviewItems = {
  privacy: "vng-afwegingskader:vng.law.dpia",
  security: "ibd-overwegingen:ibd.consideration.resilience",
  communication: "assessment-plan:plan.goals.goals",
} as const;

type RiskSeed = { title: string; ownerRole: "privacy" | "ciso" | "advisor"; likelihood?: number; impact?: number };

/**
 * An assessment with a few answers (by the advisor, through the same mutation as the wizard, so
 * the answer history exists) and risks, ready to be submitted for review.
 */
export async function createAssessmentWithAnswers(params: {
  municipalityId: string;
  advisorId: string;
  channelId?: string;
  year?: number;
  answers?: Record<string, { value: unknown; rationale?: string }>;
  risks?: RiskSeed[];
}) {
  const channelId = params.channelId ?? "facebook";
  const channel = resolveChannel(channelId, undefined, [], []);
  const answers = params.answers ?? {
    [reviewItems.privacy]: { value: "partly", rationale: "Er is een DPIA van het Rijk; onze situatie is vergelijkbaar." },
    [reviewItems.security]: { value: "no", rationale: "Nog niet uitgewerkt in het weerbaarheidsbeleid." },
    [reviewItems.communication]: { value: ["information"], rationale: "" },
  };
  return retryBusy(() => db.$transaction(async (tx) => {
    const { assessment } = await createAssessment(tx, {
      municipalityId: params.municipalityId,
      channelId,
      year: params.year ?? 2026,
      userId: params.advisorId,
      facts: channel?.facts ?? null,
      carryForward: false,
    });
    for (const [itemRef, answer] of Object.entries(answers)) {
      await saveAnswer(tx, assessment, {
        assessmentId: assessment.id,
        itemRef,
        value: answer.value,
        rationale: answer.rationale ?? "",
        evidence: "",
        expectedVersion: 0,
        userId: params.advisorId,
      });
    }
    const riskIds: string[] = [];
    for (const risk of params.risks ?? [{ title: "Afhankelijkheid van een aanbieder buiten de EU", ownerRole: "ciso" }]) {
      const created = await upsertRisk(tx, assessment, {
        title: risk.title,
        description: "",
        likelihood: risk.likelihood ?? 3,
        impact: risk.impact ?? 4,
        measures: "",
        ownerRole: risk.ownerRole,
        expectedVersion: 0,
        userId: params.advisorId,
      });
      riskIds.push(created.id);
    }
    return { assessment, riskIds };
  }));
}

const actor = (id: string, role: Role) => ({ id, roles: [role] });

/** Moves an assessment along the workflow directly, for specs that start later in the process. */
export async function submitAsAdvisor(params: { municipalityId: string; assessmentId: string; advisorId: string }) {
  return retryBusy(() => db.$transaction((tx) => submitForReview(tx, { municipalityId: params.municipalityId, assessmentId: params.assessmentId, actor: actor(params.advisorId, "advisor") })));
}

export async function decideRiskAs(params: {
  municipalityId: string;
  assessmentId: string;
  riskId: string;
  userId: string;
  role: Role;
  decision: "accepted" | "mitigated" | "not_accepted";
}) {
  return retryBusy(() => db.$transaction((tx) =>
    decideRisk(tx, {
      municipalityId: params.municipalityId,
      assessmentId: params.assessmentId,
      riskId: params.riskId,
      decision: params.decision,
      rationale: "Besloten in de testopzet.",
      riskOwner: "Afdelingshoofd",
      reviewDate: "2099-12-31",
      measures: "Maatregelen uit de testopzet.",
      mitigationBy: "Team online",
      actor: actor(params.userId, params.role),
    }),
  ));
}

export async function approveAs(params: { municipalityId: string; assessmentId: string; section: Section; userId: string; role: Role }) {
  return retryBusy(() => db.$transaction((tx) =>
    approveSection(tx, {
      municipalityId: params.municipalityId,
      assessmentId: params.assessmentId,
      section: params.section,
      rationale: "Goedgekeurd in de testopzet.",
      actor: actor(params.userId, params.role),
    }),
  ));
}

export async function sectionStatuses(assessmentId: string) {
  const rows = await db.sectionReview.findMany({ where: { assessmentId } });
  return Object.fromEntries(rows.map((row) => [row.section, row.status]));
}

/** One more person in a tenant, e.g. a second advisor who approves the communication section (four eyes). */
export async function addPerson(municipalityId: string, role: Role, key: string) {
  const email = `${role}-${key}-${municipalityId.slice(-6)}@test.example`;
  const user = await ensureUser(db, { email, name: `Collega ${role} ${key}`, password: testPassword, memberships: [{ municipalityId, roles: [role] }] });
  return { id: user.id, email, name: user.name };
}
