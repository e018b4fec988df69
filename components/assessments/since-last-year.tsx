import { getLocale, getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { ConfirmStepButton } from "@/components/assessments/confirm-step-button";
import { factLabel, factValueLabel, type FactChange, type Locale } from "@/lib/catalogue/facts";
import type { stepSinceLastYear } from "@/lib/assessments/next-year";
import { localized } from "@/lib/i18n/localized";

/**
 * Next year's assessment, at the top of a step: what changed since last year that bears on the
 * step (the channel's facts, the framework editions and their questions), how many carried
 * answers are still to be checked, and one action to confirm them all as unchanged.
 */
export async function SinceLastYear({
  slug,
  assessmentId,
  stepId,
  previousYear,
  since,
  factChanges,
  editable,
}: {
  slug: string;
  assessmentId: string;
  stepId: string;
  previousYear: number;
  since: ReturnType<typeof stepSinceLastYear>;
  /** Facts of the channel that differ from last year's and bear on this step. */
  factChanges: FactChange[];
  editable: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("assessments.nextYear"), getLocale() as Promise<Locale>]);
  const numbers = (list: number[]) => list.join(", ");
  return (
    <section className="afk-card afk-stack" aria-labelledby="since-last-year">
      <Heading2 id="since-last-year">{t("title", { year: previousYear })}</Heading2>
      <Paragraph>{t("intro", { year: previousYear })}</Paragraph>
      <Paragraph>
        <strong>{t("factsTitle")}</strong>
      </Paragraph>
      {factChanges.length ? (
        <ul>
          {factChanges.map((change) => (
            <li key={change.factKey}>
              {t("factChange", {
                fact: factLabel(change.factKey, locale),
                old: factValueLabel(change.factKey, change.oldValue, locale),
                new: factValueLabel(change.factKey, change.newValue, locale),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t("noFacts")}</Paragraph>
      )}
      <Paragraph>
        <strong>{t("questionsTitle")}</strong>
      </Paragraph>
      {since.changedFrameworks.length ? (
        <ul>
          {since.changedFrameworks.map(({ framework, from, to }) => (
            <li key={framework.id}>
              {from ? t("edition", { framework: localized(framework.title, locale), from, to }) : t("editionAdded", { framework: localized(framework.title, locale), to })}
            </li>
          ))}
          {since.newQuestions.length ? <li>{t("newQuestions", { numbers: numbers(since.newQuestions) })}</li> : null}
          {since.changedQuestions.length ? <li>{t("changedQuestions", { numbers: numbers(since.changedQuestions) })}</li> : null}
        </ul>
      ) : (
        <Paragraph>{t("noFrameworkChanges")}</Paragraph>
      )}
      <Paragraph>{since.awaiting ? t("awaiting", { awaiting: since.awaiting, carried: since.carried }) : t("allChecked", { carried: since.carried })}</Paragraph>
      {editable ? (
        <ConfirmStepButton municipalitySlug={slug} assessmentId={assessmentId} stepId={stepId} awaiting={since.awaiting} label={t("confirm", { count: since.awaiting })} />
      ) : null}
    </section>
  );
}
