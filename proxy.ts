import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { bodyRefusal, bodyRefusalResponse } from "@/lib/http/body-refusal";
import { answerMalformedPath } from "@/lib/http/malformed-path";
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
 * per request, so each gets its own) and HSTS when the public URL is https. Access control is not
 * done here: every page and action checks on its own.
 */
export async function proxy(request: NextRequest) {
  const refusal = await bodyRefusal(request);
  if (refusal) return bodyRefusalResponse(refusal, request.cookies.get(localeCookie)?.value);
  // Route handlers under /api answer JSON or files, no pages: a policy for scripts means nothing there.
  if (request.nextUrl.pathname.startsWith("/api/")) return answerMalformedPath(request) ?? NextResponse.next();

  const publicUrl = env().BETTER_AUTH_URL;
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https: isHttps(publicUrl) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = answerMalformedPath(request, requestHeaders) ?? NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("content-security-policy", policy);
  const hsts = strictTransportSecurity(publicUrl);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts|logos).*)"] };
