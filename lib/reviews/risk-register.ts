import { z } from "zod";

/**
 * Which accepted risks the register shows. By default the risks in force: per channel, those of its
 * latest decided assessment, because a decided assessment weighs the risks of the ones before it
 * again, and those of any newer assessment still under way (risks already accepted there). Risks
 * are not carried from one year's assessment to the next, so next year's draft does not hide this
 * year's decisions. A year, or all years, on request. So the page stays about the same size
 * however many years of history a municipality has.
 */
export type RegisterScope = { kind: "in_force" } | { kind: "year"; year: number } | { kind: "all" };

const scopeParam = z.union([z.literal("all"), z.coerce.number().int().min(2000).max(2100)]);

/** The scope a `?scope=` value names; anything else (or nothing) is the default, the risks in force. */
export function parseRegisterScope(value: string | string[] | undefined): RegisterScope {
  const parsed = scopeParam.safeParse(Array.isArray(value) ? value[0] : value);
  if (!parsed.success) return { kind: "in_force" };
  return parsed.data === "all" ? { kind: "all" } : { kind: "year", year: parsed.data };
}

export function registerScopeParam(scope: RegisterScope): string {
  return scope.kind === "year" ? String(scope.year) : scope.kind;
}

/** The years there are assessments of, latest first: the years to choose from. */
export function assessedYears(assessments: readonly { year: number }[]): number[] {
  return [...new Set(assessments.map((assessment) => assessment.year))].sort((a, b) => b - a);
}

/** A year without assessments (an old or hand-made link) shows the risks in force instead of nothing. */
export function availableScope(scope: RegisterScope, years: readonly number[]): RegisterScope {
  return scope.kind === "year" && !years.includes(scope.year) ? { kind: "in_force" } : scope;
}

/** The assessments whose accepted risks the scope shows. */
export function assessmentsInScope<A extends { id: string; channelId: string; year: number; status: string }>(assessments: readonly A[], scope: RegisterScope): A[] {
  if (scope.kind === "all") return [...assessments];
  if (scope.kind === "year") return assessments.filter((assessment) => assessment.year === scope.year);
  const latestDecidedYear = new Map<string, number>();
  for (const assessment of assessments) {
    if (assessment.status !== "decided") continue;
    latestDecidedYear.set(assessment.channelId, Math.max(assessment.year, latestDecidedYear.get(assessment.channelId) ?? assessment.year));
  }
  return assessments.filter((assessment) => assessment.year >= (latestDecidedYear.get(assessment.channelId) ?? -Infinity));
}
