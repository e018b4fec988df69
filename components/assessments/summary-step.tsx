import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Heading2, Paragraph } from "@utrecht/component-library-react";
import { ScoreExplanation } from "@/components/assessments/score-explanation";
import { endDateMismatch, exitDeadlineOf, exitDeadlineRef } from "@/lib/assessments/end-dates";
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
  const format = await getFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const endDates = endDateMismatch(detail.assessment, exitDeadlineOf(detail.answers.get(exitDeadlineRef)?.value));
  return (
    <section aria-labelledby="summary-title" className="afk-stack">
      <Heading2 id="summary-title">{t("steps.summary")}</Heading2>
      <Paragraph>{t("wizard.summaryIntro")}</Paragraph>
      {endDates ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{t("wizard.openItem")}</strong> {t("wizard.endDatesDiffer", { decided: day(endDates.decided), exitDeadline: day(endDates.exitDeadline) })}{" "}
            <a className="utrecht-link" href={`/m/${slug}/assessments/${detail.assessment.id}/exit`}>
              {t("wizard.toExitStrategy")}
            </a>
          </Paragraph>
        </Alert>
      ) : null}
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
