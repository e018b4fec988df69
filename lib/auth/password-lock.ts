import "server-only";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/mutations";
import { countRecentPasswordFailures } from "@/lib/audit/queries";
import { originFrom } from "@/lib/auth/origin";

/** The code of the error a locked account gets, on better-auth's routes and through auth.api alike. */
export const accountLockedCode = "ACCOUNT_LOCKED";

const signInPath = "/sign-in/email";

/**
 * better-auth's routes that check the password of the signed-in person, with the audit action of
 * each. The two-factor routes ask no password of someone who has none (signed in by single
 * sign-on), and are audited all the same.
 */
const sessionPasswordPaths: Record<string, { action: string; passwordField: string; passwordOptional?: true }> = {
  "/change-password": { action: "auth.change_password", passwordField: "currentPassword" },
  "/verify-password": { action: "auth.verify_password", passwordField: "password" },
  "/delete-user": { action: "auth.delete_user", passwordField: "password" },
  "/two-factor/enable": { action: "auth.two_factor.setup", passwordField: "password", passwordOptional: true },
  "/two-factor/disable": { action: "auth.two_factor.disable", passwordField: "password", passwordOptional: true },
  "/two-factor/generate-backup-codes": { action: "auth.two_factor.recovery_codes", passwordField: "password", passwordOptional: true },
};

/** better-auth's routes that check a second factor, with the method each audits. */
const secondFactorPaths: Record<string, string> = {
  "/two-factor/verify-totp": "totp",
  "/two-factor/verify-backup-code": "recovery_code",
};

/** The error codes of a wrong second factor; an expired challenge is no failed attempt. */
const wrongCodeErrors = new Set(["INVALID_CODE", "INVALID_BACKUP_CODE"]);

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

type Check = {
  key: string;
  action: string;
  objectId: string;
  actorId: string | null;
  /** The reason a failed check is audited with; invalid_credentials, wrong_password and invalid_code count towards the lock. */
  failure: "invalid_credentials" | "wrong_password" | "invalid_code" | "invalid_setup_code";
  details?: Record<string, unknown>;
};

/**
 * A second factor at sign-in is checked before there is a session, so its account is known only
 * from the challenge cookie, which the check itself consumes: the before hook finds it and
 * leaves it here for the after hook.
 */
const secondFactorChecks = new WeakMap<object, Check | null>();

/** The lock belongs to the account, named by its e-mail address in any spelling. */
function accountKey(email: unknown) {
  if (typeof email !== "string") return null;
  const key = email.trim().toLowerCase();
  // Longer than any e-mail address: better-auth refuses it before looking at a password.
  return key && key.length <= 254 ? key : null;
}

function bodyField(ctx: HookContext, field: string): unknown {
  const body: unknown = ctx.body;
  return body && typeof body === "object" ? (body as Record<string, unknown>)[field] : undefined;
}

export async function isLocked(key: string) {
  const { SIGN_IN_MAX_FAILURES, SIGN_IN_LOCK_MINUTES } = env();
  const since = new Date(Date.now() - SIGN_IN_LOCK_MINUTES * 60_000);
  return (await countRecentPasswordFailures(key, since)) >= SIGN_IN_MAX_FAILURES;
}

/** Which password or second-factor check this request is, and for which account; null when it checks none. */
async function passwordCheck(ctx: HookContext, phase: "before" | "after"): Promise<Check | null> {
  if (ctx.path === signInPath) {
    const key = accountKey(bodyField(ctx, "email"));
    return key ? { key, action: "auth.sign_in", objectId: key, actorId: null, failure: "invalid_credentials" } : null;
  }
  const method = secondFactorPaths[ctx.path ?? ""];
  if (method) {
    if (phase === "after") return secondFactorChecks.get(ctx.context) ?? null;
    const check = await secondFactorCheck(ctx, method);
    secondFactorChecks.set(ctx.context, check);
    return check;
  }
  const path = sessionPasswordPaths[ctx.path ?? ""];
  if (!path || (!path.passwordOptional && typeof bodyField(ctx, path.passwordField) !== "string")) return null;
  // After the endpoint ran, its session middleware has put the session on the context.
  const session = phase === "after" ? ctx.context.session : await getSessionFromCtx(ctx);
  const key = accountKey(session?.user.email);
  return key && session ? { key, action: path.action, objectId: session.user.id, actorId: session.user.id, failure: "wrong_password" } : null;
}

/**
 * Signed in, the code confirms a new authenticator (a mistyped one does not count towards the
 * lock); otherwise it is the second step of a sign-in, whose account the challenge cookie names.
 */
async function secondFactorCheck(ctx: HookContext, method: string): Promise<Check | null> {
  const session = await getSessionFromCtx(ctx);
  if (session) {
    const key = accountKey(session.user.email);
    return key ? { key, action: "auth.two_factor.enable", objectId: session.user.id, actorId: session.user.id, failure: "invalid_setup_code", details: { method } } : null;
  }
  const challenge = await ctx.getSignedCookie(ctx.context.createAuthCookie("two_factor").name, ctx.context.secret);
  const verification = challenge ? await ctx.context.internalAdapter.findVerificationValue(challenge) : null;
  const user = verification ? await ctx.context.internalAdapter.findUserById(verification.value) : null;
  const key = accountKey(user?.email);
  return key && user ? { key, action: "auth.two_factor.verify", objectId: user.id, actorId: user.id, failure: "invalid_code", details: { method } } : null;
}

/**
 * One lock per account on every path that checks a password or a second factor: better-auth's own
 * routes and the app's actions (which call auth.api and so pass through these hooks too). Failures are counted
 * from the audit trail, so each check is audited here, once: success, failure and lock.
 */
export const passwordLockHooks = {
  before: createAuthMiddleware(async (ctx) => {
    const check = await passwordCheck(ctx, "before");
    if (!check || !(await isLocked(check.key))) return;
    const { key, action, objectId, actorId } = check;
    await recordAudit(db, { actorId, actorEmail: key, action, objectType: "user", objectId, result: "refused", reason: "locked", ...originFrom(ctx.headers) });
    throw new APIError("FORBIDDEN", { code: accountLockedCode, message: "Too many failed attempts; try again later." });
  }),
  after: createAuthMiddleware(async (ctx) => {
    const check = await passwordCheck(ctx, "after");
    if (!check) return;
    const { key, action, objectId, details } = check;
    const returned = ctx.context.returned;
    const base = { actorEmail: key, action, objectType: "user", objectId, details, ...originFrom(ctx.headers) };
    if (isAPIError(returned)) {
      // On the session routes only a wrong password is a failed check; a missing session is not.
      if (check.failure === "wrong_password" && returned.body?.code !== "INVALID_PASSWORD") return;
      if ((check.failure === "invalid_code" || check.failure === "invalid_setup_code") && !wrongCodeErrors.has(returned.body?.code ?? "")) return;
      await recordAudit(db, { ...base, actorId: check.actorId, result: "refused", reason: check.failure });
      return;
    }
    const actorId = check.actorId ?? ctx.context.newSession?.user.id ?? null;
    await recordAudit(db, { ...base, actorId, result: "success" });
  }),
};
