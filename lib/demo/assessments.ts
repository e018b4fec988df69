import type { PrismaClient } from "@/lib/generated/prisma/client";
import { riskContent } from "@/lib/assessments/risk-content";
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { applicableFrameworks } from "@/lib/assessments/applicability";
import { allItems, withSharedAnswers } from "@/lib/assessments/steps";
import { getChannel, latestCatalogueVersion } from "@/lib/catalogue/load";
import { applyOverrides } from "@/lib/catalogue/facts";
import {
  demoAnswers,
  demoChannels,
  demoRisks,
  previousYearAnswers,
  previousYearChannels,
  previousYearRiskList,
  type DemoAnswer,
  type DemoChannel,
  type DemoRisk,
} from "@/lib/demo/assessment-answers";

/**
 * Demo assessments for one municipality: complete drafts for every demo channel in `year`, and
 * last year's versions (all channels except X) for the year-to-year comparison. Safe to run
 * again: an assessment that already exists for (municipality, channel, year) is reused as it is,
 * without adding answers or risks.
 *
 * Returns the assessment ids per channel: { facebook: { current, previous }, … }.
 */
export async function seedDemoAssessments(
  db: PrismaClient,
  params: { municipalityId: string; advisorId: string; year: number },
): Promise<Record<string, { current: string; previous: string | null }>> {
  const { municipalityId, advisorId, year } = params;
  const result: Record<string, { current: string; previous: string | null }> = {};

  for (const channelId of demoChannels) {
    const previous = previousYearChannels.includes(channelId)
      ? await ensureAssessment(db, {
          municipalityId,
          advisorId,
          channelId,
          year: year - 1,
          previousAssessmentId: null,
          answers: previousYearAnswers(channelId),
          risks: previousYearRiskList(channelId),
        })
      : null;
    const current = await ensureAssessment(db, {
      municipalityId,
      advisorId,
      channelId,
      year,
      previousAssessmentId: previous,
      answers: demoAnswers[channelId],
      risks: demoRisks[channelId],
    });
    result[channelId] = { current, previous };
  }
  return result;
}

export async function ensureAssessment(
  db: PrismaClient,
  spec: {
    municipalityId: string;
    advisorId: string;
    channelId: DemoChannel;
    year: number;
    previousAssessmentId: string | null;
    answers: Record<string, DemoAnswer>;
    risks: DemoRisk[];
  },
): Promise<string> {
  const existing = await db.assessment.findFirst({
    where: { municipalityId: spec.municipalityId, channelId: spec.channelId, year: spec.year },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (existing) return existing.id;

  const channel = getChannel(spec.channelId);
  if (!channel) throw new Error(`Demo channel "${spec.channelId}" is missing from the latest catalogue`);

  const frameworkVersions = JSON.stringify(currentVersions());
  // As the wizard would have recorded them: only the questions the channel is asked, and one answer
  // per shared question.
  const frameworks = applicableFrameworks(pinnedFrameworks(frameworkVersions), { kind: channel.kind, digital: channel.digital, selfHosted: false });
  const asked = new Set(allItems(frameworks).map(({ ref }) => ref));
  const answers = Object.entries(withSharedAnswers(frameworks, spec.answers)).filter(([ref]) => asked.has(ref));

  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        municipalityId: spec.municipalityId,
        channelId: spec.channelId,
        year: spec.year,
        status: "draft",
        frameworkVersions,
        catalogueVersion: latestCatalogueVersion(),
        factsUsed: JSON.stringify(applyOverrides(channel, [])),
        createdById: spec.advisorId,
        previousAssessmentId: spec.previousAssessmentId,
      },
      select: { id: true },
    });
    await tx.answer.createMany({
      data: answers.map(([itemId, answer]) => ({
        assessmentId: assessment.id,
        itemId,
        value: JSON.stringify(answer.value),
        rationale: answer.rationale ?? "",
        evidence: answer.evidence ?? "",
        carriedFrom: null,
        updatedById: spec.advisorId,
      })),
    });
    if (spec.risks.length > 0) {
      await tx.risk.createMany({
        data: spec.risks.map((risk) => ({
          assessmentId: assessment.id,
          ...riskContent(risk),
          createdById: spec.advisorId,
        })),
      });
    }
    return assessment.id;
  });
}
