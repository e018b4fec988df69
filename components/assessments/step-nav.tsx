import { getTranslations } from "next-intl/server";
import type { StepProgress } from "@/lib/assessments/progress";

/** The steps with their progress; any step can be opened in any order. */
export async function StepNav({ baseHref, steps, current }: { baseHref: string; steps: StepProgress[]; current?: string }) {
  const t = await getTranslations("assessments");
  return (
    <nav aria-label={t("wizard.stepsNav")} className="afk-steps">
      <ol>
        {steps.map((step, index) => (
          <li key={step.stepId} className={step.complete && step.total > 0 ? "afk-steps__done" : undefined}>
            <a href={`${baseHref}/${step.stepId}`} aria-current={step.stepId === current ? "step" : undefined}>
              <span className="afk-steps__number">{index + 1}.</span> {t(`steps.${step.stepId as "goals"}`)}
            </a>
            {step.total > 0 && step.stepId !== "risks" ? (
              <span className="afk-steps__progress">
                {t("wizard.answeredOf", { answered: step.answered, total: step.total })}
                {step.complete ? ` · ${t("wizard.complete")}` : ""}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
