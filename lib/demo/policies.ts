import type { PrismaClient } from "@/lib/generated/prisma/client";
import { lastYearDecision } from "@/lib/demo/story";
import { adoptVersion, createDraft, publishVersion, startNextYear } from "@/lib/policy/mutations";
import { defaultReviewers, sections } from "@/lib/reviews/sections";

/**
 * Demo policy documents: last year's version adopted and published, this year's a draft, so the
 * changes view and the public URLs work right after the demo starts
 * (/p/voorbeeldstad/<last year>, /api/public/voorbeeldstad/policies/<last year>/pdf).
 *
 * Runs after the demo assessments and reviews (lib/demo/assessments.ts, lib/demo/reviews.ts).
 * Last year's assessments are made consistent with an adopted document where they are not yet:
 * decided, every review section approved, every risk still open accepted with an owner and review date.
 * Safe to run again: versions that exist are left as they are.
 */
export async function seedDemoPolicies(db: PrismaClient, params: { municipalityId: string; adminId: string; advisorId: string; year: number }) {
  const { municipalityId, adminId, advisorId, year } = params;
  const previousYear = year - 1;
  const admin = await db.user.findUniqueOrThrow({ where: { id: adminId }, select: { id: true, name: true } });

  let previous = await db.policyVersion.findUnique({ where: { municipalityId_year: { municipalityId, year: previousYear } } });
  if (!previous && (await db.assessment.count({ where: { municipalityId, year: previousYear } })) === 0) {
    console.warn(`seedDemoPolicies: no assessments for ${previousYear}, so there is no adopted policy to show; only a draft for ${year}.`);
    if (!(await db.policyVersion.findUnique({ where: { municipalityId_year: { municipalityId, year } } }))) {
      await db.$transaction((tx) => createDraft(tx, { municipalityId, year }));
    }
    return { adoptedYear: null, draftYear: year };
  }
  if (!previous || previous.status === "draft") {
    await settleLastYear(db, { municipalityId, year: previousYear, adminId, advisorId });
    await db.$transaction(async (tx) => {
      const draft = previous ?? (await createDraft(tx, { municipalityId, year: previousYear }));
      const texts = await tx.policyVersion.update({ where: { id: draft.id }, data: { ...lastYearTexts(previousYear), version: { increment: 1 } } });
      // Recorded on the day of the council's decision, as it would have been: the snapshot (and so the
      // date of the data on the PDF's cover) is from then, not from the day the demo was seeded.
      await adoptVersion(tx, {
        municipalityId,
        year: previousYear,
        councilDecisionDate: `${previousYear}-12-11`,
        councilDecisionRef: `RB-${previousYear}-087`,
        expectedVersion: texts.version,
        user: admin,
        now: new Date(Date.UTC(previousYear, 11, 11, 15)),
      });
    });
    previous = await db.policyVersion.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId, year: previousYear } } });
  }
  if (!previous.publishedAt) {
    await db.$transaction((tx) => publishVersion(tx, { municipalityId, year: previousYear, now: new Date() }));
  }

  const current = await db.policyVersion.findUnique({ where: { municipalityId_year: { municipalityId, year } } });
  if (!current) {
    await db.$transaction(async (tx) => {
      const { draft } = await startNextYear(tx, { municipalityId, fromYear: previousYear, userId: advisorId });
      await tx.policyVersion.update({ where: { id: draft.id }, data: { ...currentYearTexts(year), version: { increment: 1 } } });
    });
  }
  return { adoptedYear: previousYear, draftYear: year };
}

export async function settleLastYear(db: PrismaClient, params: { municipalityId: string; year: number; adminId: string; advisorId: string }) {
  const assessments = await db.assessment.findMany({
    where: { municipalityId: params.municipalityId, year: params.year },
    include: { risks: true, sectionReviews: true },
  });
  const decidedAt = new Date(Date.UTC(params.year, 10, 20, 10));
  for (const assessment of assessments) {
    await db.$transaction(async (tx) => {
      if (assessment.status !== "decided" || !assessment.decision) {
        const chosen = assessment.decision
          ? { decision: assessment.decision, decisionConditions: assessment.decisionConditions, phaseOutDate: assessment.phaseOutDate }
          : lastYearDecision(assessment.channelId, params.year);
        await tx.assessment.update({
          where: { id: assessment.id },
          data: {
            ...chosen,
            status: "decided",
            decisionRationale: assessment.decisionRationale ?? "Besloten na de review door de privacy officer en de CISO, op basis van de score en de geaccepteerde risico's.",
            decidedById: assessment.decidedById ?? params.advisorId,
            decidedAt: assessment.decidedAt ?? decidedAt,
            version: { increment: 1 },
          },
        });
      }
      for (const section of sections) {
        const review = assessment.sectionReviews.find((candidate) => candidate.section === section);
        if (review?.status === "approved") continue;
        const reviewerRole = defaultReviewers[section];
        await tx.sectionReview.upsert({
          where: { assessmentId_section: { assessmentId: assessment.id, section } },
          create: { assessmentId: assessment.id, section, status: "approved", reviewerRole, rationale: "Akkoord.", decidedAt, round: assessment.reviewRound },
          update: { status: "approved", reviewerRole, rationale: review?.rationale ?? "Akkoord.", decidedAt },
        });
      }
      for (const risk of assessment.risks) {
        // A decided risk keeps its decision, a refusal included; only an open one is settled here.
        if (risk.decision) continue;
        await tx.risk.update({
          where: { id: risk.id },
          data: {
            decision: "accepted",
            decisionRationale: risk.decisionRationale ?? "Aanvaardbaar met de genoemde maatregelen; jaarlijks opnieuw bekeken.",
            riskOwner: risk.riskOwner ?? (risk.ownerRole === "ciso" ? "CISO" : risk.ownerRole === "privacy" ? "Privacy officer" : "Teamleider communicatie"),
            reviewDate: risk.reviewDate ?? `${params.year + 1}-09-30`,
            decidedById: risk.decidedById ?? params.adminId,
            decidedAt: risk.decidedAt ?? decidedAt,
            version: { increment: 1 },
          },
        });
      }
    });
  }
}

function lastYearTexts(year: number) {
  return {
    introduction: [
      `Dit is het beleid van Gemeente Voorbeeldstad voor het gebruik van sociale media en andere kanalen in ${year}. Per kanaal staat erin waarom de gemeente het wel of niet gebruikt, onder welke voorwaarden, en welke risico’s zij bewust aanvaardt.`,
      "De afwegingen volgen het VNG-afwegingskader, de democratische basislijn, de overwegingen en beslisvragen van de IBD en de publieke waarden. De privacy officer en de CISO hebben de risico’s beoordeeld; de gemeenteraad heeft het beleid vastgesteld.",
    ].join("\n\n"),
    summary: [
      "De gemeente wil iedereen goed bereiken. Daarom staat alle belangrijke informatie altijd op de website, in de nieuwsbrief en aan de balie. Sociale media gebruiken we alleen als extra kanaal.",
      "Op Facebook doen we steeds minder; we stoppen ermee uiterlijk op de einddatum uit onze exitstrategie. TikTok gebruiken we niet. Op Mastodon, de gemeentelijke website, de gemeente-app en in de nieuwsbrief zijn we actief. Elk jaar kijken we opnieuw of dit nog de goede keuze is.",
    ].join("\n\n"),
    evaluationDate: `${year + 1}-10-01`,
  };
}

function currentYearTexts(year: number) {
  return {
    introduction: `Conceptversie van het beleid voor ${year}. Deze versie begint bij het vastgestelde beleid van ${year - 1}; de beoordelingen van dit jaar zijn nog in behandeling.`,
    summary: "",
    evaluationDate: `${year + 1}-10-01`,
  };
}
