import "server-only";
import { cookies } from "next/headers";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { BetterAuthPlugin } from "better-auth";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { originFrom } from "@/lib/auth/origin";
import { membershipsOf } from "@/lib/municipalities/queries";

/** The code of the error a person gets who may not switch their second factor off. */
export const twoFactorRequiredCode = "TWO_FACTOR_REQUIRED";

/** Shown to an authenticator app beside the account's e-mail address. */
export const totpIssuer = "Afwegingskader";

/**
 * Whether this person must sign in with a second factor: an administrator of a municipality that
 * requires it (`Municipality.requireAdminTwoFactor`, on unless the municipality switched it off).
 */
export async function isTwoFactorRequired(userId: string) {
  return (await membershipsOf(userId)).some((membership) => membership.role === "admin" && membership.requireAdminTwoFactor);
}

/**
 * Keeps the requirement on better-auth's own routes too: someone who must use a second factor
 * cannot switch it off, whether through the account page or by calling /two-factor/disable.
 */
export const twoFactorPolicy = {
  id: "two-factor-policy",
  hooks: {
    before: [
      {
        matcher: (context) => context.path === "/two-factor/disable",
        handler: createAuthMiddleware(async (ctx) => {
          const session = await getSessionFromCtx(ctx);
          if (!session || !(await isTwoFactorRequired(session.user.id))) return;
          await recordAudit(db, {
            actorId: session.user.id,
            actorEmail: session.user.email,
            action: "auth.two_factor.disable",
            objectType: "user",
            objectId: session.user.id,
            result: "refused",
            reason: "two_factor_required",
            ...originFrom(ctx.headers),
          });
          throw new APIError("FORBIDDEN", { code: twoFactorRequiredCode, message: "An administrator must keep a second factor." });
        }),
      },
    ],
  },
} satisfies BetterAuthPlugin;

/** Whether the account has a password; someone who signs in only by single sign-on has none to confirm with. */
export async function hasPassword(userId: string) {
  const account = await db.account.findFirst({ where: { userId, providerId: "credential", password: { not: null } }, select: { id: true } });
  return account !== null;
}

/**
 * Whether this browser holds a sign-in challenge for the second step (better-auth's signed
 * two_factor cookie, under the app's cookie prefix and, over https, the __Secure- one). Only its
 * presence is read here; the challenge itself is checked when the code is.
 */
export async function hasSignInChallenge() {
  return (await cookies()).getAll().some((cookie) => /^(__Secure-)?afk\.two_factor$/.test(cookie.name));
}
