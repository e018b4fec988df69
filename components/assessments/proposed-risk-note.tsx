import { getLocale, getTranslations } from "next-intl/server";
import { Badges } from "@/components/assessments/badges";
import { readProposedFrom } from "@/lib/assessments/proposals";
import { factLabel, factValueLabel, type Locale } from "@/lib/catalogue/facts";

/**
 * Marks a risk the channel's facts proposed, with the facts that show it, so the advisor and
 * the deciding reviewer see it was not weighed by a person yet. Renders nothing for a risk a
 * person added.
 */
export async function ProposedRiskNote({ proposedFrom, decided }: { proposedFrom: string | null; decided: boolean }) {
  const basis = readProposedFrom(proposedFrom);
  if (!basis) return null;
  const [t, locale] = await Promise.all([getTranslations("assessments.risk.proposed"), getLocale()]);
  const facts = basis.map(({ factKey, value }) => `${factLabel(factKey, locale as Locale)}: ${factValueLabel(factKey, value, locale as Locale)}`).join("; ");
  return (
    <>
      <Badges labels={[decided ? t("badge") : t("badgeUndecided")]} />
      <p className="afk-source">{t("basis", { facts })}</p>
    </>
  );
}
