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

/** better-auth's routes that check the password of the signed-in person, with the audit action of each. */
const sessionPasswordPaths: Record<string, { action: string; passwordField: string }> = {
  "/change-password": { action: "auth.change_password", passwordField: "currentPassword" },
  "/verify-password": { action: "auth.verify_password", passwordField: "password" },
  "/delete-user": { action: "auth.delete_user", passwordField: "password" },
};

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

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

async function isLocked(key: string) {
  const { SIGN_IN_MAX_FAILURES, SIGN_IN_LOCK_MINUTES } = env();
  const since = new Date(Date.now() - SIGN_IN_LOCK_MINUTES * 60_000);
  return (await countRecentPasswordFailures(key, since)) >= SIGN_IN_MAX_FAILURES;
}

/** Which password check this request is, and for which account; null when it checks none. */
async function passwordCheck(ctx: HookContext, phase: "before" | "after") {
  if (ctx.path === signInPath) {
    const key = accountKey(bodyField(ctx, "email"));
    return key ? { key, action: "auth.sign_in", objectId: key, actorId: null as string | null, failure: "invalid_credentials" } : null;
  }
  const path = sessionPasswordPaths[ctx.path ?? ""];
  if (!path || typeof bodyField(ctx, path.passwordField) !== "string") return null;
  // After the endpoint ran, its session middleware has put the session on the context.
  const session = phase === "after" ? ctx.context.session : await getSessionFromCtx(ctx);
  const key = accountKey(session?.user.email);
  return key && session ? { key, action: path.action, objectId: session.user.id, actorId: session.user.id, failure: "wrong_password" } : null;
}

/**
 * One lock per account on every path that checks a password: better-auth's own routes and the
 * app's actions (which call auth.api and so pass through these hooks too). Failures are counted
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
    const { key, action, objectId } = check;
    const returned = ctx.context.returned;
    const base = { actorEmail: key, action, objectType: "user", objectId, ...originFrom(ctx.headers) };
    if (isAPIError(returned)) {
      // On the session routes only a wrong password is a failed check; a missing session is not.
      if (check.failure === "wrong_password" && returned.body?.code !== "INVALID_PASSWORD") return;
      await recordAudit(db, { ...base, actorId: check.actorId, result: "refused", reason: check.failure });
      return;
    }
    const actorId = check.actorId ?? ctx.context.newSession?.user.id ?? null;
    await recordAudit(db, { ...base, actorId, result: "success" });
  }),
};
