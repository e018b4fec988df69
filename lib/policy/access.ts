import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { memberRoute, notFoundResponse } from "@/lib/auth/route";
import { requireMunicipality } from "@/lib/auth/session";
import { getPolicyVersion } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";

/**
 * For the policy pages of one year: the reader's municipality and that year's version, or 404.
 * Drafts are only found for roles that may read them.
 */
export async function requirePolicyVersion(slug: string, yearParam: string) {
  const context = await requireMunicipality(slug, "policy.read");
  const year = parseYearParam(yearParam);
  if (!year) notFound();
  const version = await getPolicyVersion(context.municipality.id, year, { includeDrafts: can(context.roles, "policy.draft.read") });
  if (!version) notFound();
  return { ...context, year, version };
}

/**
 * For the signed-in download routes of one policy year: member access as `memberRoute`, then the
 * version of that year (drafts only for roles that may read them), or a 404 response.
 */
export async function memberPolicyVersion(slug: string, yearParam: string, action: string) {
  const access = await memberRoute(slug, "policy.read", { action, objectType: "policy_version" });
  if (!access.ok) return access;
  const year = parseYearParam(yearParam);
  if (!year) return { ok: false as const, response: notFoundResponse() };
  const { municipality, roles } = access.context;
  const version = await getPolicyVersion(municipality.id, year, { includeDrafts: can(roles, "policy.draft.read") });
  if (!version) return { ok: false as const, response: notFoundResponse() };
  return { ...access, year, version };
}
