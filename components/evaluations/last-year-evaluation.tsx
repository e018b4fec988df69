import { getTranslations } from "next-intl/server";
import { Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import type { Outcome } from "@/lib/evaluations/schema";

/** On next year's summary step: what last year's evaluation of this channel concluded, and why. */
export async function LastYearEvaluation({ slug, evaluation }: { slug: string; evaluation: { id: string; year: number; outcome: Outcome; rationale: string } }) {
  const t = await getTranslations("evaluations");
  return (
    <section className="afk-stack afk-card" aria-labelledby="last-year-evaluation">
      <Heading2 id="last-year-evaluation">{t("lastYear.title")}</Heading2>
      <Paragraph>
        <strong>{t("lastYear.outcome", { year: evaluation.year, outcome: t(`outcome.${evaluation.outcome}`) })}</strong>
      </Paragraph>
      {evaluation.rationale ? <Paragraph>{evaluation.rationale}</Paragraph> : null}
      <Paragraph>
        <Link href={`/m/${slug}/evaluations/${evaluation.id}`}>{t("lastYear.link")}</Link>
      </Paragraph>
    </section>
  );
}
