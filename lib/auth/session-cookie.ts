import { getSessionCookie } from "better-auth/cookies";

/** The prefix of the app's cookies (better-auth's `advanced.cookiePrefix`, lib/auth/auth.ts). */
export const COOKIE_PREFIX = "afk";

/**
 * Whether the request carries a session cookie (plain or __Secure- named). Not whether the
 * session is valid: only for choosing what to serve to a visitor without one (proxy.ts).
 */
export function hasSessionCookie(request: Request): boolean {
  return getSessionCookie(request, { cookiePrefix: COOKIE_PREFIX }) !== null;
}
