import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isPastAbsoluteEnd } from "@/lib/auth/session-lifetime";
import { isTwoFactorRequired } from "@/lib/auth/two-factor";
import { can, isRole, type Permission, type Role } from "@/lib/auth/permissions";
import { findMembershipBySlug, type MunicipalitySummary } from "@/lib/municipalities/queries";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
  /** An administrator who must use a second factor and has none yet: nothing else is open to them until they set it up. */
  twoFactorSetupRequired: boolean;
};

/** Where an administrator without a required second factor is sent. */
export const twoFactorSetupPath = "/account/two-factor";

export type MunicipalityContext = {
  user: SessionUser;
  municipality: MunicipalitySummary;
  roles: Role[];
};

/**
 * The signed-in person for this request, or null. Cached per request. A session past its absolute
 * end is ended here whatever its stored expiry says (one from before that end was enforced, say).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  if (isPastAbsoluteEnd(session.session.createdAt, env().SESSION_ABSOLUTE_MAX_AGE_HOURS)) {
    await db.session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  const twoFactorEnabled = session.user.twoFactorEnabled === true;
  const twoFactorSetupRequired = !twoFactorEnabled && (await isTwoFactorRequired(session.user.id));
  return { id: session.user.id, name: session.user.name, email: session.user.email, twoFactorEnabled, twoFactorSetupRequired };
});

/**
 * For pages: a visitor who is not signed in is sent to sign-in and comes back afterwards; an
 * administrator who must set up a second factor is sent to do that first (only the page that sets
 * it up passes `allowTwoFactorSetup`).
 */
export async function requireUser(options: { allowTwoFactorSetup?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = (await headers()).get("x-pathname") ?? "/";
    redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  }
  if (user.twoFactorSetupRequired && !options.allowTwoFactorSetup) redirect(twoFactorSetupPath);
  return user;
}

/** The person's roles in one municipality; null when they are not a member (or it does not exist). */
export const getMunicipalityContext = cache(
  async (userId: string, slug: string): Promise<Omit<MunicipalityContext, "user"> | null> => {
    const membership = await findMembershipBySlug(userId, slug);
    if (!membership) return null;
    return { municipality: membership.municipality, roles: membership.roles.filter(isRole) };
  },
);

/**
 * For pages with data of one municipality: signed in → member of it → holds the permission.
 * Another municipality's data is simply not found; a missing role is forbidden.
 */
export async function requireMunicipality(slug: string, permission: Permission = "municipality.read"): Promise<MunicipalityContext> {
  const user = await requireUser();
  const context = await getMunicipalityContext(user.id, slug);
  if (!context) notFound();
  if (!can(context.roles, permission)) forbidden();
  return { user, ...context };
}
