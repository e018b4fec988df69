import { getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { ScoreExplanation } from "@/components/assessments/score-explanation";
import type { AssessmentDetail } from "@/lib/assessments/queries";
import type { ScoreResult } from "@/lib/scoring/schema";
import type { SensitivityResult } from "@/lib/scoring/sensitivity";

/** The last step: the score, the advice and everything that explains them, as the page scored them. */
export async function SummaryStep({
  slug,
  detail,
  result,
  sensitivity,
  channelNames,
}: {
  slug: string;
  detail: AssessmentDetail;
  result: ScoreResult;
  sensitivity: SensitivityResult;
  channelNames: Record<string, string>;
}) {
  const t = await getTranslations("assessments");
  return (
    <section aria-labelledby="summary-title" className="afk-stack">
      <Heading2 id="summary-title">{t("steps.summary")}</Heading2>
      <Paragraph>{t("wizard.summaryIntro")}</Paragraph>
      <ScoreExplanation
        result={result}
        sensitivity={sensitivity}
        frameworks={detail.frameworks}
        channelNames={channelNames}
        stepHref={(step) => `/m/${slug}/assessments/${detail.assessment.id}/${step}`}
      />
    </section>
  );
}
