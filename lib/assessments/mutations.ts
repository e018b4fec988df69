import type { Tx } from "@/lib/db";
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import { answerValueSchema } from "@/lib/frameworks/answer-value-schema";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { answeredBy, findPinnedItem, findStep, itemsOfStep, sharedWith } from "@/lib/assessments/steps";
import type { FactsInForce } from "@/lib/catalogue/facts";
import { listFactOverridesTx } from "@/lib/catalogue/mutations";
import { factKeys, type ChannelKind } from "@/lib/catalogue/schema";
import { customPrefix, resolveChannel, type ResolvedChannel } from "@/lib/assessments/channel";
import { getChannel, latestCatalogueVersion } from "@/lib/catalogue/load";
import { todayInNL } from "@/lib/catalogue/schema";
import { ActionError } from "@/lib/validation/action-error";
import { fieldErrorsFrom } from "@/lib/validation/errors";
import { editableStatuses } from "@/lib/assessments/schema";
import type { ProposedRisk } from "@/lib/assessments/proposals";
import { carryAnswers } from "@/lib/assessments/next-year";

export async function createAssessment(
  tx: Tx,
  params: {
    municipalityId: string;
    channelId: string;
    year: number;
    userId: string;
    facts: FactsInForce | null;
    carryForward: boolean;
    /** The municipality hosts the channel itself: the hosting questions are pinned too. */
    selfHosted?: boolean;
  },
) {
  const existing = await tx.assessment.findUnique({
    where: { municipalityId_channelId_year: { municipalityId: params.municipalityId, channelId: params.channelId, year: params.year } },
  });
  if (existing) throw new ActionError("invalid", "assessment_exists", { channelId: "assessment_exists" }, { assessmentId: existing.id });

  const previous = params.carryForward
    ? await tx.assessment.findFirst({
        where: { municipalityId: params.municipalityId, channelId: params.channelId, year: { lt: params.year } },
        orderBy: { year: "desc" },
        include: { answers: true },
      })
    : null;
  const frameworkVersions = currentVersions({ selfHosted: params.selfHosted ?? false });
  const assessment = await tx.assessment.create({
    data: {
      municipalityId: params.municipalityId,
      channelId: params.channelId,
      year: params.year,
      frameworkVersions: JSON.stringify(frameworkVersions),
      catalogueVersion: latestCatalogueVersion(),
      factsUsed: JSON.stringify(params.facts ?? {}),
      previousAssessmentId: previous?.id ?? null,
      createdById: params.userId,
    },
  });
  let carriedCount = 0;
  if (previous) {
    const carried = carryAnswers(JSON.parse(previous.frameworkVersions), frameworkVersions, previous.answers);
    for (const { itemRef, answer } of carried) {
      await tx.answer.create({
        data: {
          assessmentId: assessment.id,
          itemId: itemRef,
          value: answer.value,
          rationale: answer.rationale,
          evidence: answer.evidence,
          carriedFrom: answer.id,
          updatedById: params.userId,
        },
      });
    }
    carriedCount = carried.length;
  }
  return { assessment, carriedCount, previousId: previous?.id ?? null };
}

export type SaveAnswerParams = {
  assessmentId: string;
  itemRef: string;
  value: unknown;
  rationale: string;
  evidence: string;
  expectedVersion: number;
  userId: string;
};

export type AnswerConflict = {
  current: { value: AnswerValue | null; rationale: string; evidence: string; version: number; updatedBy: string | null; updatedAt: string };
};

/**
 * Saves one answer against the version the person started from. A stale version (another tab
 * or colleague saved in between) is refused with the stored answer, so nothing typed is lost.
 * A channel is no alternative or fallback for itself.
 */
export async function saveAnswer(
  tx: Tx,
  assessment: { id: string; channelId: string; frameworkVersions: string; status: string; reviewRound: number },
  params: SaveAnswerParams,
) {
  if (!(editableStatuses as readonly string[]).includes(assessment.status)) {
    throw new ActionError("not_allowed_in_state", `status_${assessment.status}`);
  }
  const frameworks = pinnedFrameworks(assessment.frameworkVersions);
  const pinned = findPinnedItem(frameworks, params.itemRef);
  if (!pinned) throw new ActionError("not_found", "unknown_item");
  const { item } = pinned;
  // One answer per question: a question another one answers (sameAs) is saved there, never apart.
  if (answeredBy(frameworks, item)) throw new ActionError("invalid", "answered_elsewhere");

  const parsedValue = answerValueSchema(item).safeParse(params.value);
  if (!parsedValue.success) {
    const errors = fieldErrorsFrom(parsedValue.error);
    throw new ActionError("invalid", "invalid_value", { value: Object.values(errors)[0] ?? "invalid" });
  }
  const value = parsedValue.data;
  if (item.answerType === "date" && item.future && typeof value === "string" && value <= todayInNL()) {
    throw new ActionError("invalid", "date_not_future", { value: "past_date" });
  }
  if (item.answerType === "channels" && Array.isArray(value) && value.includes(assessment.channelId)) {
    throw new ActionError("invalid", "own_channel", { value: "own_channel" });
  }
  // A required rationale may follow later: the choice is kept meanwhile, and the question does
  // not count as answered until the rationale is there (progress.ts isAnswered).

  const stored = await tx.answer.findUnique({ where: { assessmentId_itemId: { assessmentId: assessment.id, itemId: params.itemRef } } });
  const newValue = JSON.stringify(value);
  if ((stored?.version ?? 0) !== params.expectedVersion) {
    const updatedBy = stored ? await tx.user.findUnique({ where: { id: stored.updatedById }, select: { name: true } }) : null;
    const conflict: AnswerConflict = {
      current: {
        value: stored?.value ? (JSON.parse(stored.value) as AnswerValue) : null,
        rationale: stored?.rationale ?? "",
        evidence: stored?.evidence ?? "",
        version: stored?.version ?? 0,
        updatedBy: updatedBy?.name ?? null,
        updatedAt: stored?.updatedAt.toISOString() ?? "",
      },
    };
    throw new ActionError("conflict", "stale_version", undefined, conflict);
  }
  if (stored && stored.value === newValue && stored.rationale === params.rationale && stored.evidence === params.evidence) {
    return { answer: stored, changed: false };
  }

  const written = { value: newValue, rationale: params.rationale, evidence: params.evidence };
  const answer = await writeAnswer(tx, assessment, params.itemRef, stored, written, params.userId);
  // The questions that share this answer record it too, so the snapshot, the PDF, the reviews,
  // scoring and next year's carry-over show every framework complete without knowing of sharing.
  const shared: string[] = [];
  for (const { ref } of sharedWith(frameworks, params.itemRef)) {
    const copy = await tx.answer.findUnique({ where: { assessmentId_itemId: { assessmentId: assessment.id, itemId: ref } } });
    if (copy && copy.value === newValue && copy.rationale === written.rationale && copy.evidence === written.evidence) continue;
    await writeAnswer(tx, assessment, ref, copy, written, params.userId);
    shared.push(ref);
  }
  await tx.assessment.update({ where: { id: assessment.id }, data: { version: { increment: 1 } } });
  return { answer, changed: true, shared, previous: stored ? { value: stored.value, rationale: stored.rationale } : null, item };
}

type StoredAnswerRow = { id: string; value: string | null; rationale: string };

/** Writes one answer with its revision; the caller moves the assessment's version once. */
async function writeAnswer(
  tx: Tx,
  assessment: { id: string; reviewRound: number },
  itemRef: string,
  stored: StoredAnswerRow | null,
  written: { value: string; rationale: string; evidence: string },
  userId: string,
) {
  const answer = stored
    ? await tx.answer.update({ where: { id: stored.id }, data: { ...written, version: { increment: 1 }, updatedById: userId } })
    : await tx.answer.create({ data: { assessmentId: assessment.id, itemId: itemRef, ...written, updatedById: userId } });
  await tx.answerRevision.create({
    data: {
      assessmentId: assessment.id,
      itemId: itemRef,
      oldValue: stored?.value ?? null,
      newValue: written.value,
      oldRationale: stored?.rationale ?? "",
      newRationale: written.rationale,
      changedById: userId,
      reviewRound: assessment.reviewRound,
    },
  });
  return answer;
}

/**
 * Next year's assessment: confirms in one go every answer of a wizard step that was carried over
 * from last year and that no one has changed or confirmed this year (version 1, as carried).
 * Each is recorded as a person confirming it would be: the answer's version and last editor move
 * to this person, and a revision with the same old and new value says they looked at it (so the
 * four-eyes rule counts it as their work). Questions with nothing carried are left open.
 */
export async function confirmStepUnchanged(
  tx: Tx,
  assessment: { id: string; frameworkVersions: string; status: string; reviewRound: number },
  params: { stepId: string; userId: string },
) {
  if (!(editableStatuses as readonly string[]).includes(assessment.status)) {
    throw new ActionError("not_allowed_in_state", `status_${assessment.status}`);
  }
  const step = findStep(params.stepId);
  if (!step || step.kind !== "questions") throw new ActionError("not_found", "unknown_step");
  const refs = itemsOfStep(step, pinnedFrameworks(assessment.frameworkVersions)).map(({ ref }) => ref);
  const carried = await tx.answer.findMany({ where: { assessmentId: assessment.id, itemId: { in: refs }, carriedFrom: { not: null }, version: 1 } });
  const order = new Map(refs.map((ref, index) => [ref, index]));
  carried.sort((a, b) => order.get(a.itemId)! - order.get(b.itemId)!);
  for (const answer of carried) {
    await tx.answer.update({ where: { id: answer.id }, data: { version: { increment: 1 }, updatedById: params.userId } });
    await tx.answerRevision.create({
      data: {
        assessmentId: assessment.id,
        itemId: answer.itemId,
        oldValue: answer.value,
        newValue: answer.value,
        oldRationale: answer.rationale,
        newRationale: answer.rationale,
        changedById: params.userId,
        reviewRound: assessment.reviewRound,
      },
    });
  }
  if (carried.length) await tx.assessment.update({ where: { id: assessment.id }, data: { version: { increment: 1 } } });
  return { confirmed: carried.map((answer) => answer.itemId) };
}

export type RiskParams = {
  riskId?: string;
  familyId?: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  measures: string;
  ownerRole: string;
  expectedVersion: number;
  userId: string;
};

export async function upsertRisk(tx: Tx, assessment: { id: string; status: string }, params: RiskParams) {
  if (!(editableStatuses as readonly string[]).includes(assessment.status)) {
    throw new ActionError("not_allowed_in_state", `status_${assessment.status}`);
  }
  const data = {
    familyId: params.familyId || null,
    title: params.title,
    description: params.description,
    likelihood: params.likelihood,
    impact: params.impact,
    measures: params.measures,
    ownerRole: params.ownerRole,
  };
  if (!params.riskId) {
    return tx.risk.create({ data: { ...data, assessmentId: assessment.id, createdById: params.userId } });
  }
  // A changed risk needs a fresh decision: the earlier acceptance was about other facts.
  const updated = await tx.risk.updateMany({
    where: { id: params.riskId, assessmentId: assessment.id, version: params.expectedVersion },
    data: { ...data, version: { increment: 1 }, decision: null, decisionRationale: null, decidedById: null, decidedAt: null },
  });
  if (updated.count === 0) {
    const exists = await tx.risk.findFirst({ where: { id: params.riskId, assessmentId: assessment.id } });
    throw exists ? new ActionError("conflict", "stale_version") : new ActionError("not_found", "unknown_risk");
  }
  return tx.risk.findUniqueOrThrow({ where: { id: params.riskId } });
}

export async function deleteRisk(tx: Tx, assessment: { id: string; status: string }, riskId: string) {
  if (!(editableStatuses as readonly string[]).includes(assessment.status)) {
    throw new ActionError("not_allowed_in_state", `status_${assessment.status}`);
  }
  const removed = await tx.risk.deleteMany({ where: { id: riskId, assessmentId: assessment.id } });
  if (removed.count === 0) throw new ActionError("not_found", "unknown_risk");
}

/**
 * Records the risks the facts propose, undecided, for the family's owning role to decide. A family
 * the assessment already has a risk for (proposed earlier or added by hand) is not proposed again.
 * Titles are Dutch, the language of the policy document; the person deciding may reword them.
 */
export async function proposeRisks(tx: Tx, assessment: { id: string }, proposals: readonly ProposedRisk[], userId: string) {
  if (proposals.length === 0) return [];
  const present = await tx.risk.findMany({ where: { assessmentId: assessment.id, familyId: { not: null } }, select: { familyId: true } });
  const taken = new Set(present.map((risk) => risk.familyId));
  const created: { id: string; familyId: string; ownerRole: string }[] = [];
  for (const { family, basis } of proposals) {
    if (taken.has(family.id)) continue;
    const risk = await tx.risk.create({
      data: {
        assessmentId: assessment.id,
        familyId: family.id,
        title: family.title.nl,
        description: family.description.nl,
        likelihood: family.proposal.likelihood,
        impact: family.proposal.impact,
        ownerRole: family.owner,
        proposedFrom: JSON.stringify(basis),
        createdById: userId,
      },
    });
    taken.add(family.id);
    created.push({ id: risk.id, familyId: family.id, ownerRole: risk.ownerRole });
  }
  return created;
}

/**
 * The lock the actions on one assessment take first (tenantAction's `lock`): saves, risks and
 * reviews of the same assessment take turns, since each of them moves its version. Such an action
 * runs at READ COMMITTED on PostgreSQL, so it may only rely on what it reads of this assessment;
 * one that also depends on another record (reopening a decision: the year's policy) goes without.
 */
export const assessmentLock = (data: { assessmentId: string }) => ({ table: "Assessment" as const, id: data.assessmentId });

/** The assessment of this municipality, or not_found: the municipality is part of the lookup. */
export async function findAssessmentTx(tx: Tx, municipalityId: string, assessmentId: string) {
  const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, municipalityId } });
  if (!assessment) throw new ActionError("not_found", "unknown_assessment");
  return assessment;
}

/** The owner role and title of a risk of this assessment, to know which sections a change touches. */
export async function findRiskTx(tx: Tx, assessmentId: string, riskId: string) {
  return tx.risk.findFirst({ where: { id: riskId, assessmentId }, select: { ownerRole: true, title: true } });
}

/** A channel with the facts in force for this municipality today: catalogue or own channel, with its overrides. */
export async function channelInForceTx(tx: Tx, municipalityId: string, channelId: string): Promise<ResolvedChannel | undefined> {
  const [customChannels, overrides] = await Promise.all([
    tx.customChannel.findMany({ where: { municipalityId } }),
    listFactOverridesTx(tx, municipalityId, channelId),
  ]);
  return resolveChannel(channelId, undefined, customChannels, overrides);
}

/**
 * A channel the municipality adds itself; assessments name it `custom:<id>`. With a catalogue
 * type it inherits that channel's facts; a channel the municipality hosts itself names its server.
 */
export async function createCustomChannel(
  tx: Tx,
  municipalityId: string,
  params: { name: string; kind: ChannelKind; baseChannelId?: string | null; selfHosted?: boolean; host?: string | null },
): Promise<string> {
  const base = params.baseChannelId ? getChannel(params.baseChannelId) : undefined;
  if (params.baseChannelId && !base) throw new ActionError("invalid", "unknown_channel", { customBase: "invalid_value" });
  const selfHosted = params.selfHosted ?? false;
  const custom = await tx.customChannel.create({
    data: {
      municipalityId,
      name: params.name,
      kind: params.kind,
      // A server the municipality runs is digital whatever its kind; otherwise an own channel is taken to be physical.
      digital: base ? base.digital : selfHosted || params.kind !== "own-channel",
      baseChannelId: base?.id ?? null,
      selfHosted,
      host: selfHosted ? params.host || null : null,
    },
  });
  return `${customPrefix}${custom.id}`;
}

/**
 * The assessment takes the facts in force today as its own (and the latest catalogue version).
 * Returns the facts before and after and the keys whose value changed.
 */
export async function acknowledgeFacts(tx: Tx, assessment: { id: string; municipalityId: string; channelId: string; factsUsed: string }) {
  const channel = await channelInForceTx(tx, assessment.municipalityId, assessment.channelId);
  if (!channel) throw new ActionError("not_found", "unknown_channel");
  await tx.assessment.update({
    where: { id: assessment.id },
    data: { factsUsed: JSON.stringify(channel.facts), catalogueVersion: latestCatalogueVersion(), version: { increment: 1 } },
  });
  const previous = JSON.parse(assessment.factsUsed) as Partial<FactsInForce>;
  const changedKeys = Object.keys(previous).length ? factKeys.filter((key) => previous[key]?.value !== channel.facts[key].value) : [];
  return { previous, current: channel.facts, changedKeys, channel };
}
