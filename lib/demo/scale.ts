import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applicableFrameworks } from "@/lib/assessments/applicability";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { allItems } from "@/lib/assessments/steps";
import { getCatalogue, getChannel, latestCatalogueVersion } from "@/lib/catalogue/load";
import { loadRiskFamilies } from "@/lib/frameworks/load";
import { buildSnapshot } from "@/lib/policy/gather";
import { sampleAnswer, samplePolicySources, sentences } from "@/lib/policy/sample";
import { freezeSnapshot } from "@/lib/policy/snapshot";
import { sections, defaultReviewers } from "@/lib/reviews/sections";

/**
 * Data at the scale of every Dutch municipality, for `npm run bench:scale` (issue 19): 342
 * municipalities (the two of the demo and 340 generated ones), each with 20 channels assessed in
 * each of five years, with answers to every question asked, reviews, risks, adopted policies and
 * audit entries; the demo municipality gets the three years before the demo's two. Deterministic
 * from a seed, and idempotent: a municipality that exists is left as it is, so a run that stopped
 * is finished by running it again.
 */
export type ScaleOptions = { municipalities: number; channels: number; years: number; seed: number };
export const scaleDefaults: ScaleOptions = { municipalities: 340, channels: 20, years: 5, seed: 19 };

/** A small, fast, seeded generator (mulberry32): the same seed gives the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

export const scaleMunicipality = (index: number) => ({
  slug: `schaal-${String(index + 1).padStart(3, "0")}`,
  name: `Gemeente Schaaldorp ${index + 1}`,
});

/** `count` different channels of the latest catalogue, chosen by the generator. */
export function scaleChannels(random: () => number, count: number): string[] {
  const ids = getCatalogue().channels.map((channel) => channel.id);
  for (let index = ids.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [ids[index], ids[other]] = [ids[other], ids[index]];
  }
  return ids.slice(0, Math.min(count, ids.length)).sort();
}

const askedCache = new Map<string, ReturnType<typeof allItems>>();
const frameworkVersions = JSON.stringify(currentVersions());

/** The questions the wizard asks for a channel (as the demo records them). */
function askedItems(channelId: string) {
  let items = askedCache.get(channelId);
  if (!items) {
    const channel = getChannel(channelId)!;
    items = allItems(applicableFrameworks(pinnedFrameworks(frameworkVersions), { kind: channel.kind, digital: channel.digital, selfHosted: false }));
    askedCache.set(channelId, items);
  }
  return items;
}

export type ScaleAnswer = { itemId: string; value: string; rationale: string; evidence: string };

/** Answers to the questions asked for the channel; a draft has answered about two in three. */
export function scaleAnswers(random: () => number, channelId: string, complete: boolean): ScaleAnswer[] {
  return askedItems(channelId).flatMap(({ ref, item }) => {
    if (!complete && random() < 0.35) return [];
    return [
      {
        itemId: ref,
        value: JSON.stringify(sampleAnswer(item, Math.floor(random() * 1000))),
        rationale: item.rationale === "none" ? "" : pick(random, sentences),
        evidence: random() < 0.2 ? "https://www.example.nl/besluit-en-onderbouwing.pdf" : "",
      },
    ];
  });
}

const currentYearStatuses = ["draft", "draft", "draft", "in_review", "changes_requested", "approved", "approved", "decided", "decided", "decided"] as const;
const decisions = ["use", "use", "use_with_conditions", "use_with_conditions", "phase_out", "do_not_use"] as const;

/** Past years are decided; this year is somewhere in its course. */
export function scaleStatus(random: () => number, isCurrentYear: boolean): (typeof currentYearStatuses)[number] {
  return isCurrentYear ? pick(random, currentYearStatuses) : "decided";
}

export type People = { advisor: string; privacy: string; ciso: string; council: string; admin: string };
type Snapshots = Map<number, { json: string; hash: string }>;

/** One frozen snapshot per year (from the policy samples): as large as a real one, the same for every municipality. */
export function policySnapshots(years: number[]): Snapshots {
  const snapshots: Snapshots = new Map();
  for (const year of years) {
    const snapshot = buildSnapshot(samplePolicySources(20, year), {
      year,
      introduction: "Dit beleid beschrijft welke kanalen de gemeente gebruikt, waarom, en onder welke voorwaarden.",
      summary: "De gemeente zet alle belangrijke informatie op de website. Sociale media zijn een extra kanaal.",
      evaluationDate: `${year + 1}-10-01`,
      today: `${year}-12-11`,
      adoption: { councilDecisionDate: `${year}-12-10`, councilDecisionRef: `RB-${year}-001`, adoptedAt: `${year}-12-11T10:00:00.000Z`, adoptedBy: "Beheerder" },
      previous: null,
    });
    snapshots.set(year, freezeSnapshot(snapshot));
  }
  return snapshots;
}

type Rows<Model extends keyof PrismaClient> = PrismaClient[Model] extends { createMany(args: { data: infer Data }): unknown } ? Extract<Data, unknown[]> : never;
export type ScaleRows = {
  assessments: Rows<"assessment">;
  answers: Rows<"answer">;
  revisions: Rows<"answerRevision">;
  risks: Rows<"risk">;
  reviews: Rows<"sectionReview">;
  comments: Rows<"comment">;
  policies: Rows<"policyVersion">;
  audit: Rows<"auditEntry">;
};

/** A municipality's channels × years of assessments, their reviews, risks and audit trail, and its policies: the rows, not yet written. */
export function scaleRows(spec: {
  municipalityId: string;
  slug: string;
  channels: readonly string[];
  years: number[];
  currentYear: number;
  people: People;
  snapshots: Snapshots;
  random: () => number;
}): ScaleRows {
  const { municipalityId, slug, people, random } = spec;
  // Ids from a counter: the same seed gives the same rows, ids included.
  let counter = 0;
  const nextId = () => `${slug}-${(counter++).toString(36)}`;
  const families = loadRiskFamilies();
  const assessments: ScaleRows["assessments"] = [];
  const answers: ScaleRows["answers"] = [];
  const risks: ScaleRows["risks"] = [];
  const reviews: ScaleRows["reviews"] = [];
  const revisions: ScaleRows["revisions"] = [];
  const comments: ScaleRows["comments"] = [];
  const audit: ScaleRows["audit"] = [];
  const entry = (at: Date, actorId: string, action: string, objectType: string, objectId: string, details: object) =>
    audit.push({ id: nextId(), at, actorId, municipalityId, action, objectType, objectId, result: "success", details: JSON.stringify(details) });

  for (const channelId of spec.channels) {
    let previous: string | null = null;
    for (const year of spec.years) {
      const id = `${slug}-${channelId}-${year}`;
      const status = scaleStatus(random, year === spec.currentYear);
      const decided = status === "decided";
      const created = new Date(Date.UTC(year, Math.floor(random() * 6), 1 + Math.floor(random() * 27), 9));
      const decidedAt = new Date(Date.UTC(year, 9 + Math.floor(random() * 2), 1 + Math.floor(random() * 27), 14));
      const decision = decided ? pick(random, decisions) : null;
      assessments.push({
        id,
        municipalityId,
        channelId,
        year,
        status,
        frameworkVersions,
        catalogueVersion: latestCatalogueVersion(),
        decision,
        decisionRationale: decided ? pick(random, sentences) : null,
        decisionConditions: decision === "use_with_conditions" ? "Alleen voor informatie; reacties worden dagelijks gemodereerd." : null,
        phaseOutDate: decision === "phase_out" ? `${year + 1}-06-30` : null,
        decidedById: decided ? people.admin : null,
        decidedAt: decided ? decidedAt : null,
        previousAssessmentId: previous,
        createdById: people.advisor,
        createdAt: created,
        updatedAt: decided ? decidedAt : created,
      });
      previous = id;
      const given = scaleAnswers(random, channelId, status !== "draft");
      for (const answer of given) answers.push({ id: nextId(), assessmentId: id, ...answer, updatedById: people.advisor, updatedAt: created });
      entry(created, people.advisor, "assessment.create", "assessment", id, { channelId, year });
      for (const answer of given.slice(0, 5)) entry(created, people.advisor, "assessment.answer.save", "assessment", id, { item: answer.itemId, changed: true });
      for (const answer of given.slice(0, 2)) {
        revisions.push({ id: nextId(), assessmentId: id, itemId: answer.itemId, oldValue: null, newValue: answer.value, newRationale: answer.rationale, changedById: people.advisor, changedAt: created, reviewRound: 1 });
      }
      for (let index = 0; index < 2 + Math.floor(random() * 3); index++) {
        const family = pick(random, families);
        risks.push({
          id: nextId(),
          assessmentId: id,
          familyId: family.id,
          title: family.title.nl,
          description: family.description.nl,
          likelihood: 1 + Math.floor(random() * 5),
          impact: 1 + Math.floor(random() * 5),
          measures: "Geen persoonsgegevens in berichten; reacties worden gemodereerd; jaarlijkse herbeoordeling.",
          ownerRole: family.owner,
          ...(decided ? { decision: "accepted", decisionRationale: "Aanvaardbaar met de maatregelen.", riskOwner: "Privacy officer", reviewDate: `${year + 1}-03-31`, decidedById: people.privacy, decidedAt } : {}),
          createdById: people.advisor,
          createdAt: created,
          updatedAt: decided ? decidedAt : created,
        });
      }
      if (status === "draft") continue;
      entry(created, people.advisor, "review.submit", "assessment", id, {});
      const approved = status === "approved" || decided;
      for (const section of sections) {
        const role = defaultReviewers[section];
        const reviewer = people[role];
        reviews.push({
          id: nextId(),
          assessmentId: id,
          section,
          status: approved ? "approved" : status === "changes_requested" && section === "privacy" ? "changes_requested" : "open",
          ...(approved || (status === "changes_requested" && section === "privacy") ? { reviewerId: reviewer, reviewerRole: role, rationale: "In orde.", decidedAt } : {}),
        });
        if (approved) entry(decidedAt, reviewer, "review.section.approve", "assessment", id, { section });
      }
      if (status === "changes_requested") comments.push({ id: nextId(), assessmentId: id, section: "privacy", authorId: people.privacy, body: "Graag de bewaartermijn onderbouwen.", createdAt: decidedAt });
      if (decided) entry(decidedAt, people.admin, "review.decision.record", "assessment", id, { decision });
    }
  }

  const policies: ScaleRows["policies"] = [];
  let previousVersionId: string | null = null;
  for (const year of spec.years) {
    {
      const id = `${slug}-policy-${year}`;
      const adopted = year < spec.currentYear ? spec.snapshots.get(year)! : null;
      const adoptedAt = new Date(Date.UTC(year, 11, 11, 10));
      policies.push({
        id,
        municipalityId,
        year,
        status: adopted ? "adopted" : "draft",
        introduction: "Dit beleid beschrijft welke kanalen de gemeente gebruikt, waarom, en onder welke voorwaarden.",
        summary: "De gemeente zet alle belangrijke informatie op de website.",
        evaluationDate: `${year + 1}-10-01`,
        previousVersionId,
        createdAt: new Date(Date.UTC(year, 8, 1)),
        updatedAt: adopted ? adoptedAt : new Date(Date.UTC(year, 8, 1)),
        ...(adopted
          ? { councilDecisionDate: `${year}-12-10`, councilDecisionRef: `RB-${year}-001`, adoptedById: people.admin, adoptedAt, publishedAt: adoptedAt, snapshotJson: adopted.json, snapshotHash: adopted.hash }
          : {}),
      });
      if (adopted) entry(adoptedAt, people.admin, "policy.adopt", "policy", id, { year });
      previousVersionId = id;
    }
  }

  return { assessments, answers, revisions, risks, reviews, comments, policies, audit };
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Provider = "sqlite" | "postgresql";

/** A value as the database's column holds it (as Prisma writes it: SQLite keeps dates as ISO text and booleans as 0/1). */
function columnValue(value: unknown, provider: Provider) {
  if (value === undefined) return null;
  if (value instanceof Date) return provider === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  if (typeof value === "boolean" && provider === "sqlite") return value ? 1 : 0;
  return value;
}

/**
 * Rows into a table with multi-row INSERTs of a few hundred rows each: Prisma's createMany on the
 * driver adapters writes about a thousand rows a second, far too slow for millions.
 * A key missing from a row is NULL; every row of a table names the same columns otherwise.
 */
async function insertRows(tx: Tx, provider: Provider, table: string, rows: readonly object[]) {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const batch = Math.floor(8000 / columns.length);
  for (let start = 0; start < rows.length; start += batch) {
    const values: unknown[] = [];
    const tuples = rows.slice(start, start + batch).map((row) => {
      const placeholders = columns.map((column) => {
        values.push(columnValue((row as Record<string, unknown>)[column], provider));
        return provider === "postgresql" ? `$${values.length}` : "?";
      });
      return `(${placeholders.join(", ")})`;
    });
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`, ...values);
  }
}

/** Writes the rows in one transaction, after `first` (the municipality and its people, for a new one). */
async function writeRows(db: PrismaClient, provider: Provider, rows: ScaleRows, first: Record<string, readonly object[]> = {}) {
  await db.$transaction(async (tx) => {
    for (const [table, list] of Object.entries(first)) await insertRows(tx, provider, table, list);
    // Children after their assessments.
    await insertRows(tx, provider, "Assessment", rows.assessments);
    await insertRows(tx, provider, "Answer", rows.answers);
    await insertRows(tx, provider, "AnswerRevision", rows.revisions);
    await insertRows(tx, provider, "Risk", rows.risks);
    await insertRows(tx, provider, "SectionReview", rows.reviews);
    await insertRows(tx, provider, "Comment", rows.comments);
    await insertRows(tx, provider, "PolicyVersion", rows.policies);
    await insertRows(tx, provider, "AuditEntry", rows.audit);
  });
}

/**
 * Fills the database up to the scale; the demo (lib/demo/seed.ts) must be seeded first. Reports
 * progress through `progress`; returns how many municipalities it wrote.
 */
export async function generateScale(db: PrismaClient, provider: Provider, options: ScaleOptions, currentYear: number, progress: (line: string) => void = () => {}) {
  const years = Array.from({ length: options.years }, (_, index) => currentYear - options.years + 1 + index);
  const snapshots = policySnapshots(years.filter((year) => year < currentYear));
  let written = 0;

  // The demo municipality's history: the years before the demo's own two, for its demo channels.
  const demo = await db.municipality.findUniqueOrThrow({ where: { slug: "voorbeeldstad" } });
  const olderYears = years.filter((year) => year < currentYear - 1);
  const demoChannels = (await db.assessment.findMany({ where: { municipalityId: demo.id, year: currentYear }, select: { channelId: true } })).map((row) => row.channelId);
  if (olderYears.length > 0 && (await db.assessment.count({ where: { municipalityId: demo.id, year: olderYears[0] } })) === 0) {
    const members = await db.membership.findMany({ where: { municipalityId: demo.id }, select: { userId: true, role: true } });
    const byRole = (role: string) => members.find((member) => member.role === role)!.userId;
    const people = { advisor: byRole("advisor"), privacy: byRole("privacy"), ciso: byRole("ciso"), council: byRole("council"), admin: byRole("admin") };
    // Not linked to the demo's own first year, whose assessments have no previous one (they stay as the demo made them).
    const rows = scaleRows({ municipalityId: demo.id, slug: "voorbeeldstad", channels: demoChannels, years: olderYears, currentYear, people, snapshots, random: seededRandom(options.seed) });
    await writeRows(db, provider, rows);
    progress(`voorbeeldstad: ${olderYears.join(", ")} added`);
  }

  for (let index = 0; index < options.municipalities; index++) {
    const { slug, name } = scaleMunicipality(index);
    if (await db.municipality.findUnique({ where: { slug }, select: { id: true } })) continue;
    const random = seededRandom(options.seed * 100_003 + index);
    const municipalityId = `${slug}-id`;
    const people = Object.fromEntries((["advisor", "privacy", "ciso", "council", "admin"] as const).map((role) => [role, `${slug}-${role}`])) as People;
    const users = Object.entries(people).map(([role, id]) => ({ id, name: `${role} ${name}`, email: `${role}@${slug}.example.nl`, emailVerified: true }));
    const rows = scaleRows({ municipalityId, slug, channels: scaleChannels(random, options.channels), years, currentYear, people, snapshots, random });
    // One transaction per municipality, so one that exists is complete.
    const now = new Date(Date.UTC(currentYear - options.years + 1, 0, 1));
    await writeRows(db, provider, rows, {
      Municipality: [{ id: municipalityId, slug, name, createdAt: now }],
      user: users.map((user) => ({ ...user, createdAt: now, updatedAt: now })),
      Membership: Object.entries(people).map(([role, userId]) => ({ id: `${userId}-membership`, userId, municipalityId, role, createdAt: now })),
    });
    written++;
    if (written % 20 === 0) progress(`${index + 1} of ${options.municipalities} municipalities`);
  }
  return written;
}
