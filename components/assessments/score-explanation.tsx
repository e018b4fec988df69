import { getLocale, getTranslations } from "next-intl/server";
import { Alert, Heading2, Heading3, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { stepOfItem } from "@/lib/assessments/steps";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadDimensions } from "@/lib/frameworks/load";
import { messageParams, type ScoreResult, type SensitivityResult } from "@/lib/scoring";
import type { Framework } from "@/lib/frameworks/schema";
import { TableRegion } from "@/components/tables/table-region";

type Props = {
  result: ScoreResult;
  sensitivity: SensitivityResult | null;
  frameworks: readonly Framework[];
  channelNames: Record<string, string>;
  stepHref: (stepId: string) => string;
};

const percent = (value: number) => Math.round(value * 100);

/** The score, the advice and why: every figure with the answers and facts that drove it. */
export async function ScoreExplanation({ result, sensitivity, frameworks, channelNames, stepHref }: Props) {
  const [t, locale] = await Promise.all([getTranslations("scoring"), getLocale() as Promise<Locale>]);
  const dimensions = loadDimensions();
  const context = { locale, frameworks, dimensions, channelNames };
  const say = (key: string, params: Record<string, unknown>) => t(key as "labels.score", messageParams(params as never, context) as never);
  const dimensionTitle = (id: string) => {
    const dimension = dimensions.find((candidate) => candidate.id === id);
    return dimension ? localized(dimension.title, locale) : id;
  };
  const questionLink = (ref: string, label: string) => {
    const step = stepOfItem(frameworks, ref);
    return step ? <Link href={`${stepHref(step)}`}>{label}</Link> : label;
  };
  const { recommendation, overall } = result;
  const advice =
    recommendation.value === "phase_out" && recommendation.phaseOutBy
      ? say("recommendation.phaseOutBy", { date: recommendation.phaseOutBy })
      : t(`recommendation.${recommendation.value}`);

  return (
    <div className="afk-stack">
      <section aria-labelledby="advice-title" className="afk-card">
        <Heading2 id="advice-title">
          {t("labels.overall")}: {overall.score === null ? t("labels.noScore") : t("labels.scoreValue", { score: Math.round(overall.score) })}
        </Heading2>
        <Paragraph>
          <strong>{advice}</strong> · {t("labels.confidence")}: {t("labels.confidenceValue", { confidence: percent(overall.confidence) })}
        </Paragraph>
        {recommendation.provisional ? (
          <Alert type="warning">
            <Paragraph>{t("recommendation.provisional")}</Paragraph>
          </Alert>
        ) : null}
        <Heading3>{t("labels.reasons")}</Heading3>
        <ul>
          {recommendation.reasons.map((reason, index) => (
            <li key={`${reason.messageKey}-${index}`}>{say(reason.messageKey, reason.params)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="knockouts-title">
        <Heading2 id="knockouts-title">{t("labels.knockouts")}</Heading2>
        {result.knockouts.length === 0 ? <Paragraph>{t("labels.noKnockouts")}</Paragraph> : null}
        <ul>
          {result.knockouts.map((knockout) => (
            <li key={knockout.id}>
              <strong>
                {t(`knockout.${knockout.id}.title` as "labels.score")} ({knockout.status === "unresolved" ? t("labels.unresolved") : knockout.severity === "blocking" ? t("labels.blocking") : t("labels.condition")})
              </strong>
              : {say(knockout.messageKey, knockout.params)}
              {knockout.drivers.length ? (
                <ul>
                  {knockout.drivers.map((driver, index) => (
                    <li key={index}>
                      {driver.kind === "answer" ? questionLink(driver.itemRef, say(driver.messageKey, driver.params)) : say(driver.messageKey, driver.params)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dimensions-title">
        <Heading2 id="dimensions-title">{t("labels.dimensionsTitle")}</Heading2>
        <TableRegion label={t("labels.dimensionsCaption")}>
          <Table>
            <TableCaption>{t("labels.dimensionsCaption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("groups.baseline")} / {t("groups.public-value")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("labels.score")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("labels.confidence")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("labels.weight")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.dimensions.map((dimension) => (
                <TableRow key={dimension.id}>
                  <TableHeaderCell scope="row">{dimensionTitle(dimension.id)}</TableHeaderCell>
                  <TableCell>{dimension.score === null ? "–" : Math.round(dimension.score)}</TableCell>
                  <TableCell>{t("labels.confidenceValue", { confidence: percent(dimension.confidence) })}</TableCell>
                  <TableCell>{dimension.weight}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
        {result.dimensions.map((dimension) => (
          <details key={dimension.id} className="afk-details">
            <summary>
              {t("labels.drivers")}: {dimensionTitle(dimension.id)} ({dimension.score === null ? "–" : Math.round(dimension.score)}) ·{" "}
              {t("labels.unknown", { count: dimension.unknown.length + dimension.unknownFacts.length })}
            </summary>
            <ul>
              {dimension.drivers.map((driver, index) => (
                <li key={index}>
                  {driver.kind === "answer" ? questionLink(driver.itemRef, say(driver.messageKey, driver.params)) : say(driver.messageKey, driver.params)}
                </li>
              ))}
              {dimension.unknown.map((ref) => (
                <li key={ref}>
                  {questionLink(ref, say(dimension.answeredUnknown.includes(ref) ? "driver.evidence.answeredUnknown" : "driver.evidence.unanswered", { itemRef: ref }))}
                </li>
              ))}
              {dimension.unknownFacts.map((factKey) => (
                <li key={factKey}>{say("driver.evidence.factUnknown", { factKey })}</li>
              ))}
            </ul>
          </details>
        ))}
      </section>

      {result.whatWouldChange.length ? (
        <section aria-labelledby="changes-title">
          <Heading2 id="changes-title">{t("labels.whatWouldChange")}</Heading2>
          <ul>
            {result.whatWouldChange.map((change, index) => (
              <li key={index}>{change.kind === "answer" ? questionLink(change.itemRef, say(change.messageKey, change.params)) : say(change.messageKey, change.params)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {sensitivity ? (
        <section aria-labelledby="sensitivity-title">
          <Heading2 id="sensitivity-title">{t("sensitivity.title")}</Heading2>
          <Paragraph>{t("sensitivity.intro")}</Paragraph>
          <SensitivityTable sensitivity={sensitivity} dimensionTitle={dimensionTitle} />
        </section>
      ) : null}
      <Paragraph>
        <Link href="/method">{t("labels.method")}</Link>
      </Paragraph>
    </div>
  );
}

async function SensitivityTable({ sensitivity, dimensionTitle }: { sensitivity: SensitivityResult; dimensionTitle: (id: string) => string }) {
  const t = await getTranslations("scoring");
  const changing = sensitivity.dimensions.filter((dimension) => dimension.changes);
  return (
    <>
      {changing.length === 0 ? (
        <Paragraph>{t("sensitivity.stable")}</Paragraph>
      ) : (
        <ul>
          {changing.flatMap((dimension) =>
            dimension.variants
              .filter((variant) => variant.changes)
              .map((variant) => (
                <li key={`${dimension.id}-${variant.delta}`}>
                  {t("sensitivity.changes", {
                    dimension: dimensionTitle(dimension.id),
                    delta: Math.round(variant.delta * 100),
                    recommendation: variant.recommendation,
                  })}
                </li>
              )),
          )}
        </ul>
      )}
      <TableRegion label={t("sensitivity.title")}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("labels.weight")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("sensitivity.down")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("sensitivity.up")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sensitivity.dimensions.map((dimension) => (
              <TableRow key={dimension.id}>
                <TableHeaderCell scope="row">{dimensionTitle(dimension.id)}</TableHeaderCell>
                {dimension.variants.map((variant) => (
                  <TableCell key={variant.delta}>
                    {variant.changes ? <strong>{t(`recommendation.${variant.recommendation}`)}</strong> : t(`recommendation.${variant.recommendation}`)} (
                    {variant.score === null ? "–" : Math.round(variant.score)})
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </>
  );
}
