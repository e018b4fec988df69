import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { bodyRefusal, bodyRefusalResponse } from "@/lib/http/body-refusal";
import { answerMalformedPath } from "@/lib/http/malformed-path";
import { LIVE_RENDER_HEADER } from "@/lib/http/self-request";
import { localeCookie } from "@/lib/i18n/locales";
import { contentSecurityPolicy, createNonce, isHttps, strictTransportSecurity } from "@/lib/security/headers";

/**
 * Runs before every request (not for static files). It refuses a request body that is too large
 * or nested too deep before Next or a route parses it (lib/http/limits.ts), for /api as well:
 * better-auth's routes read JSON bodies. A path with broken percent-encoding answers 404 (the
 * API's JSON, or the translated not-found page) before Next fails on it with a bare 500. For a
 * page it passes the requested path to server components, so a sign-in redirect can bring the
 * person back, and sets the security headers that
 * depend on the request or the configuration: a Content-Security-Policy with a fresh nonce (Next
 * reads it from the request's own CSP header and puts it on its scripts; every page is rendered
 * per request, so each gets its own) and HSTS when the public URL is https. A published policy's
 * public page, asked for without a session, is answered by its frozen copy, a document without
 * scripts (lib/policy/public-page.ts). Access control is not done here: every page and action
 * checks on its own.
 */
export async function proxy(request: NextRequest) {
  const refusal = await bodyRefusal(request);
  if (refusal) return bodyRefusalResponse(refusal, request.cookies.get(localeCookie)?.value);
  // Route handlers under /api answer JSON or files, no pages: a policy for scripts means nothing there.
  if (request.nextUrl.pathname.startsWith("/api/")) return answerMalformedPath(request) ?? NextResponse.next();

  const publicUrl = env().BETTER_AUTH_URL;
  const hsts = strictTransportSecurity(publicUrl);
  const frozen = frozenPublicPage(request);
  if (frozen) {
    if (hsts) frozen.headers.set("strict-transport-security", hsts);
    return frozen;
  }

  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https: isHttps(publicUrl) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = answerMalformedPath(request, requestHeaders) ?? NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("content-security-policy", policy);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts|logos).*)"] };

// Slugs are lowercase letters, digits and hyphens; anything else is left to the page.
const PUBLIC_POLICY_PAGE = /^\/p\/([a-z0-9-]+)\/(\d{4})$/;

/** The rewrite of a published policy's page to its frozen copy, for a plain GET without a session. */
function frozenPublicPage(request: NextRequest): NextResponse | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const page = PUBLIC_POLICY_PAGE.exec(request.nextUrl.pathname);
  if (!page || request.nextUrl.search || request.headers.has(LIVE_RENDER_HEADER) || hasSessionCookie(request)) return null;
  return NextResponse.rewrite(new URL(`/api/public/${page[1]}/policies/${page[2]}/html`, request.url));
}
