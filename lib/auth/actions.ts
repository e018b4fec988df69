"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/auth/auth";
import { db, transaction } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { ActionError, requestOrigin, type ActionResult } from "@/lib/auth/action";
import { accountLockedCode } from "@/lib/auth/password-lock";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import {
  acceptInvitationInput,
  acceptInvitationSignedInInput,
  changePasswordInput,
  confirmTwoFactorSetupInput,
  disableTwoFactorInput,
  safeNextPath,
  signInInput,
  startSsoSignInInput,
  startTwoFactorSetupInput,
  verifyTwoFactorInput,
} from "@/lib/auth/schema";
import { emailDomain, ssoProviderId } from "@/lib/auth/sso-rules";
import { findSsoProviderByDomain, findSsoProviderBySlug } from "@/lib/municipalities/queries";
import { totpIssuer, twoFactorRequiredCode } from "@/lib/auth/two-factor";
import { acceptInvitation, hashToken, type InvitationAcceptor } from "@/lib/municipalities/mutations";
import { fieldErrorsFrom } from "@/lib/validation/errors";

type SignInFailure = "invalid_credentials" | "locked";

export async function signInAction(input: unknown): Promise<ActionResult<{ next: string }> | { ok: false; code: SignInFailure }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { email, password, next } = parsed.data;
  // The lock and the audit entries live in better-auth's hooks (lib/auth/password-lock.ts), so
  // they hold on its own sign-in route as well as here.
  let response: Awaited<ReturnType<typeof auth.api.signInEmail>>;
  try {
    response = await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { ok: false, code: error.body?.code === accountLockedCode ? "locked" : "invalid_credentials" };
  }
  // With a second factor set up, the password only opens its challenge (better-auth's two-factor plugin).
  if ("twoFactorRedirect" in response && response.twoFactorRedirect) {
    return { ok: true, data: { next: `/sign-in/two-factor?next=${encodeURIComponent(safeNextPath(next))}` } };
  }
  return { ok: true, data: { next: safeNextPath(next) } };
}

type TwoFactorFailure = "locked" | "expired";

/** The second step of signing in. The lock and the audit entries live in better-auth's hooks, as for the password. */
export async function verifyTwoFactorAction(input: unknown): Promise<ActionResult<{ next: string }> | { ok: false; code: TwoFactorFailure }> {
  const parsed = verifyTwoFactorInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { method, code, next } = parsed.data;
  try {
    if (method === "totp") await auth.api.verifyTOTP({ body: { code }, headers: await headers() });
    else await auth.api.verifyBackupCode({ body: { code }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const failure = error.body?.code ?? "";
    if (failure === accountLockedCode || failure === "ACCOUNT_TEMPORARILY_LOCKED") return { ok: false, code: "locked" };
    if (failure === "INVALID_CODE" || failure === "INVALID_BACKUP_CODE") return { ok: false, code: "invalid", fieldErrors: { code: "invalid_code" } };
    // The challenge ran out (ten minutes, or five wrong codes): the password is asked again.
    return { ok: false, code: "expired" };
  }
  return { ok: true, data: { next: safeNextPath(next) } };
}

/** Begins setting up an authenticator: the secret to scan and the recovery codes, shown once. Not on until confirmed with a code. */
export async function startTwoFactorSetupAction(input: unknown): Promise<ActionResult<{ secret: string; uri: string; recoveryCodes: string[] }>> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "unauthenticated" };
  const parsed = startTwoFactorSetupInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    const enabled = await auth.api.enableTwoFactor({
      body: { method: "totp", password: parsed.data.password || undefined, issuer: totpIssuer },
      headers: await headers(),
    });
    if (enabled.method !== "totp") return { ok: false, code: "server_error" };
    const { totpURI, backupCodes } = enabled;
    return { ok: true, data: { secret: new URL(totpURI).searchParams.get("secret") ?? "", uri: totpURI, recoveryCodes: backupCodes } };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return twoFactorPasswordFailure(error);
  }
}

/** Switches the second factor on once a code from the newly set-up authenticator proves it works. */
export async function confirmTwoFactorSetupAction(input: unknown): Promise<ActionResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "unauthenticated" };
  const parsed = confirmTwoFactorSetupInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await auth.api.verifyTOTP({ body: { code: parsed.data.code }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === accountLockedCode) return { ok: false, code: "rate_limited" };
    if (error.body?.code === "INVALID_CODE") return { ok: false, code: "invalid", fieldErrors: { code: "invalid_code" } };
    return { ok: false, code: "conflict" };
  }
  return { ok: true, data: undefined };
}

export async function disableTwoFactorAction(input: unknown): Promise<ActionResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "unauthenticated" };
  const parsed = disableTwoFactorInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await auth.api.disableTwoFactor({ body: { password: parsed.data.password || undefined }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === twoFactorRequiredCode) return { ok: false, code: "forbidden" };
    return twoFactorPasswordFailure(error);
  }
  return { ok: true, data: undefined };
}

function twoFactorPasswordFailure(error: APIError): { ok: false; code: "rate_limited" | "invalid" | "conflict"; fieldErrors?: { password: "wrong_password" } } {
  if (error.body?.code === accountLockedCode) return { ok: false, code: "rate_limited" };
  if (error.body?.code === "INVALID_PASSWORD") return { ok: false, code: "invalid", fieldErrors: { password: "wrong_password" } };
  return { ok: false, code: "conflict" };
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
    // Serializable: of two acceptances of one token at once, only one gets through.
    await transaction(async (tx) => {
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
    }, { maxWait: 10_000, timeout: 20_000, isRetryable: (error) => !(error instanceof ActionError) });
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

/**
 * Starts signing in with the municipality's own identity provider (chosen, or found by the domain
 * of the address typed): better-auth's social sign-in sets the state and PKCE cookies and gives
 * the provider's address, where the browser goes next. The rules and the audit come at the
 * provider's answer (lib/auth/sso.ts).
 */
export async function startSsoSignInAction(input: unknown): Promise<ActionResult<{ url: string }> | { ok: false; code: "unavailable" }> {
  const parsed = startSsoSignInInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { municipalitySlug, email, next } = parsed.data;
  const domain = email ? emailDomain(email) : null;
  const provider = municipalitySlug ? await findSsoProviderBySlug(municipalitySlug) : domain ? await findSsoProviderByDomain(domain) : null;
  if (!provider) return { ok: false, code: "invalid", fieldErrors: { [municipalitySlug ? "municipalitySlug" : "email"]: "sso_unknown" } };
  try {
    const started = await auth.api.signInSocial({
      body: {
        provider: ssoProviderId(provider.municipality.slug),
        callbackURL: safeNextPath(next),
        errorCallbackURL: "/sign-in?sso=failed",
        loginHint: email || undefined,
        disableRedirect: true,
      },
      headers: await headers(),
    });
    if (!started.url) return { ok: false, code: "unavailable" };
    return { ok: true, data: { url: started.url } };
  } catch (error) {
    // The provider could not be reached or its secret is missing: audited in the plugin.
    if (error instanceof APIError) return { ok: false, code: "unavailable" };
    throw error;
  }
}
