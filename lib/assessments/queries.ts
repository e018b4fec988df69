import "server-only";
import { db } from "@/lib/db";
import { parseAnswerValue } from "@/lib/frameworks/answer-value";
import { customPrefix, resolveChannel, type CustomChannelRow, type ResolvedChannel } from "@/lib/assessments/channel";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import type { LastYearValues, StoredAnswer } from "@/lib/assessments/progress";
import { lastYearValues } from "@/lib/assessments/last-year";
import { applicableFrameworks, notApplicableItems } from "@/lib/assessments/applicability";
import { listCustomChannels, listFactOverrides } from "@/lib/catalogue/queries";
import { factKeys } from "@/lib/catalogue/schema";
import { diffFacts, type FactOverride, type FactsInForce } from "@/lib/catalogue/facts";

export type AnswerState = StoredAnswer & { version: number; carriedFrom: string | null; updatedAt: Date };

/** All assessments of a municipality (optionally one year), with what the list page shows. */
export async function listAssessments(municipalityId: string, year?: number) {
  const [rows, customChannels] = await Promise.all([
    db.assessment.findMany({
      where: { municipalityId, ...(year ? { year } : {}) },
      orderBy: [{ year: "desc" }, { channelId: "asc" }],
      include: {
        answers: { select: { itemId: true, value: true, rationale: true, evidence: true, carriedFrom: true } },
        _count: { select: { risks: true } },
      },
    }),
    listCustomChannels(municipalityId),
  ]);
  const lastYearOf = await lastYearValues(db, municipalityId, rows.flatMap((row) => row.answers));
  return rows.map((row) => {
    const channel = resolveChannel(row.channelId, row.catalogueVersion, customChannels, []);
    const pinned = pinnedFrameworks(row.frameworkVersions);
    return {
      ...row,
      channelName: channel?.name ?? row.channelId,
      channelKind: channel?.kind ?? null,
      lastYear: lastYearOf(row.answers),
      /** The questions this channel is asked, for its progress. */
      frameworks: channel ? applicableFrameworks(pinned, channel) : pinned,
    };
  });
}

type AssessmentWithRelations = NonNullable<Awaited<ReturnType<typeof findAssessmentRows>>>[number];

function findAssessmentRows(where: { municipalityId: string; id?: string; year?: number }) {
  return db.assessment.findMany({
    where,
    orderBy: { channelId: "asc" },
    include: {
      answers: true,
      // In the order they were added; risks proposed together share a time, and their ids keep the order.
      risks: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      sectionReviews: true,
    },
  });
}

function toDetail(assessment: AssessmentWithRelations, customChannels: CustomChannelRow[], overrides: FactOverride[], lastYear: LastYearValues) {
  // The facts in force now (latest catalogue and overrides) against the facts the assessment relies on.
  const channel = resolveChannel(
    assessment.channelId,
    undefined,
    customChannels,
    overrides.filter((override) => override.channelId === assessment.channelId),
  );
  const stored = JSON.parse(assessment.factsUsed) as Partial<FactsInForce>;
  const factsUsed = channel && Object.keys(stored).length === 0 ? channel.facts : (stored as FactsInForce);
  const factChanges = channel && Object.keys(stored).length > 0 ? diffFacts(factsUsed, channel.facts) : [];
  const answers = new Map<string, AnswerState>(
    assessment.answers.map((answer) => [
      answer.itemId,
      {
        value: parseAnswerValue(answer.value),
        rationale: answer.rationale,
        evidence: answer.evidence,
        version: answer.version,
        carriedFrom: answer.carriedFrom,
        updatedAt: answer.updatedAt,
      },
    ]),
  );
  const pinned = pinnedFrameworks(assessment.frameworkVersions);
  return {
    assessment,
    channel: channel as ResolvedChannel | undefined,
    factsUsed,
    factChanges,
    /** The pinned frameworks with the questions this channel is asked (wizard, progress, reviews, scoring). */
    frameworks: channel ? applicableFrameworks(pinned, channel) : pinned,
    /** The pinned questions this channel is not asked, with the content's reason. */
    notApplicable: channel ? notApplicableItems(pinned, channel) : [],
    answers,
    lastYear,
  };
}

/** One assessment of this municipality with everything the wizard needs; null when it is not theirs. */
export async function getAssessment(municipalityId: string, assessmentId: string) {
  const [rows, customChannels, overrides] = await Promise.all([
    findAssessmentRows({ municipalityId, id: assessmentId }),
    listCustomChannels(municipalityId),
    listFactOverrides(municipalityId),
  ]);
  if (!rows[0]) return null;
  const lastYearOf = await lastYearValues(db, municipalityId, rows[0].answers);
  return toDetail(rows[0], customChannels, overrides, lastYearOf(rows[0].answers));
}

/** Every assessment of one year in full, in three queries (for comparison, coverage and the policy). */
export async function listAssessmentDetails(municipalityId: string, year: number) {
  const [rows, customChannels, overrides] = await Promise.all([
    findAssessmentRows({ municipalityId, year }),
    listCustomChannels(municipalityId),
    listFactOverrides(municipalityId),
  ]);
  const lastYearOf = await lastYearValues(db, municipalityId, rows.flatMap((row) => row.answers));
  return rows.map((row) => toDetail(row, customChannels, overrides, lastYearOf(row.answers)));
}

export type AssessmentDetail = ReturnType<typeof toDetail>;

/**
 * Last year's assessment a next year's one started from: its year, framework editions and facts,
 * to show what changed since, and its answers by item ref, to mark the questions that are new.
 */
export async function getLastYear(municipalityId: string, previousAssessmentId: string | null) {
  if (!previousAssessmentId) return null;
  const previous = await db.assessment.findFirst({
    where: { id: previousAssessmentId, municipalityId },
    select: { year: true, frameworkVersions: true, factsUsed: true, answers: { select: { itemId: true, value: true } } },
  });
  if (!previous) return null;
  const facts = JSON.parse(previous.factsUsed) as Partial<FactsInForce>;
  return {
    year: previous.year,
    frameworkVersions: JSON.parse(previous.frameworkVersions) as Record<string, string>,
    // Facts are compared only when last year recorded all of them.
    facts: factKeys.every((key) => facts[key]) ? (facts as FactsInForce) : null,
    answers: new Map(previous.answers.map((answer) => [answer.itemId, answer.value])),
  };
}

export async function listAssessmentYears(municipalityId: string) {
  const rows = await db.assessment.findMany({ where: { municipalityId }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  return rows.map((row) => row.year);
}

/**
 * Names channels (the catalogue's in the version an assessment used, or the municipality's own) for
 * lists: `channelIds` are the channels the list names. The municipality's own channels are read only
 * when one of them is such a channel; most lists name catalogue channels only.
 */
export async function channelNamer(municipalityId: string, channelIds: Iterable<string>) {
  const customChannels = [...channelIds].some((channelId) => channelId.startsWith(customPrefix)) ? await listCustomChannels(municipalityId) : [];
  return (channelId: string, catalogueVersion?: string) => resolveChannel(channelId, catalogueVersion, customChannels, [])?.name ?? channelId;
}
