import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { requestOrigin } from "@/lib/auth/action";
import { can, type Permission } from "@/lib/auth/permissions";
import { notFound } from "next/navigation";
import { getMunicipalityContext, getSessionUser, requireMunicipality, type MunicipalityContext } from "@/lib/auth/session";
import { getPolicyVersion } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";

type Audit = (entry: { result: "success" | "refused"; objectId?: string | null; reason?: string; details?: unknown }) => Promise<void>;

/**
 * Access for the signed-in download routes (PDF, JSON): signed in → member of the municipality
 * → holds the permission. Another municipality's data is 404, a missing role 403; both refusals
 * after sign-in are audited, like a refused server action.
 */
export async function memberRoute(
  slug: string,
  permission: Permission,
  audit: { action: string; objectType: string },
): Promise<{ ok: true; context: MunicipalityContext; audit: Audit } | { ok: false; response: Response }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, response: Response.json({ error: "unauthenticated" }, { status: 401 }) };
  const base = { actorId: user.id, actorEmail: user.email, ...audit, ...(await requestOrigin()) };
  const context = await getMunicipalityContext(user.id, slug);
  if (!context) {
    await recordAudit(db, { ...base, result: "refused", reason: "not_member" });
    return { ok: false, response: Response.json({ error: "not_found" }, { status: 404 }) };
  }
  const record: Audit = (entry) => recordAudit(db, { ...base, municipalityId: context.municipality.id, ...entry });
  if (!can(context.roles, permission)) {
    await record({ result: "refused", reason: `missing_permission:${permission}` });
    return { ok: false, response: Response.json({ error: "forbidden" }, { status: 403 }) };
  }
  return { ok: true, context: { user, ...context }, audit: record };
}

export const notFoundResponse = () => Response.json({ error: "not_found" }, { status: 404 });

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
