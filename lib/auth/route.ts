import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { requestOrigin } from "@/lib/auth/action";
import { can, type Permission } from "@/lib/auth/permissions";
import { getMunicipalityContext, getSessionUser, type MunicipalityContext } from "@/lib/auth/session";
import { findMunicipalityBySlug } from "@/lib/municipalities/queries";

export type RouteAudit = (entry: { result: "success" | "refused"; objectId?: string | null; reason?: string; details?: unknown }) => Promise<void>;

/**
 * Access for the signed-in route handlers (downloads and exports): signed in → member of the
 * municipality → holds the permission. Another municipality's data is 404, a missing role 403;
 * both refusals after sign-in are audited, like a refused server action. `audit` records the
 * outcome of the work under the same actor, action and origin.
 */
export async function memberRoute(
  slug: string,
  permission: Permission,
  audit: { action: string; objectType: string },
): Promise<{ ok: true; context: MunicipalityContext; audit: RouteAudit } | { ok: false; response: Response }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, response: Response.json({ error: "unauthenticated" }, { status: 401 }) };
  const base = { actorId: user.id, actorEmail: user.email, ...audit, ...(await requestOrigin()) };
  if (user.twoFactorSetupRequired) {
    await recordAudit(db, { ...base, result: "refused", reason: "two_factor_required" });
    return { ok: false, response: Response.json({ error: "forbidden" }, { status: 403 }) };
  }
  const context = await getMunicipalityContext(user.id, slug);
  if (!context) {
    // Filed under the addressed municipality, as in tenantAction: its administrators see who tried.
    const addressed = await findMunicipalityBySlug(slug);
    await recordAudit(db, { ...base, municipalityId: addressed?.id ?? null, result: "refused", reason: "not_member" });
    return { ok: false, response: notFoundResponse() };
  }
  const record: RouteAudit = (entry) => recordAudit(db, { ...base, municipalityId: context.municipality.id, ...entry });
  if (!can(context.roles, permission)) {
    await record({ result: "refused", reason: `missing_permission:${permission}` });
    return { ok: false, response: Response.json({ error: "forbidden" }, { status: 403 }) };
  }
  return { ok: true, context: { user, ...context }, audit: record };
}

export const notFoundResponse = () => Response.json({ error: "not_found" }, { status: 404 });
