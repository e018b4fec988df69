import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { allItems, findPinnedItem } from "@/lib/assessments/steps";
import type { FactKey } from "@/lib/catalogue/schema";
import { loadFrameworks } from "@/lib/frameworks/load";
import type { OwnerRole } from "@/lib/frameworks/schema";
import {
  sectionOfItem,
  sectionOfRisk,
  sectionOwnersFromSettings,
  sections,
  sectionsForFacts,
  toSetting,
  type Section,
  type SectionOwners,
} from "@/lib/reviews/sections";
import { isAssessmentStatus, isSectionStatus, sectionStatusAfterChange, statusFromSections, type AssessmentStatus, type SectionStatus } from "@/lib/reviews/transitions";
import { ActionError } from "@/lib/validation/action-error";

/**
 * The stored state of each section's review: reading and creating its rows, keeping the
 * assessment's status in step with them, reopening approved sections when something they cover
 * changes, and who reviews which section. Shared by the review workflow (mutations.ts) and by the
 * assessment's own saves, which reopen what they touch.
 */

export type Actor = { id: string; roles: readonly Role[] };

export type AssessmentRow = {
  id: string;
  municipalityId: string;
  status: string;
  reviewRound: number;
  frameworkVersions: string;
  createdById: string;
};

export function statusOf(assessment: { status: string }): AssessmentStatus {
  if (!isAssessmentStatus(assessment.status)) throw new Error(`Unknown assessment status ${assessment.status}`);
  return assessment.status;
}

export async function sectionOwnersTx(tx: Tx, municipalityId: string): Promise<SectionOwners> {
  const municipality = await tx.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true } });
  return sectionOwnersFromSettings(municipality?.settings);
}

/** The question refs of one section, in the framework versions the assessment pinned. */
export function itemsOfSection(frameworkVersions: string, section: Section, owners: SectionOwners): string[] {
  return allItems(pinnedFrameworks(frameworkVersions))
    .filter(({ ref, item }) => sectionOfItem(ref, item.owner, owners) === section)
    .map(({ ref }) => ref);
}

export async function sectionRows(tx: Tx, assessmentId: string) {
  const rows = await tx.sectionReview.findMany({ where: { assessmentId } });
  return new Map(rows.map((row) => [row.section as Section, row]));
}

/** The row of a section under review; created when an older submission predates it. */
export async function ensureSectionRow(tx: Tx, assessment: AssessmentRow, section: Section, row: { id: string } | undefined) {
  if (row) return row.id;
  const created = await tx.sectionReview.create({ data: { assessmentId: assessment.id, section, status: "open", round: assessment.reviewRound } });
  return created.id;
}

export function sectionStatusOf(row: { status: string } | undefined): SectionStatus {
  return row && isSectionStatus(row.status) ? row.status : "open";
}

/** After a section changed, the assessment's status follows its sections (never for a draft or a decided one). */
export async function syncAssessmentStatus(tx: Tx, assessment: AssessmentRow, extra: { reviewRound?: number } = {}) {
  const rows = await sectionRows(tx, assessment.id);
  const from = statusOf(assessment);
  const to = from === "draft" || from === "decided" ? from : statusFromSections(sections.map((section) => sectionStatusOf(rows.get(section))));
  await tx.assessment.update({ where: { id: assessment.id }, data: { status: to, version: { increment: 1 }, ...extra } });
  return { from, to };
}

/* ------------------------------------------------------------------------------------------ */
/* Re-approval on change                                                                       */
/* ------------------------------------------------------------------------------------------ */

/**
 * Marks approved sections "needs re-approval" and starts their new round at the assessment's
 * current round, so the change that reopened them counts for four eyes. Other sections stay as
 * they are. Returns the sections it reopened.
 */
export async function reopenSections(tx: Tx, assessment: AssessmentRow, toReopen: readonly Section[]) {
  if (toReopen.length === 0) return [];
  const rows = await sectionRows(tx, assessment.id);
  const reopened: Section[] = [];
  for (const section of toReopen) {
    const row = rows.get(section);
    if (!row) continue;
    const next = sectionStatusAfterChange(sectionStatusOf(row));
    if (next === row.status) continue;
    await tx.sectionReview.update({ where: { id: row.id }, data: { status: next, round: assessment.reviewRound } });
    reopened.push(section);
  }
  if (reopened.length) {
    const current = await tx.assessment.findUniqueOrThrow({ where: { id: assessment.id } });
    await syncAssessmentStatus(tx, current);
  }
  return reopened;
}

/** After an answer changed: reopen the section of that question if it was approved. */
export async function reopenSectionForItem(tx: Tx, assessment: AssessmentRow, itemRef: string) {
  // Most saves happen while nothing is approved yet; one small query settles that case.
  if ((await tx.sectionReview.count({ where: { assessmentId: assessment.id, status: "approved" } })) === 0) return [];
  const pinned = findPinnedItem(pinnedFrameworks(assessment.frameworkVersions), itemRef);
  if (!pinned) return [];
  const owners = await sectionOwnersTx(tx, assessment.municipalityId);
  return reopenSections(tx, assessment, [sectionOfItem(itemRef, pinned.item.owner, owners)]);
}

/** After a risk was added, changed or removed: reopen the sections of the roles it belongs (or belonged) to. */
export async function reopenSectionsForRisk(tx: Tx, assessment: AssessmentRow, ownerRoles: readonly string[]) {
  return reopenSections(tx, assessment, [...new Set(ownerRoles.map((role) => sectionOfRisk(role)))]);
}

/** After the assessment took over changed catalogue facts: reopen the sections that rely on them. */
export async function reopenSectionsForFacts(tx: Tx, assessment: AssessmentRow, changedKeys: readonly FactKey[]) {
  return reopenSections(tx, assessment, sectionsForFacts(changedKeys));
}

/* ------------------------------------------------------------------------------------------ */
/* Settings and recipients                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** Every item's declared owner across all framework versions, to store only deviations from it. */
function declaredOwners(): Map<string, OwnerRole> {
  const owners = new Map<string, OwnerRole>();
  for (const framework of loadFrameworks()) {
    for (const part of framework.parts) for (const item of part.items) owners.set(`${framework.id}:${item.id}`, item.owner);
  }
  return owners;
}

export async function saveSectionOwners(
  tx: Tx,
  params: { municipalityId: string; reviewers: Record<Section, OwnerRole>; items: { ref: string; section: Section }[] },
) {
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: params.municipalityId }, select: { settings: true } });
  const known = declaredOwners();
  const unknown = params.items.filter((entry) => !known.has(entry.ref));
  if (unknown.length) throw new ActionError("invalid", "unknown_item", { items: "invalid_value" }, { items: unknown.map((entry) => entry.ref) });
  const previous = sectionOwnersFromSettings(municipality.settings);
  const setting = toSetting({ reviewers: params.reviewers, items: Object.fromEntries(params.items.map((entry) => [entry.ref, entry.section])) }, known);
  let settings: Record<string, unknown> = {};
  try {
    settings = JSON.parse(municipality.settings || "{}") as Record<string, unknown>;
  } catch {
    settings = {};
  }
  await tx.municipality.update({ where: { id: params.municipalityId }, data: { settings: JSON.stringify({ ...settings, sectionOwners: setting }) } });
  return { previous: toSetting(previous, known), current: setting };
}

/** Members who hold one of the roles, for e-mail; optionally without the person who acted. */
export async function membersWithRoles(tx: Tx, municipalityId: string, roles: readonly string[], exceptUserId?: string) {
  if (roles.length === 0) return [];
  const rows = await tx.membership.findMany({
    where: { municipalityId, role: { in: [...roles] }, ...(exceptUserId ? { userId: { not: exceptUserId } } : {}) },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return [...new Map(rows.map((row) => [row.user.id, row.user])).values()];
}
