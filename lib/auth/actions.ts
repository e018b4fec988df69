"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { ActionError, requestOrigin, type ActionResult } from "@/lib/auth/action";
import { accountLockedCode } from "@/lib/auth/password-lock";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { acceptInvitationInput, acceptInvitationSignedInInput, changePasswordInput, safeNextPath, signInInput } from "@/lib/auth/schema";
import { acceptInvitation, hashToken, type InvitationAcceptor } from "@/lib/municipalities/mutations";
import { fieldErrorsFrom } from "@/lib/validation/errors";

type SignInFailure = "invalid_credentials" | "locked";

export async function signInAction(input: unknown): Promise<ActionResult<{ next: string }> | { ok: false; code: SignInFailure }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { email, password, next } = parsed.data;
  // The lock and the audit entries live in better-auth's hooks (lib/auth/password-lock.ts), so
  // they hold on its own sign-in route as well as here.
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { ok: false, code: error.body?.code === accountLockedCode ? "locked" : "invalid_credentials" };
  }
  return { ok: true, data: { next: safeNextPath(next) } };
}

export async function signOutAction() {
  const user = await getSessionUser();
  if (user) {
    await auth.api.signOut({ headers: await headers() });
    await recordAudit(db, { actorId: user.id, actorEmail: user.email, action: "auth.sign_out", objectType: "user", objectId: user.id, result: "success", ...(await requestOrigin()) });
  }
  redirect("/sign-in?signedOut=1");
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "unauthenticated" };
  const parsed = changePasswordInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  // Success, a wrong current password and the lock are audited by better-auth's hooks (lib/auth/password-lock.ts).
  try {
    await auth.api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword },
      headers: await headers(),
    });
    // Revoked separately: changePassword's own option replaces the current session as well.
    await auth.api.revokeOtherSessions({ headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === accountLockedCode) return { ok: false, code: "rate_limited" };
    return { ok: false, code: "invalid", fieldErrors: { currentPassword: "wrong_password" } };
  }
  return { ok: true, data: undefined };
}

/** Accepting an invitation for an address that has no account yet: the account is created with the password typed. */
export async function acceptInvitationAction(input: unknown): Promise<ActionResult> {
  const parsed = acceptInvitationInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { token, name, password } = parsed.data;
  return acceptAudited(token, { kind: "new_account", name, password }, null);
}

/** Accepting an invitation for the account that is signed in: no password is asked or changed. */
export async function acceptInvitationSignedInAction(input: unknown): Promise<ActionResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "unauthenticated" };
  const parsed = acceptInvitationSignedInInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  return acceptAudited(parsed.data.token, { kind: "signed_in", userId: user.id }, user);
}

async function acceptAudited(token: string, acceptor: InvitationAcceptor, signedIn: SessionUser | null): Promise<ActionResult> {
  const origin = await requestOrigin();
  try {
    await db.$transaction(async (tx) => {
      const { user, invitation, created } = await acceptInvitation(tx, { token, acceptor });
      await recordAudit(tx, {
        actorId: user.id,
        actorEmail: user.email,
        municipalityId: invitation.municipalityId,
        action: "invitation.accept",
        objectType: "invitation",
        objectId: invitation.id,
        result: "success",
        details: { roles: invitation.roles, accountCreated: created },
        ...origin,
      });
    });
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    // Filed under the invitation's municipality (when the token names one), so its administrators see the attempt.
    const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, municipalityId: true } });
    await recordAudit(db, {
      actorId: signedIn?.id,
      actorEmail: signedIn?.email,
      municipalityId: invitation?.municipalityId,
      action: "invitation.accept",
      objectType: "invitation",
      objectId: invitation?.id,
      result: "refused",
      reason: error.reason,
      ...origin,
    });
    return { ok: false, code: error.code, details: { reason: error.reason } };
  }
  return { ok: true, data: undefined };
}
