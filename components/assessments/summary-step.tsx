import { getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { ScoreExplanation } from "@/components/assessments/score-explanation";
import { scoreAssessments } from "@/lib/assessments/scoring";
import { channelOptions } from "@/lib/assessments/channel-options";
import type { AssessmentDetail } from "@/lib/assessments/queries";
import { sensitivity } from "@/lib/scoring";

/** The last step: the score, the advice and everything that explains them. */
export async function SummaryStep({ slug, municipalityId, detail }: { slug: string; municipalityId: string; detail: AssessmentDetail }) {
  const [t, [scored], channels] = await Promise.all([getTranslations("assessments"), scoreAssessments(municipalityId, [detail]), channelOptions(municipalityId)]);
  return (
    <section aria-labelledby="summary-title" className="afk-stack">
      <Heading2 id="summary-title">{t("steps.summary")}</Heading2>
      <Paragraph>{t("wizard.summaryIntro")}</Paragraph>
      <ScoreExplanation
        result={scored.result}
        sensitivity={sensitivity(scored.input)}
        frameworks={detail.frameworks}
        channelNames={Object.fromEntries(channels.map((channel) => [channel.id, channel.name]))}
        stepHref={(step) => `/m/${slug}/assessments/${detail.assessment.id}/${step}`}
      />
    </section>
  );
}
