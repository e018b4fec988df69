import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { todayInNL } from "@/lib/catalogue/schema";
import { exitDeadlineOf, exitDeadlineRef } from "@/lib/assessments/end-dates";
import { addComment, approveSection, decideRisk, recordDecision, requestChanges, submitForReview, type Actor } from "@/lib/reviews/mutations";
import { sectionOfRisk, sections, type Section } from "@/lib/reviews/sections";
import type { AssessmentStatus } from "@/lib/reviews/transitions";
import { lastYearDecision } from "@/lib/demo/story";

/**
 * Demo data for the review workflow: puts the demo municipality's assessments into several
 * states, so every role finds work waiting when signing in. Runs after the assessments exist
 * (lib/demo/assessments.ts) and goes through the same mutations as the app, so every state is
 * one the rules allow. Assessments that are no longer a draft without reviews are left alone,
 * so the seed can run again.
 *
 * This year: X in review (privacy, security and communication open, risks to decide), TikTok
 * with changes requested on the privacy section, one more channel approved and awaiting the
 * decision, Mastodon decided "use", Facebook decided "phase out"; the rest stays a draft.
 * Last year's assessments (when given) were decided a year ago; one accepted risk of each is
 * past its review date, so the risk page and the dashboards flag it.
 *
 * The communication section is approved by a second advisor (four eyes: the advisor who filled
 * it in may not approve it). Pass `people.colleague`; without one, an advisor of the
 * municipality other than `people.advisor` is used, and without that the communication
 * sections stay open (then nothing reaches "approved" or "decided").
 */

/** The second advisor the demo needs; add to demoPeople in lib/demo/seed.ts. */
export const demoReviewColleague = { email: "communicatie@voorbeeldstad.nl", name: "Daan Smit", slug: "voorbeeldstad", roles: ["advisor"] as Role[] };

type Plan = "in_review" | "changes_requested" | "approved" | "decided_use" | "decided_phase_out" | "decided_last_year";

/** Preferred channel per state; states whose channel is absent go to the other channels in order. */
const preferred: [string, Plan][] = [
  ["x", "in_review"],
  ["tiktok", "changes_requested"],
  ["instagram", "approved"],
  ["mastodon", "decided_use"],
  ["facebook", "decided_phase_out"],
];

type AssessmentRef = string | { current: string; previous?: string | null };

export type SeedDemoReviewsParams = {
  municipalityId: string;
  people: { advisor: string; privacy: string; ciso: string; admin: string; colleague?: string };
  /** Assessment per channel id: an id, or { current, previous } as seedDemoAssessments returns it. */
  assessmentsByChannel: Record<string, AssessmentRef>;
};

const dayMs = 24 * 3600 * 1000;

function daysFromToday(days: number) {
  const date = new Date(`${todayInNL()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function audit(tx: Tx, entry: { municipalityId: string; actorId: string; action: string; objectType: string; objectId: string; details?: unknown; at?: Date }) {
  const actor = await tx.user.findUnique({ where: { id: entry.actorId }, select: { email: true } });
  await tx.auditEntry.create({
    data: {
      ...(entry.at ? { at: entry.at } : {}),
      municipalityId: entry.municipalityId,
      actorId: entry.actorId,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      result: "success",
      details: JSON.stringify({ demo: true, ...((entry.details as object) ?? {}) }),
    },
  });
}

function choosePlans(current: Record<string, string>, previous: Record<string, string>) {
  const plans: { channel: string; assessmentId: string; plan: Plan }[] = [];
  const taken = new Set<string>();
  for (const [channel, plan] of preferred) {
    if (!current[channel]) continue;
    plans.push({ channel, assessmentId: current[channel], plan });
    taken.add(channel);
  }
  const missing = preferred.map(([, plan]) => plan).filter((plan) => !plans.some((entry) => entry.plan === plan));
  // The other channels take the states still missing, except the last one, which stays a draft.
  const others = Object.keys(current).filter((channel) => !taken.has(channel));
  for (const channel of others.slice(0, -1)) {
    const plan = missing.shift();
    if (!plan) break;
    plans.push({ channel, assessmentId: current[channel], plan });
  }
  // Last year's assessments first, so this year's decisions come after them in the audit trail.
  const lastYear = Object.entries(previous).map(([channel, assessmentId]) => ({ channel: `${channel}@previous`, assessmentId, plan: "decided_last_year" as Plan }));
  return [...lastYear, ...plans];
}

export async function seedDemoReviews(db: PrismaClient, params: SeedDemoReviewsParams): Promise<Record<string, AssessmentStatus>> {
  const { municipalityId, people } = params;
  let colleague = people.colleague;
  if (!colleague) {
    const other = await db.membership.findFirst({ where: { municipalityId, role: "advisor", userId: { not: people.advisor } }, select: { userId: true } });
    colleague = other?.userId;
    if (!colleague) console.warn("seedDemoReviews: no second advisor, so the communication sections stay open (four eyes).");
  }
  const actors = {
    advisor: { id: people.advisor, roles: ["advisor"] } satisfies Actor,
    privacy: { id: people.privacy, roles: ["privacy"] } satisfies Actor,
    ciso: { id: people.ciso, roles: ["ciso"] } satisfies Actor,
    admin: { id: people.admin, roles: ["admin"] } satisfies Actor,
    colleague: colleague ? ({ id: colleague, roles: ["advisor"] } satisfies Actor) : null,
  };
  const reviewerOf: Record<Section, Actor | null> = { privacy: actors.privacy, security: actors.ciso, communication: actors.colleague };

  const current: Record<string, string> = {};
  const previous: Record<string, string> = {};
  for (const [channel, ref] of Object.entries(params.assessmentsByChannel)) {
    if (typeof ref === "string") current[channel] = ref;
    else {
      current[channel] = ref.current;
      if (ref.previous) previous[channel] = ref.previous;
    }
  }

  const result: Record<string, AssessmentStatus> = {};
  for (const { channel, assessmentId, plan } of choosePlans(current, previous)) {
    const assessment = await db.assessment.findFirst({ where: { id: assessmentId, municipalityId }, include: { _count: { select: { sectionReviews: true } } } });
    if (!assessment || assessment.status !== "draft" || assessment._count.sectionReviews > 0) continue;
    const base = { municipalityId, assessmentId };
    const lastYear = plan === "decided_last_year";
    const story = lastYear ? lastYearDecision(channel.replace(/@previous$/, ""), assessment.year) : null;
    const at = lastYear ? new Date(Date.now() - 365 * dayMs) : undefined;
    const log = (tx: Tx, actor: Actor, action: string, details?: unknown, objectType = "assessment", objectId = assessmentId) =>
      audit(tx, { municipalityId, actorId: actor.id, action, objectType, objectId, details, at });

    await db.$transaction(async (tx) => {
      await submitForReview(tx, { ...base, actor: actors.advisor });
      await log(tx, actors.advisor, "review.submit");
      if (plan === "in_review") return;

      const risks = await tx.risk.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" } });
      let overdueLeft = lastYear ? 1 : 0;
      const decideSection = async (section: Section, notAccepted = false) => {
        const actor = reviewerOf[section];
        if (!actor) return false;
        for (const risk of risks.filter((candidate) => sectionOfRisk(candidate.ownerRole) === section)) {
          const refuse = notAccepted && risk.impact >= 4;
          const mitigate = !refuse && (section === "communication" || risk.likelihood * risk.impact <= 6);
          // Last year's acceptances were due for review before now: the app flags them.
          const overdue = !refuse && !mitigate && overdueLeft > 0;
          if (overdue) overdueLeft--;
          await decideRisk(tx, {
            ...base,
            riskId: risk.id,
            decision: refuse ? "not_accepted" : mitigate ? "mitigated" : "accepted",
            rationale: refuse
              ? "Het risico is te groot en niet te beperken met maatregelen die de gemeente zelf in de hand heeft."
              : mitigate
                ? ""
                : "Het risico is bekend en aanvaardbaar tot de volgende evaluatie; het blijft op de agenda.",
            riskOwner: section === "privacy" ? "Functionaris gegevensbescherming" : section === "security" ? "CISO" : "Afdelingshoofd Communicatie",
            reviewDate: overdue ? daysFromToday(-30) : daysFromToday(lastYear ? 60 : 330),
            measures: risk.measures || "Geen persoonsgegevens in berichten; reacties dagelijks modereren; elk bericht ook op de eigen website.",
            mitigationBy: "Team online communicatie",
            actor,
          });
          await log(tx, actor, "review.risk.decide", { assessmentId, title: risk.title }, "risk", risk.id);
        }
        return true;
      };
      const approve = async (section: Section, rationale: string) => {
        const actor = reviewerOf[section];
        if (!actor) return false;
        await approveSection(tx, { ...base, section, rationale, actor });
        await log(tx, actor, "review.section.approve", { section, rationale });
        return true;
      };

      if (plan === "changes_requested") {
        await decideSection("security");
        await approve("security", "Afhankelijkheid en de terugvaloptie via website, lokale radio en NL-Alert zijn beschreven; dat volstaat.");
        const message = "Geef aan welke DPIA van toepassing is en voeg een verwijzing toe als bewijs.";
        const pinned = JSON.parse(assessment.frameworkVersions) as Record<string, string>;
        const itemRef = pinned["vng-afwegingskader"] === "2025.1" ? "vng-afwegingskader:vng.law.dpia" : "";
        await requestChanges(tx, { ...base, section: "privacy", message, itemRef, actor: actors.privacy });
        await log(tx, actors.privacy, "review.section.request_changes", { section: "privacy", message });
        return;
      }

      // A channel the municipality stops or does not use: its privacy officer refused the gravest risk.
      await decideSection("privacy", story ? story.decision === "phase_out" || story.decision === "do_not_use" : plan === "decided_phase_out");
      await approve("privacy", "Verwerking, doorgifte en DPIA zijn beoordeeld; de keuzes over de risico's zijn vastgelegd.");
      await decideSection("security");
      await approve("security", "Afhankelijkheid buiten de EU en terugvalopties bij een crisis zijn beoordeeld.");
      if (!(await decideSection("communication")) || !(await approve("communication", "Doelen, doelgroepen en alternatieven zijn helder onderbouwd."))) return;
      if (plan === "approved") return;

      if (!lastYear) {
        const comment = await addComment(tx, { ...base, section: "communication", itemRef: "", parentId: "", body: "Nemen we de evaluatie op in de jaarplanning?", actor: actors.admin });
        await log(tx, actors.admin, "review.comment.add", { body: comment.body }, "comment", comment.id);
      }
      const notAccepted = await tx.risk.count({ where: { assessmentId, decision: "not_accepted" } });
      const exitAnswer = await tx.answer.findUnique({ where: { assessmentId_itemId: { assessmentId, itemId: exitDeadlineRef } }, select: { value: true } });
      const exitDeadline = exitDeadlineOf(exitAnswer?.value ? JSON.parse(exitAnswer.value) : null);
      // A phase-out ends on the end date of the channel's own exit strategy, so the two dates agree.
      const phaseOutDate = exitDeadline && exitDeadline > todayInNL() ? exitDeadline : null;
      const decision = story ? lastYearRecord(story, phaseOutDate) : thisYearRecord(plan, notAccepted, phaseOutDate ?? daysFromToday(240));
      await recordDecision(tx, { ...base, ...decision, actor: actors.advisor });
      await log(tx, actors.advisor, "review.decision.record", decision);

      if (lastYear && at) {
        // Decided a year ago: the dates say so.
        await tx.assessment.update({ where: { id: assessmentId }, data: { decidedAt: at } });
        await tx.sectionReview.updateMany({ where: { assessmentId, section: { in: [...sections] } }, data: { decidedAt: at } });
        await tx.risk.updateMany({ where: { assessmentId, decidedAt: { not: null } }, data: { decidedAt: at } });
      }
    });
    result[channel] = (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status as AssessmentStatus;
  }
  return result;
}

function lastYearRecord(story: ReturnType<typeof lastYearDecision>, exitDeadline: string | null) {
  const rationale = {
    use: "De risico's zijn aanvaard of beperkt; het kanaal past bij de doelen.",
    use_with_conditions: "Het kanaal bereikt doelgroepen die de gemeente anders mist, maar alleen met voorwaarden.",
    do_not_use: "Het risico van toegang tot gegevens vanuit China is niet aanvaard; jongeren bereiken we via het jongerenwerk, de website en de app.",
    phase_out: "Een privacyrisico is niet aanvaard. De gemeente bouwt het gebruik af en verwijst volgers naar de eigen kanalen.",
  }[story.decision];
  const phaseOutDate = story.decision === "phase_out" ? (exitDeadline ?? story.phaseOutDate ?? "") : "";
  return { decision: story.decision, conditions: story.decisionConditions ?? "", phaseOutDate, rationale };
}

function thisYearRecord(plan: Plan, notAccepted: number, phaseOutDate: string) {
  if (plan === "decided_phase_out") {
    return {
      decision: "phase_out" as const,
      conditions: "",
      phaseOutDate,
      rationale: `${notAccepted > 0 ? "Een privacyrisico is niet aanvaard. " : ""}De gemeente bouwt het gebruik af en verwijst volgers naar de eigen kanalen.`,
    };
  }
  if (plan === "decided_use") return { decision: "use" as const, conditions: "", phaseOutDate: "", rationale: "De risico's zijn aanvaard of beperkt; het kanaal past bij de doelen." };
  return {
    decision: "use_with_conditions" as const,
    conditions: "Alleen informeren; elk bericht ook op de eigen website; jaarlijks evalueren.",
    phaseOutDate: "",
    rationale: "Het kanaal bereikt doelgroepen die de gemeente anders mist, maar alleen met voorwaarden.",
  };
}
