import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { channelNamer, getAssessment, type AssessmentDetail } from "@/lib/assessments/queries";
import { parseAnswerValue } from "@/lib/frameworks/answer-value";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { allItems, type PinnedItem } from "@/lib/assessments/steps";
import type { NotApplicableItem } from "@/lib/assessments/applicability";
import { getMunicipalitySettings } from "@/lib/municipalities/queries";
import { factKeys, todayInNL, type FactKey } from "@/lib/catalogue/schema";
import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { Framework, OwnerRole } from "@/lib/frameworks/schema";
import { reviewPlaces, reviewerOf, sectionOfItem, sectionOfRisk, sectionOwnersFromSettings, sections, sectionsForFacts, type Section, type SectionOwners } from "@/lib/reviews/sections";
import { assessedYears, assessmentsInScope, availableScope, type RegisterScope } from "@/lib/reviews/risk-register";
import { firstRound, isAssessmentStatus, isSectionStatus, type SectionStatus } from "@/lib/reviews/transitions";

/** Who reviews which section in this municipality (its settings). */
export async function getSectionOwners(municipalityId: string): Promise<SectionOwners> {
  return sectionOwnersFromSettings(await getMunicipalitySettings(municipalityId));
}

async function userNames(ids: Iterable<string | null | undefined>) {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

export type AnswerChange = {
  itemRef: string;
  before: { value: AnswerValue | null; rationale: string };
  after: { value: AnswerValue | null; rationale: string };
  changedBy: string[];
  lastChangedAt: Date;
};

/** Other changes since a section's last decision that reopened it: facts taken over, risks changed. */
export type OtherChange =
  | { kind: "facts"; at: Date; by: string | null; facts: { key: FactKey; before: string; after: string }[] }
  | { kind: "risk_saved" | "risk_deleted"; at: Date; by: string | null; title: string };

export type CommentView = { id: string; authorName: string; body: string; createdAt: Date; resolved: boolean; replies: Omit<CommentView, "replies">[] };

export type SectionView = {
  section: Section;
  reviewerRole: OwnerRole;
  /** null: the assessment has not been submitted yet. */
  status: SectionStatus | null;
  round: number;
  decidedBy: string | null;
  decidedRole: string | null;
  rationale: string | null;
  decidedAt: Date | null;
  items: PinnedItem[];
  /** The section's questions this channel was not asked, with the content's reason. */
  notApplicable: NotApplicableItem[];
  risks: AssessmentDetail["assessment"]["risks"];
  /** Answer changes since the last decision (approval, or the request for changes). */
  changes: AnswerChange[];
  otherChanges: OtherChange[];
  /** Facts in force now that differ from those the assessment uses and that this section relies on. */
  pendingFactKeys: FactKey[];
  unresolvedComments: number;
};

function collapse(revisions: { itemId: string; oldValue: string | null; newValue: string | null; oldRationale: string; newRationale: string; changedById: string; changedAt: Date }[], names: Map<string, string>) {
  const byItem = new Map<string, AnswerChange>();
  for (const revision of revisions) {
    const name = names.get(revision.changedById) ?? revision.changedById;
    const existing = byItem.get(revision.itemId);
    if (!existing) {
      byItem.set(revision.itemId, {
        itemRef: revision.itemId,
        before: { value: parseAnswerValue(revision.oldValue), rationale: revision.oldRationale },
        after: { value: parseAnswerValue(revision.newValue), rationale: revision.newRationale },
        changedBy: [name],
        lastChangedAt: revision.changedAt,
      });
    } else {
      existing.after = { value: parseAnswerValue(revision.newValue), rationale: revision.newRationale };
      if (!existing.changedBy.includes(name)) existing.changedBy.push(name);
      existing.lastChangedAt = revision.changedAt;
    }
  }
  return [...byItem.values()];
}

function parseDetails(details: string | null): Record<string, unknown> {
  if (!details) return {};
  try {
    return JSON.parse(details) as Record<string, unknown>;
  } catch {
    return {};
  }
}

type CommentRow = { id: string; authorId: string; body: string; createdAt: Date; resolved: boolean; parentId: string | null; itemId: string | null; section: string | null };

/** Comment threads by question ("item:<ref>") or by section ("section:<section>"), replies under their thread. */
function threadsByKey(comments: readonly CommentRow[], names: ReadonlyMap<string, string>) {
  const threads = new Map<string, CommentView[]>();
  const roots = new Map<string, CommentView>();
  for (const comment of comments) {
    const view = { id: comment.id, authorName: names.get(comment.authorId) ?? comment.authorId, body: comment.body, createdAt: comment.createdAt, resolved: comment.resolved };
    if (comment.parentId) {
      roots.get(comment.parentId)?.replies.push(view);
      continue;
    }
    const root = { ...view, replies: [] };
    roots.set(comment.id, root);
    const key = comment.itemId ? `item:${comment.itemId}` : `section:${comment.section ?? ""}`;
    threads.set(key, [...(threads.get(key) ?? []), root]);
  }
  return threads;
}

/**
 * The review comments on the questions of one assessment, for the wizard: the threads by
 * question ref, and where each question sits on the review pages (section and number there).
 */
export async function getQuestionComments(municipalityId: string, assessment: { id: string }, frameworks: readonly Framework[]) {
  const [owners, comments] = await Promise.all([
    getSectionOwners(municipalityId),
    db.comment.findMany({ where: { assessmentId: assessment.id, assessment: { municipalityId } }, orderBy: { createdAt: "asc" } }),
  ]);
  const names = await userNames(comments.map((comment) => comment.authorId));
  const threads = new Map<string, CommentView[]>();
  for (const [key, list] of threadsByKey(comments, names)) if (key.startsWith("item:")) threads.set(key.slice("item:".length), list);
  return { threads, places: reviewPlaces(frameworks, owners) };
}

/** Everything the review pages show for one assessment of this municipality; null when it is not theirs. */
export async function getReviewDetail(municipalityId: string, assessmentId: string) {
  const detail = await getAssessment(municipalityId, assessmentId);
  if (!detail) return null;
  const { assessment } = detail;
  const [owners, comments, revisions] = await Promise.all([
    getSectionOwners(municipalityId),
    db.comment.findMany({ where: { assessmentId: assessment.id, assessment: { municipalityId } }, orderBy: { createdAt: "asc" } }),
    db.answerRevision.findMany({ where: { assessmentId: assessment.id, assessment: { municipalityId } }, orderBy: { changedAt: "asc" } }),
  ]);
  const rows = new Map(assessment.sectionReviews.map((row) => [row.section as Section, row]));
  const earliest = [...rows.values()].map((row) => row.decidedAt).filter((date): date is Date => Boolean(date)).sort((a, b) => a.getTime() - b.getTime())[0];
  const audit = earliest
    ? await db.auditEntry.findMany({
        where: {
          municipalityId,
          result: "success",
          at: { gt: earliest },
          action: { in: ["assessment.facts.acknowledge", "assessment.risk.save", "assessment.risk.delete"] },
          OR: [{ objectId: assessment.id }, { details: { contains: `"assessmentId":"${assessment.id}"` } }],
        },
        orderBy: { at: "asc" },
      })
    : [];
  const names = await userNames([
    ...comments.map((comment) => comment.authorId),
    ...revisions.map((revision) => revision.changedById),
    ...[...rows.values()].map((row) => row.reviewerId),
    ...assessment.risks.map((risk) => risk.decidedById),
    ...audit.map((entry) => entry.actorId),
    assessment.decidedById,
    assessment.createdById,
  ]);

  const items = allItems(detail.frameworks);
  const pendingKeys = detail.factChanges.map((change) => change.factKey);

  const views: SectionView[] = sections.map((section) => {
    const row = rows.get(section);
    const sectionItems = items.filter(({ ref, item }) => sectionOfItem(ref, item.owner, owners) === section);
    const refs = new Set(sectionItems.map(({ ref }) => ref));
    const since = row?.decidedAt ?? null;
    const changes = since ? collapse(revisions.filter((revision) => refs.has(revision.itemId) && revision.changedAt > since), names) : [];
    const otherChanges: OtherChange[] = [];
    if (since) {
      for (const entry of audit) {
        if (entry.at <= since) continue;
        const details = parseDetails(entry.details);
        if (!Array.isArray(details.reopened) || !details.reopened.includes(section)) continue;
        const by = entry.actorId ? (names.get(entry.actorId) ?? null) : null;
        if (entry.action === "assessment.facts.acknowledge") {
          const before = (details.previous ?? {}) as Record<string, { value?: string }>;
          const after = (details.current ?? {}) as Record<string, { value?: string }>;
          const facts = factKeys
            .filter((key) => before[key]?.value !== after[key]?.value && sectionsForFacts([key]).includes(section))
            .map((key) => ({ key, before: before[key]?.value ?? "unknown", after: after[key]?.value ?? "unknown" }));
          otherChanges.push({ kind: "facts", at: entry.at, by, facts });
        } else {
          otherChanges.push({ kind: entry.action === "assessment.risk.delete" ? "risk_deleted" : "risk_saved", at: entry.at, by, title: String(details.title ?? "") });
        }
      }
    }
    return {
      section,
      reviewerRole: reviewerOf(section, owners),
      status: row && isSectionStatus(row.status) ? row.status : null,
      round: row?.round ?? assessment.reviewRound,
      decidedBy: row?.reviewerId ? (names.get(row.reviewerId) ?? null) : null,
      decidedRole: row?.reviewerRole ?? null,
      rationale: row?.rationale ?? null,
      decidedAt: row?.decidedAt ?? null,
      items: sectionItems,
      notApplicable: detail.notApplicable.filter(({ ref, item }) => sectionOfItem(ref, item.owner, owners) === section),
      risks: assessment.risks.filter((risk) => sectionOfRisk(risk.ownerRole) === section),
      changes,
      otherChanges,
      pendingFactKeys: pendingKeys.filter((key) => sectionsForFacts([key]).includes(section)),
      unresolvedComments: comments.filter((comment) => !comment.parentId && !comment.resolved && comment.section === section).length,
    };
  });

  const threads = threadsByKey(comments, names);

  // Four eyes, for the interface: who edited each section in its round (same rule as editedInRound).
  const editorsBySection = new Map<Section, Set<string>>();
  for (const view of views) {
    const refs = new Set(view.items.map(({ ref }) => ref));
    const editors = new Set(revisions.filter((revision) => refs.has(revision.itemId) && revision.reviewRound >= view.round).map((revision) => revision.changedById));
    if (view.round <= firstRound) for (const answer of assessment.answers) if (refs.has(answer.itemId)) editors.add(answer.updatedById);
    editorsBySection.set(view.section, editors);
  }

  return {
    detail,
    owners,
    sections: views,
    threads,
    editorsBySection,
    names,
    decidedBy: assessment.decidedById ? (names.get(assessment.decidedById) ?? null) : null,
    riskDeciders: new Map(assessment.risks.map((risk) => [risk.id, risk.decidedById ? (names.get(risk.decidedById) ?? null) : null])),
  };
}

export type ReviewDetail = NonNullable<Awaited<ReturnType<typeof getReviewDetail>>>;

/**
 * The accepted risks the register shows (see lib/reviews/risk-register.ts), earliest review date
 * first; the years the municipality has assessments of, to choose from; and the scope shown.
 */
export async function listAcceptedRisks(municipalityId: string, requested: RegisterScope) {
  const assessments = await db.assessment.findMany({ where: { municipalityId }, select: { id: true, channelId: true, year: true, status: true, catalogueVersion: true } });
  const years = assessedYears(assessments);
  const scope = availableScope(requested, years);
  const inScope = new Map(assessmentsInScope(assessments, scope).map((assessment) => [assessment.id, assessment]));
  const risks = await db.risk.findMany({
    where: { decision: "accepted", assessmentId: { in: [...inScope.keys()] } },
    select: { id: true, title: true, decisionRationale: true, riskOwner: true, reviewDate: true, ownerRole: true, decidedById: true, decidedAt: true, assessmentId: true },
    orderBy: [{ reviewDate: "asc" }, { title: "asc" }],
  });
  const [names, nameOf] = await Promise.all([
    userNames(risks.map((risk) => risk.decidedById)),
    channelNamer(municipalityId, risks.map((risk) => inScope.get(risk.assessmentId)!.channelId)),
  ]);
  const today = todayInNL();
  return {
    scope,
    years,
    risks: risks.map((risk) => {
      const assessment = inScope.get(risk.assessmentId)!;
      return {
        id: risk.id,
        title: risk.title,
        rationale: risk.decisionRationale,
        riskOwner: risk.riskOwner,
        reviewDate: risk.reviewDate,
        overdue: Boolean(risk.reviewDate && risk.reviewDate < today),
        ownerRole: risk.ownerRole,
        decidedBy: risk.decidedById ? (names.get(risk.decidedById) ?? null) : null,
        decidedAt: risk.decidedAt,
        assessmentId: assessment.id,
        channelName: nameOf(assessment.channelId, assessment.catalogueVersion),
        year: assessment.year,
        assessmentStatus: assessment.status,
      };
    }),
  };
}

export type AwaitingItem =
  | { kind: "review"; assessmentId: string; channelName: string; year: number; section: Section; reapproval: boolean }
  | { kind: "risks"; assessmentId: string; channelName: string; year: number; section: Section; count: number }
  | { kind: "changes"; assessmentId: string; channelName: string; year: number; sections: Section[] }
  | { kind: "decision"; assessmentId: string; channelName: string; year: number }
  | { kind: "overdue"; assessmentId: string; channelName: string; year: number; riskTitle: string; reviewDate: string };

type OwnEdit = { assessmentId: string; itemId: string; reviewRound: number | null };

/**
 * What the person changed (answer revisions, with the review round they fell in) and answered
 * (round null) in these assessments: one statement in plain SQL, which spares a round trip and the
 * query compiler on every dashboard. Not a filtered include of the open assessments: the plan cache
 * keeps an include's filter values in the query's shape, which would make that query one per person.
 */
function ownEdits(userId: string, assessmentIds: string[]) {
  return db.$queryRaw<OwnEdit[]>`
    SELECT "assessmentId", "itemId", "reviewRound" FROM "AnswerRevision"
    WHERE "changedById" = ${userId} AND "assessmentId" IN (${Prisma.join(assessmentIds)})
    UNION ALL
    SELECT "assessmentId", "itemId", NULL FROM "Answer"
    WHERE "updatedById" = ${userId} AND "assessmentId" IN (${Prisma.join(assessmentIds)})`;
}

/**
 * What awaits this person, computed from the data: sections to review (not the ones they edited
 * themselves in the round), risks to decide, changes asked of the advisor, decisions to record,
 * and accepted risks past their review date.
 */
export async function listAwaiting(municipalityId: string, userId: string, roles: readonly Role[]): Promise<AwaitingItem[]> {
  const [owners, open, overdue] = await Promise.all([
    getSectionOwners(municipalityId),
    db.assessment.findMany({
      where: { municipalityId, status: { in: ["in_review", "changes_requested", "approved"] } },
      select: {
        id: true,
        channelId: true,
        year: true,
        status: true,
        frameworkVersions: true,
        catalogueVersion: true,
        sectionReviews: { select: { section: true, status: true, round: true } },
        risks: { select: { ownerRole: true, decision: true } },
      },
      orderBy: [{ year: "desc" }, { updatedAt: "asc" }],
    }),
    db.risk.findMany({
      where: { decision: "accepted", reviewDate: { lt: todayInNL() }, assessment: { municipalityId } },
      select: { title: true, reviewDate: true, ownerRole: true, assessment: { select: { id: true, channelId: true, year: true, catalogueVersion: true } } },
      orderBy: { reviewDate: "asc" },
    }),
  ]);
  // Per assessment, the sections that await this person's review: they review it, and it is neither
  // approved nor sent back. Whether they edited a section themselves is asked only of those.
  const sectionRows = new Map(open.map((assessment) => [assessment.id, new Map(assessment.sectionReviews.map((row) => [row.section as Section, row]))]));
  const awaiting = new Map(
    open.map((assessment) => [
      assessment.id,
      sections.filter((section) => {
        const status = sectionRows.get(assessment.id)!.get(section)?.status ?? "open";
        return roles.includes(reviewerOf(section, owners)) && status !== "approved" && status !== "changes_requested";
      }),
    ]),
  );
  const ids = open.filter((assessment) => awaiting.get(assessment.id)!.length > 0).map((assessment) => assessment.id);
  const [edits, nameOf] = await Promise.all([
    ids.length ? ownEdits(userId, ids) : Promise.resolve<OwnEdit[]>([]),
    channelNamer(municipalityId, [...open.map((assessment) => assessment.channelId), ...overdue.map((risk) => risk.assessment.channelId)]),
  ]);
  const myRevisions = edits.filter((edit): edit is OwnEdit & { reviewRound: number } => edit.reviewRound !== null);
  const myAnswers = edits.filter((edit) => edit.reviewRound === null);
  const items: AwaitingItem[] = [];
  for (const assessment of open) {
    if (!isAssessmentStatus(assessment.status)) continue;
    const base = { assessmentId: assessment.id, channelName: nameOf(assessment.channelId, assessment.catalogueVersion), year: assessment.year };
    const rows = sectionRows.get(assessment.id)!;
    const pinnedItems = allItems(pinnedFrameworks(assessment.frameworkVersions));
    for (const section of awaiting.get(assessment.id)!) {
      const row = rows.get(section);
      const status = row?.status ?? "open";
      const refs = new Set(pinnedItems.filter(({ ref, item }) => sectionOfItem(ref, item.owner, owners) === section).map(({ ref }) => ref));
      const round = row?.round ?? 1;
      const editedThemselves =
        myRevisions.some((revision) => revision.assessmentId === assessment.id && refs.has(revision.itemId) && revision.reviewRound >= round) ||
        (round <= firstRound && myAnswers.some((answer) => answer.assessmentId === assessment.id && refs.has(answer.itemId)));
      const undecided = assessment.risks.filter((risk) => sectionOfRisk(risk.ownerRole) === section && risk.decision === null).length;
      if (undecided > 0) items.push({ kind: "risks", ...base, section, count: undecided });
      if (!editedThemselves) items.push({ kind: "review", ...base, section, reapproval: status === "needs_reapproval" });
    }
    if (assessment.status === "changes_requested" && roles.includes("advisor")) {
      items.push({ kind: "changes", ...base, sections: sections.filter((section) => rows.get(section)?.status === "changes_requested") });
    }
    if (assessment.status === "approved" && can(roles, "decision.record")) items.push({ kind: "decision", ...base });
  }

  for (const risk of overdue) {
    const reviewer = reviewerOf(sectionOfRisk(risk.ownerRole), owners);
    if (!roles.includes(reviewer) && !roles.includes("admin")) continue;
    items.push({
      kind: "overdue",
      assessmentId: risk.assessment.id,
      channelName: nameOf(risk.assessment.channelId, risk.assessment.catalogueVersion),
      year: risk.assessment.year,
      riskTitle: risk.title,
      reviewDate: risk.reviewDate!,
    });
  }
  return items;
}
