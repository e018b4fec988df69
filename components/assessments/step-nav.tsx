import { getTranslations } from "next-intl/server";
import type { StepProgress } from "@/lib/assessments/progress";
import { StepNavItem } from "@/components/assessments/step-progress";

/** The steps with their progress; any step can be opened in any order. */
export async function StepNav({ baseHref, steps, current }: { baseHref: string; steps: StepProgress[]; current?: string }) {
  const t = await getTranslations("assessments");
  return (
    <nav aria-label={t("wizard.stepsNav")} className="afk-steps">
      <ol>
        {steps.map((step, index) => (
          <StepNavItem
            key={step.stepId}
            href={`${baseHref}/${step.stepId}`}
            number={index + 1}
            label={t(`steps.${step.stepId as "goals"}`)}
            current={step.stepId === current}
            progress={step}
            showCount={step.total > 0 && step.stepId !== "risks"}
          />
        ))}
      </ol>
    </nav>
  );
}
