import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DemoChannel } from "@/lib/demo/assessment-answers";
import { previousYearAnswers, previousYearRiskList } from "@/lib/demo/assessment-answers";
import { ensureAssessment } from "@/lib/demo/assessments";
import { settleLastYear } from "@/lib/demo/policies";
import { adoptVersion, createDraft, publishVersion } from "@/lib/policy/mutations";
import type { Decision } from "@/lib/reviews/transitions";
import { approveTransparency, saveTransparency } from "@/lib/transparency/mutations";
import type { TransparencyFigures } from "@/lib/transparency/schema";

/**
 * The second demo municipality's published policy, so the public channel pages (/channels/…)
 * compare two municipalities that decided differently: Rivierdal keeps Facebook and uses TikTok
 * with conditions where Voorbeeldstad phases Facebook out and does not use TikTok, and it does not
 * use Mastodon, which Voorbeeldstad does. Facebook and TikTok carry an approved transparency report
 * (issue 16, part 2), so the document has that chapter. Last year's version only, adopted and published; Rivierdal
 * has no draft, so its other data stays as the security suite and the tenancy specs expect.
 * Safe to run again: a version that exists is left as it is.
 */
const decisions: Record<string, { decision: Decision; conditions: string | null; rationale: string }> = {
  facebook: {
    decision: "use_with_conditions",
    conditions: "Alleen voor informatie die ook op de website staat; geen betaalde promotie; reacties op werkdagen gemodereerd.",
    rationale: "Veel inwoners boven de 50 volgen de gemeente alleen hier. Zolang er geen alternatief is met hetzelfde bereik blijven we, onder voorwaarden; volgend jaar kijken we opnieuw naar de DPIA-risico’s.",
  },
  tiktok: {
    decision: "use_with_conditions",
    conditions: "Alleen voor wervingscampagnes gericht op volwassenen; geen reacties; beheer op een apart toestel.",
    rationale: "Voor werving van jonge medewerkers bereiken we op TikTok een groep die we nergens anders zien. De risico’s van het verdienmodel beperken we met strikte voorwaarden.",
  },
  mastodon: {
    decision: "do_not_use",
    conditions: null,
    rationale: "Vrijwel geen inwoners van Rivierdal zijn er actief; de inzet weegt niet op tegen het bereik. We volgen de ontwikkeling en kijken volgend jaar opnieuw.",
  },
  "municipal-website": { decision: "use", conditions: null, rationale: "De website is het kanaal waar alle informatie altijd staat; de andere kanalen verwijzen ernaar." },
  newsletter: { decision: "use", conditions: null, rationale: "Een eigen kanaal zonder tussenpersoon, dat ook inwoners zonder sociale media bereikt." },
};

const transparency: Record<string, { figures: TransparencyFigures; dilemmas: string }> = {
  facebook: {
    figures: { reach: 8400, posts: 212, commentsModerated: 1630, commentsRemoved: 74, accountsBlocked: 6, incidents: 2, requestsFromPlatform: 1, requestsToPlatform: 9, costs: 14200 },
    dilemmas:
      "Na de gemeenteraadsvergadering over de windmolens kwamen er honderden boze reacties. We hebben alleen bedreigingen en scheldwoorden verwijderd en kritiek laten staan, ook als die onterecht was; de moderatoren kregen daarvoor een vaste lijst.",
  },
  tiktok: {
    figures: { reach: 2900, posts: 38, commentsModerated: 410, commentsRemoved: 22, accountsBlocked: 1, incidents: 0, requestsFromPlatform: 0, requestsToPlatform: 1, costs: 6100 },
    dilemmas: "Een wervingsvideo bereikte vooral jongeren onder de 18. We hebben de video offline gehaald en plaatsen voortaan alleen berichten voor volwassenen.",
  },
};

export async function seedRivierdalPolicy(db: PrismaClient, params: { municipalityId: string; adminId: string; advisorId: string; year: number }) {
  const { municipalityId, adminId, advisorId } = params;
  const year = params.year - 1;
  const existing = await db.policyVersion.findUnique({ where: { municipalityId_year: { municipalityId, year } } });
  if (existing && existing.status === "adopted") {
    if (!existing.publishedAt) await db.$transaction((tx) => publishVersion(tx, { municipalityId, year, now: new Date() }));
    return { year };
  }
  for (const [channelId, chosen] of Object.entries(decisions)) {
    const id = await ensureAssessment(db, {
      municipalityId,
      advisorId,
      channelId: channelId as DemoChannel,
      year,
      previousAssessmentId: null,
      answers: previousYearAnswers(channelId as DemoChannel),
      risks: previousYearRiskList(channelId as DemoChannel),
    });
    await db.assessment.updateMany({
      where: { id, decision: null },
      data: { decision: chosen.decision, decisionConditions: chosen.conditions, decisionRationale: chosen.rationale },
    });
    const report = transparency[channelId];
    if (report && !(await db.transparencyReport.findUnique({ where: { assessmentId: id } }))) {
      await db.$transaction(async (tx) => {
        await saveTransparency(tx, { municipalityId, assessmentId: id, userId: advisorId, expectedVersion: 0, ...report });
        await approveTransparency(tx, { municipalityId, assessmentId: id, userId: adminId, expectedVersion: 1, now: new Date(Date.UTC(year, 10, 25, 10)) });
      });
    }
  }
  await settleLastYear(db, { municipalityId, year, adminId, advisorId });
  const admin = await db.user.findUniqueOrThrow({ where: { id: adminId }, select: { id: true, name: true } });
  await db.$transaction(async (tx) => {
    const draft = existing ?? (await createDraft(tx, { municipalityId, year }));
    const texts = await tx.policyVersion.update({
      where: { id: draft.id },
      data: {
        introduction: `Het beleid van Gemeente Rivierdal voor sociale media en andere kanalen in ${year}: per kanaal het besluit, de voorwaarden en de redenen.`,
        summary:
          "Rivierdal wil inwoners bereiken waar ze zijn. We blijven op Facebook en gebruiken TikTok voor werving, allebei met strikte voorwaarden. Mastodon gebruiken we nog niet. Alles staat altijd op de website en in de nieuwsbrief.",
        evaluationDate: `${year + 1}-11-01`,
        version: { increment: 1 },
      },
    });
    await adoptVersion(tx, {
      municipalityId,
      year,
      councilDecisionDate: `${year}-12-04`,
      councilDecisionRef: `RV-${year}-112`,
      expectedVersion: texts.version,
      user: admin,
      now: new Date(Date.UTC(year, 11, 4, 15)),
    });
    await publishVersion(tx, { municipalityId, year, now: new Date() });
  });
  return { year };
}
