/**
 * Writes of policy versions. Each takes a transaction client and explicit parameters, so actions,
 * seeds and tests share them. An adopted version is frozen: every write here checks the state
 * first and refuses with a clear reason; the database triggers of the migration
 * `append_only_guards` are the last line of defence behind these checks.
 */
import type { Tx } from "@/lib/db";
import { createAssessment, proposeRisks } from "@/lib/assessments/mutations";
import { proposedRisks } from "@/lib/assessments/proposals";
import { resolveChannel } from "@/lib/assessments/channel";
import { endDateMismatch, exitDeadlineOf, exitDeadlineRef } from "@/lib/assessments/end-dates";
import { overrideFromRow } from "@/lib/catalogue/mutations";
import { todayInNL } from "@/lib/catalogue/schema";
import { isCalendarDate } from "@/lib/validation/date";
import { ActionError } from "@/lib/validation/action-error";
import { isDecision, isRiskDecision, riskConflict } from "@/lib/reviews/transitions";
import { gatherPolicy } from "@/lib/policy/gather";
import { freezeSnapshot, readSnapshot } from "@/lib/policy/snapshot";
import type { PolicySnapshot } from "@/lib/policy/schema";

/* ------------------------------------------------------------------------------------------ */
/* What still has to happen before a version can be adopted                                     */
/* ------------------------------------------------------------------------------------------ */

export type OpenItem =
  | { kind: "no_assessments" }
  | { kind: "no_summary" }
  | { kind: "no_evaluation_date" }
  | { kind: "assessment_status"; assessmentId: string; channelId: string; status: string }
  | { kind: "review_open"; assessmentId: string; channelId: string; section: string; status: string }
  | { kind: "no_decision"; assessmentId: string; channelId: string }
  | { kind: "risk_undecided"; assessmentId: string; channelId: string; risk: string }
  | { kind: "risk_not_accepted"; assessmentId: string; channelId: string; risk: string }
  | { kind: "end_dates_differ"; assessmentId: string; channelId: string; decided: string; exitDeadline: string };

export type ReadinessAssessment = {
  id: string;
  channelId: string;
  status: string;
  decision: string | null;
  sectionReviews: { section: string; status: string }[];
  risks: { title: string; decision: string | null }[];
  phaseOutDate?: string | null;
  /** The end date in the channel's exit strategy (lib/assessments/end-dates.ts). */
  exitDeadline?: string | null;
};

const settledStatuses = new Set(["approved", "decided"]);

/**
 * Everything that stands between a draft and adoption: assessments still in review, review
 * sections not approved, channels without a decision, risks nobody decided on, a phase-out date
 * that differs from the exit strategy's, and the parts the advisor writes (summary, evaluation
 * date). A refused risk is open only when the recorded decision conflicts with it by the same rule that
 * records decisions (riskConflict): a decision the app accepted never blocks adoption.
 */
export function findOpenItems(input: { assessments: readonly ReadinessAssessment[]; summary: string; evaluationDate: string | null }): OpenItem[] {
  const open: OpenItem[] = [];
  if (input.assessments.length === 0) open.push({ kind: "no_assessments" });
  if (!input.summary.trim()) open.push({ kind: "no_summary" });
  if (!input.evaluationDate) open.push({ kind: "no_evaluation_date" });
  for (const assessment of input.assessments) {
    const base = { assessmentId: assessment.id, channelId: assessment.channelId };
    if (!settledStatuses.has(assessment.status)) open.push({ kind: "assessment_status", ...base, status: assessment.status });
    for (const review of assessment.sectionReviews) {
      if (review.status !== "approved") open.push({ kind: "review_open", ...base, section: review.section, status: review.status });
    }
    if (!assessment.decision) open.push({ kind: "no_decision", ...base });
    const mismatch = endDateMismatch({ decision: assessment.decision, phaseOutDate: assessment.phaseOutDate ?? null }, assessment.exitDeadline ?? null);
    if (mismatch) open.push({ kind: "end_dates_differ", ...base, ...mismatch });
    const decision = assessment.decision && isDecision(assessment.decision) ? assessment.decision : null;
    for (const risk of assessment.risks) {
      if (!risk.decision) open.push({ kind: "risk_undecided", ...base, risk: risk.title });
      else if (decision && isRiskDecision(risk.decision) && riskConflict(decision, [risk.decision]) === "risk_not_accepted") {
        open.push({ kind: "risk_not_accepted", ...base, risk: risk.title });
      }
    }
  }
  return open;
}

export async function loadOpenItems(tx: Tx, params: { municipalityId: string; year: number; summary: string; evaluationDate: string | null }) {
  const assessments = await tx.assessment.findMany({
    where: { municipalityId: params.municipalityId, year: params.year },
    orderBy: { channelId: "asc" },
    select: {
      id: true,
      channelId: true,
      status: true,
      decision: true,
      sectionReviews: { select: { section: true, status: true }, orderBy: { section: "asc" } },
      risks: { select: { title: true, decision: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      phaseOutDate: true,
      answers: { where: { itemId: exitDeadlineRef }, select: { value: true } },
    },
  });
  return findOpenItems({
    assessments: assessments.map(({ answers, ...assessment }) => ({ ...assessment, exitDeadline: exitDeadlineOf(answers[0]?.value ? JSON.parse(answers[0].value) : null) })),
    summary: params.summary,
    evaluationDate: params.evaluationDate,
  });
}

/* ------------------------------------------------------------------------------------------ */
/* Versions                                                                                     */
/* ------------------------------------------------------------------------------------------ */

async function findVersion(tx: Tx, municipalityId: string, year: number) {
  const version = await tx.policyVersion.findUnique({ where: { municipalityId_year: { municipalityId, year } } });
  if (!version) throw new ActionError("not_found", "unknown_policy_version");
  return version;
}

/**
 * True for the error the database raises when something tries to change or delete an adopted
 * version (trigger PolicyVersion_frozen_*). On SQLite the driver adapter reports it as a
 * foreign-key violation (P2003) and keeps the trigger's message only in its metadata; on
 * PostgreSQL Prisma passes the adapter's own error on, the message in its cause.
 */
export function isFrozenByDatabase(error: unknown): boolean {
  type Cause = { originalMessage?: unknown };
  const candidate = error as { meta?: { driverAdapterError?: { cause?: Cause } }; cause?: Cause } | null;
  const messages = [candidate?.meta?.driverAdapterError?.cause?.originalMessage, candidate?.cause?.originalMessage];
  return messages.some((message) => typeof message === "string" && message.includes("adopted policy versions are frozen"));
}

const frozen = () => new ActionError("not_allowed_in_state", "policy_frozen", undefined, { reason: "policy_frozen" });

/** The latest adopted version before `year`: the base of "changes since last year". */
export async function previousAdopted(tx: Tx, municipalityId: string, year: number) {
  const row = await tx.policyVersion.findFirst({
    where: { municipalityId, status: "adopted", year: { lt: year } },
    orderBy: { year: "desc" },
  });
  if (!row?.snapshotJson) return null;
  return { id: row.id, year: row.year, hash: row.snapshotHash, snapshot: readSnapshot(row.snapshotJson, row.snapshotHash) };
}

/** A new draft for a year; the introduction and summary start from the last adopted version. */
export async function createDraft(tx: Tx, params: { municipalityId: string; year: number }) {
  const existing = await tx.policyVersion.findUnique({ where: { municipalityId_year: { municipalityId: params.municipalityId, year: params.year } } });
  if (existing) throw new ActionError("not_allowed_in_state", "policy_exists", undefined, { reason: "policy_exists", year: params.year });
  const previous = await tx.policyVersion.findFirst({
    where: { municipalityId: params.municipalityId, status: "adopted", year: { lt: params.year } },
    orderBy: { year: "desc" },
  });
  return tx.policyVersion.create({
    data: {
      municipalityId: params.municipalityId,
      year: params.year,
      status: "draft",
      introduction: previous?.introduction ?? "",
      summary: previous?.summary ?? "",
      previousVersionId: previous?.id ?? null,
    },
  });
}

/**
 * Next year's version: a draft copied from the adopted one, and for every channel in the adopted
 * document a new assessment that carries last year's answers forward (through each framework's
 * id mapping). Channels already assessed for the new year keep their assessment.
 */
export async function startNextYear(tx: Tx, params: { municipalityId: string; fromYear: number; userId: string }) {
  const from = await findVersion(tx, params.municipalityId, params.fromYear);
  if (from.status !== "adopted" || !from.snapshotJson) {
    throw new ActionError("not_allowed_in_state", "not_adopted", undefined, { reason: "not_adopted" });
  }
  const snapshot = readSnapshot(from.snapshotJson, from.snapshotHash);
  const draft = await createDraft(tx, { municipalityId: params.municipalityId, year: params.fromYear + 1 });
  const [customChannels, overrideRows, existing] = await Promise.all([
    tx.customChannel.findMany({ where: { municipalityId: params.municipalityId } }),
    tx.factOverride.findMany({ where: { municipalityId: params.municipalityId, active: true }, orderBy: { createdAt: "asc" } }),
    tx.assessment.findMany({ where: { municipalityId: params.municipalityId, year: draft.year }, select: { channelId: true } }),
  ]);
  const overrides = overrideRows.map(overrideFromRow);
  const assessed = new Set(existing.map((row) => row.channelId));
  const started: { channelId: string; assessmentId: string; carried: number; proposedRisks: number }[] = [];
  for (const channel of snapshot.channels) {
    if (assessed.has(channel.channelId)) continue;
    const resolved = resolveChannel(channel.channelId, undefined, customChannels, overrides);
    if (!resolved) continue;
    const result = await createAssessment(tx, {
      municipalityId: params.municipalityId,
      channelId: channel.channelId,
      year: draft.year,
      userId: params.userId,
      facts: resolved.facts,
      carryForward: true,
      selfHosted: resolved.selfHosted,
    });
    // Risks do not carry over; what the facts show is proposed afresh, as at any start.
    const proposed = await proposeRisks(tx, result.assessment, proposedRisks(resolved), params.userId);
    started.push({ channelId: channel.channelId, assessmentId: result.assessment.id, carried: result.carriedCount, proposedRisks: proposed.length });
  }
  return { draft, started };
}

export async function updateDraft(
  tx: Tx,
  params: { municipalityId: string; year: number; introduction: string; summary: string; evaluationDate: string | null; expectedVersion: number },
) {
  const version = await findVersion(tx, params.municipalityId, params.year);
  if (version.status !== "draft") throw frozen();
  if (params.evaluationDate && !isCalendarDate(params.evaluationDate)) throw new ActionError("invalid", "invalid_date", { evaluationDate: "invalid_date" });
  const updated = await tx.policyVersion.updateMany({
    where: { id: version.id, status: "draft", version: params.expectedVersion },
    data: { introduction: params.introduction, summary: params.summary, evaluationDate: params.evaluationDate, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ActionError("conflict", "stale_version");
  return tx.policyVersion.findUniqueOrThrow({ where: { id: version.id } });
}

/**
 * Adopts a draft: refuses while anything is open, then gathers the document once more and
 * freezes it as canonical JSON with its SHA-256. From here on the row cannot change, except
 * its publication date.
 */
export async function adoptVersion(
  tx: Tx,
  params: {
    municipalityId: string;
    year: number;
    councilDecisionDate: string;
    councilDecisionRef: string;
    expectedVersion: number;
    user: { id: string; name: string };
    now: Date;
  },
) {
  const version = await findVersion(tx, params.municipalityId, params.year);
  if (version.status !== "draft") throw frozen();
  if (version.version !== params.expectedVersion) throw new ActionError("conflict", "stale_version");
  if (!isCalendarDate(params.councilDecisionDate)) throw new ActionError("invalid", "invalid_date", { councilDecisionDate: "invalid_date" });
  const today = todayInNL(params.now);
  if (params.councilDecisionDate > today) throw new ActionError("invalid", "future_date", { councilDecisionDate: "future_date" });

  const open = await loadOpenItems(tx, { municipalityId: params.municipalityId, year: params.year, summary: version.summary, evaluationDate: version.evaluationDate });
  if (open.length) throw new ActionError("not_allowed_in_state", "open_items", undefined, { reason: "open_items", openItems: open });

  const previous = await previousAdopted(tx, params.municipalityId, params.year);
  const adoptedAt = params.now;
  const snapshot = await gatherPolicy(tx, params.municipalityId, {
    year: params.year,
    introduction: version.introduction,
    summary: version.summary,
    evaluationDate: version.evaluationDate,
    today,
    adoption: {
      councilDecisionDate: params.councilDecisionDate,
      councilDecisionRef: params.councilDecisionRef,
      adoptedAt: adoptedAt.toISOString(),
      adoptedBy: params.user.name,
    },
    previous,
  });
  const { json, hash } = freezeSnapshot(snapshot);
  const updated = await tx.policyVersion.updateMany({
    where: { id: version.id, status: "draft", version: params.expectedVersion },
    data: {
      status: "adopted",
      councilDecisionDate: params.councilDecisionDate,
      councilDecisionRef: params.councilDecisionRef,
      adoptedById: params.user.id,
      adoptedAt,
      previousVersionId: previous?.id ?? version.previousVersionId,
      snapshotJson: json,
      snapshotHash: hash,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new ActionError("conflict", "stale_version");
  return { id: version.id, hash, channels: snapshot.channels.length };
}

/** Publishes an adopted version: its PDF, JSON and web page become public. */
export async function publishVersion(tx: Tx, params: { municipalityId: string; year: number; now: Date }) {
  const version = await findVersion(tx, params.municipalityId, params.year);
  if (version.status !== "adopted") throw new ActionError("not_allowed_in_state", "not_adopted", undefined, { reason: "not_adopted" });
  if (version.publishedAt) return { id: version.id, publishedAt: version.publishedAt, changed: false };
  await tx.policyVersion.updateMany({ where: { id: version.id, status: "adopted", publishedAt: null }, data: { publishedAt: params.now } });
  return { id: version.id, publishedAt: params.now, changed: true };
}

/**
 * Withdraws the publication of a version: its public PDF, JSON and page answer 404 again. The
 * version itself stays adopted and frozen (the database trigger allows only the publication date
 * to change) and can be published again.
 */
export async function unpublishVersion(tx: Tx, params: { municipalityId: string; year: number }) {
  const version = await findVersion(tx, params.municipalityId, params.year);
  if (!version.publishedAt) return { id: version.id, publishedAt: null, changed: false };
  await tx.policyVersion.updateMany({ where: { id: version.id }, data: { publishedAt: null } });
  return { id: version.id, publishedAt: version.publishedAt, changed: true };
}

/**
 * A policy version from a file arrives as a draft of this municipality: its texts (introduction,
 * summary, evaluation date), with last year's adopted version as its predecessor like any draft.
 * An adoption in the file was another council's (or an earlier one's) and is never this
 * municipality's: it is returned as history for the audit entry of the import, and the draft's
 * document is gathered from this municipality's own assessments until it adopts it itself.
 */
export async function insertImportedVersion(
  tx: Tx,
  params: {
    municipalityId: string;
    source: { municipality: string; exportedAt: string };
    policy: {
      year: number;
      status: "draft" | "adopted";
      introduction: string;
      summary: string;
      evaluationDate: string | null;
      councilDecisionDate: string | null;
      councilDecisionRef: string | null;
      adoptedAt: string | null;
      snapshotHash: string | null;
    };
  },
) {
  const { policy } = params;
  const existing = await tx.policyVersion.findUnique({ where: { municipalityId_year: { municipalityId: params.municipalityId, year: policy.year } } });
  if (existing) {
    throw new ActionError("invalid", "import_invalid", undefined, { reason: "import_invalid", problems: [{ code: "policyExists", params: { year: policy.year } }] });
  }
  const draft = await createDraft(tx, { municipalityId: params.municipalityId, year: policy.year });
  const version = await tx.policyVersion.update({
    where: { id: draft.id },
    data: { introduction: policy.introduction, summary: policy.summary, evaluationDate: policy.evaluationDate },
  });
  const history = {
    source: params.source.municipality,
    exportedAt: params.source.exportedAt,
    status: policy.status,
    adoption:
      policy.status === "adopted"
        ? { adoptedAt: policy.adoptedAt, councilDecisionDate: policy.councilDecisionDate, councilDecisionRef: policy.councilDecisionRef, snapshotHash: policy.snapshotHash }
        : null,
  };
  return { version, history };
}

/**
 * Deletes a record that came in through an import: an assessment (with its answers, risks and
 * reviews) or a draft policy version. What counts as imported is what the append-only audit trail
 * says was imported in this municipality, so no other record can be removed this way. An adopted
 * version stays: adoption froze it.
 */
export async function deleteImported(tx: Tx, params: { municipalityId: string; objectId: string }) {
  const entry = await tx.auditEntry.findFirst({
    where: { municipalityId: params.municipalityId, action: "policy.import", result: "success", objectId: params.objectId },
    select: { at: true, details: true },
  });
  if (!entry) throw new ActionError("not_found", "not_imported");
  const kind = (JSON.parse(entry.details ?? "{}") as { kind?: string }).kind;
  const importedAt = entry.at.toISOString();
  if (kind === "assessment") {
    const assessment = await tx.assessment.findFirst({ where: { id: params.objectId, municipalityId: params.municipalityId }, select: { channelId: true, year: true, status: true } });
    if (!assessment) throw new ActionError("not_found", "already_deleted");
    await tx.assessment.delete({ where: { id: params.objectId } });
    return { kind, importedAt, ...assessment };
  }
  const version = await tx.policyVersion.findFirst({ where: { id: params.objectId, municipalityId: params.municipalityId }, select: { year: true, status: true } });
  if (!version) throw new ActionError("not_found", "already_deleted");
  if (version.status === "adopted") throw new ActionError("not_allowed_in_state", "policy_frozen", undefined, { reason: "policy_frozen" });
  await tx.policyVersion.delete({ where: { id: params.objectId } });
  return { kind: "policy" as const, importedAt, ...version };
}
