import type { AnswerValue } from "@/lib/frameworks/answer-value";
import type { ChannelKind } from "@/lib/catalogue/schema";

/** The audiences the assessment-plan framework offers; the matrix keeps this order. */
export const audienceIds = ["young-people", "elderly", "low-literacy", "non-dutch-readers", "entrepreneurs", "disability", "general-public"] as const;

export const coverageItems = {
  audiences: "assessment-plan:plan.goals.audiences",
  alternatives: "assessment-plan:plan.alternatives.channels",
  fallback: "assessment-plan:plan.crisis.fallback",
} as const;

export type CoverageAssessment = {
  channelId: string;
  channelName: string;
  kind: ChannelKind;
  decision: string | null;
  answers: Readonly<Record<string, AnswerValue | null | undefined>>;
};

export type CoverageCell = "assessed" | "alternative" | null;

export type CoverageRow = {
  audience: string;
  cells: Record<string, CoverageCell>;
  reachedBy: string[];
  fallbacks: string[];
  warnings: ("no-channel" | "commercial-only" | "no-crisis-fallback")[];
};

const list = (value: AnswerValue | null | undefined): string[] => (Array.isArray(value) ? value : []);
const dropped = new Set(["do_not_use", "phase_out"]);

/**
 * Which audiences are reached by which channels in one policy year, and where an audience hangs on
 * commercial platforms only or has no fallback outside them in a crisis. A channel reaches an
 * audience when its assessment targets that audience; the alternatives it names reach the same
 * audience. Channels decided "do not use" or "phase out" do not count as reaching anyone.
 */
export function coverageMatrix(assessments: readonly CoverageAssessment[], kindOf: (channelId: string) => ChannelKind | undefined) {
  const active = assessments.filter((assessment) => !assessment.decision || !dropped.has(assessment.decision));
  const columns = [...new Set(active.flatMap((assessment) => [assessment.channelId, ...list(assessment.answers[coverageItems.alternatives])]))];
  const rows: CoverageRow[] = audienceIds.map((audience) => {
    const cells: Record<string, CoverageCell> = Object.fromEntries(columns.map((column) => [column, null]));
    const fallbacks = new Set<string>();
    for (const assessment of active) {
      if (!list(assessment.answers[coverageItems.audiences]).includes(audience)) continue;
      cells[assessment.channelId] = "assessed";
      for (const alternative of list(assessment.answers[coverageItems.alternatives])) cells[alternative] ??= "alternative";
      for (const fallback of list(assessment.answers[coverageItems.fallback])) fallbacks.add(fallback);
    }
    const reachedBy = columns.filter((column) => cells[column] !== null);
    const warnings: CoverageRow["warnings"] = [];
    if (reachedBy.length === 0) warnings.push("no-channel");
    else if (reachedBy.every((channel) => kindOf(channel) === "commercial")) warnings.push("commercial-only");
    if (reachedBy.length > 0 && ![...fallbacks].some((channel) => kindOf(channel) !== undefined && kindOf(channel) !== "commercial")) {
      warnings.push("no-crisis-fallback");
    }
    return { audience, cells, reachedBy, fallbacks: [...fallbacks], warnings };
  });
  return { columns, rows };
}
