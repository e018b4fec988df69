import { coverageItems } from "@/lib/assessments/coverage";
import { channelKindLabels } from "@/lib/catalogue/facts";
import { messageParams, type ExplainContext } from "@/lib/scoring/explain";
import type { SnapshotChannel } from "@/lib/policy/schema";
import type { ChannelView } from "@/lib/policy/view-model";
import { chapterId, percent, sameParams, type ViewContext } from "@/lib/policy/view-text";
import { evaluationSection } from "@/lib/policy/view-evaluation";

/** The chapter of one channel: the decision, the score and its reasons, goals, risks, last year's evaluation and the plan. */
export function channelChapter(ctx: ViewContext, channel: SnapshotChannel): ChannelView {
  const { locale, t, dimensions, channelNames, l, date, answerText, decisionLabel, recommendationLabel, scoreLabel, riskDecisionLabel, roleLabel } = ctx;
  const cell = (value: number | null) => (value === null ? "–" : String(value));
  const pinned = ctx.pinnedOf(channel);
  const context: ExplainContext = { locale, frameworks: pinned, dimensions, channelNames };
  const say = (key: string, params: Record<string, string>) => t(`scoring.${key}`, messageParams(params, context));
  const { score } = channel;
  const answer = (ref: string) => channel.answers[ref]?.value ?? null;
  const planFramework = pinned.find((framework) => framework.id === "assessment-plan");
  const planParts = ["alternatives", "exit", "moderation", "crisis", "inclusion"];
  const hostingFramework = pinned.find((framework) => framework.id === "eigen-beheer");
  const effects = score.dimensions
    .flatMap((dimension) => dimension.drivers.map((driver) => ({ driver, dimension })))
    .filter(({ driver }) => driver.contribution !== 0)
    .sort((a, b) => Math.abs(b.driver.contribution) - Math.abs(a.driver.contribution) || a.dimension.id.localeCompare(b.dimension.id))
    .slice(0, 3)
    .map(({ driver, dimension }) => `${l(dimensions.find((d) => d.id === dimension.id)?.title ?? { nl: dimension.id, en: dimension.id })}: ${say(driver.messageKey, driver.params)}`);
  const risks = channel.risks;
  // Questions the channel was not asked, each with the reason the framework gives.
  const notAsked = Object.entries(channel.notApplicable ?? {}).flatMap(([ref, reason]) => {
    const [frameworkId, itemId] = ref.split(":");
    const item = pinned.find((framework) => framework.id === frameworkId)?.parts.flatMap((part) => part.items).find((candidate) => candidate.id === itemId);
    return item ? [{ question: l(item.text), answer: t("policy.doc.notApplicable", { reason: l(reason) }), rationale: "" }] : [];
  });
  return {
    kind: "channel",
    id: chapterId(channel.channelId),
    title: channel.name,
    kindLabel: l(channelKindLabels[channel.kind]) + (channel.host ? ` · ${t("policy.doc.selfHostedOn", { host: channel.host })}` : ""),
    decision: [
      { term: t("policy.doc.decision"), value: decisionLabel(channel.decision.value) },
      ...(channel.decision.phaseOutDate ? [{ term: t("policy.doc.phaseOutDate"), value: date(channel.decision.phaseOutDate) }] : []),
      ...(channel.decision.conditions ? [{ term: t("policy.doc.conditions"), value: channel.decision.conditions }] : []),
      ...(channel.decision.rationale ? [{ term: t("policy.doc.rationale"), value: channel.decision.rationale }] : []),
    ],
    score: [
      { term: t("scoring.labels.overall"), value: scoreLabel(score.overall.score) },
      { term: t("scoring.labels.confidence"), value: t("policy.doc.percent", { value: percent(score.overall.confidence) }) },
      {
        term: t("policy.doc.advice"),
        value:
          (score.recommendation.value === "phase_out" && score.recommendation.phaseOutBy
            ? t("scoring.recommendation.phaseOutBy", { date: date(score.recommendation.phaseOutBy) })
            : recommendationLabel(score.recommendation.value)) + (score.recommendation.provisional ? ` (${t("policy.doc.provisional")})` : ""),
      },
    ],
    // A reason that is a knock-out finding is listed under the knock-outs already, with its title.
    reasons: score.recommendation.reasons
      .filter((reason) => !score.knockouts.some((knockout) => knockout.messageKey === reason.messageKey && sameParams(knockout.params, reason.params)))
      .map((reason) => say(reason.messageKey, reason.params)),
    knockouts: score.knockouts.map(
      (knockout) =>
        `${t(`scoring.knockout.${knockout.id}.title`)} (${knockout.status === "unresolved" ? t("scoring.labels.unresolved") : knockout.severity === "blocking" ? t("scoring.labels.blocking") : t("scoring.labels.condition")}): ${say(knockout.messageKey, knockout.params)}`,
    ),
    effects,
    dimensions: {
      caption: t("policy.doc.dimensionsCaption", { channel: channel.name }),
      columns: [
        { label: t("policy.doc.dimension"), width: 5 },
        { label: t("scoring.labels.score"), width: 2 },
        { label: t("scoring.labels.confidence"), width: 2 },
      ],
      // The weights are the municipality's, the same for every channel: listed once, in the appendix.
      rows: score.dimensions.map((dimension) => [
        l(dimensions.find((d) => d.id === dimension.id)?.title ?? { nl: dimension.id, en: dimension.id }),
        cell(dimension.score === null ? null : Math.round(dimension.score)),
        t("policy.doc.percent", { value: percent(dimension.confidence) }),
      ]),
    },
    goals: [
      { term: t("policy.doc.goals"), value: answerText(pinned, "assessment-plan:plan.goals.goals", answer("assessment-plan:plan.goals.goals")) },
      { term: t("policy.doc.audiences"), value: answerText(pinned, coverageItems.audiences, answer(coverageItems.audiences)) },
      { term: t("policy.doc.reach"), value: answerText(pinned, "assessment-plan:plan.goals.reach", answer("assessment-plan:plan.goals.reach")) },
    ],
    risks: risks.length
      ? {
          caption: t("policy.doc.risksCaption", { channel: channel.name }),
          columns: [
            { label: t("policy.doc.risk"), width: 5 },
            { label: t("policy.doc.likelihoodImpact"), width: 2 },
            { label: t("policy.doc.riskDecision"), width: 3 },
            { label: t("policy.doc.riskOwner"), width: 3 },
            { label: t("policy.doc.reviewDate"), width: 3 },
          ],
          rows: risks.map((risk) => [
            risk.title + (risk.measures ? ` — ${t("policy.doc.measures")}: ${risk.measures}` : ""),
            `${risk.likelihood} × ${risk.impact}`,
            riskDecisionLabel(risk.decision) + (risk.decisionRationale ? `: ${risk.decisionRationale}` : ""),
            risk.riskOwner || roleLabel(risk.ownerRole),
            risk.reviewDate ? date(risk.reviewDate) : "–",
          ]),
        }
      : null,
    evaluation: evaluationSection(ctx, channel),
    // The plan, and for a channel the municipality hosts itself what it said about running the server.
    plan: [
      ...(planFramework ? planFramework.parts.filter((part) => planParts.includes(part.id)).map((part) => ({ framework: planFramework, part })) : []),
      ...(hostingFramework ? hostingFramework.parts.map((part) => ({ framework: hostingFramework, part })) : []),
    ].map(({ framework, part }) => ({
      id: framework === planFramework ? part.id : `${framework.id}-${part.id}`,
      title: l(part.title),
      questions: part.items.map((item) => {
        const ref = `${framework.id}:${item.id}`;
        return { question: l(item.text), answer: answerText(pinned, ref, answer(ref)), rationale: channel.answers[ref]?.rationale ?? "" };
      }),
    })).concat(notAsked.length ? [{ id: "not-applicable", title: t("policy.doc.notApplicableTitle"), questions: notAsked }] : []),
  };
}
