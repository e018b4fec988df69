import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, isHttps, strictTransportSecurity } from "@/lib/security/headers";

/**
 * Runs before every request for a page (not for /api or static files). It passes the requested path to server components,
 * so a sign-in redirect can bring the person back, and sets the security headers that depend on
 * the request or the configuration: a Content-Security-Policy with a fresh nonce (Next reads it
 * from the request's own CSP header and puts it on its scripts; every page is rendered per
 * request, so each gets its own) and HSTS when the public URL is https. Access control is not
 * done here: every page and action checks on its own.
 */
export function proxy(request: NextRequest) {
  const publicUrl = env().BETTER_AUTH_URL;
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https: isHttps(publicUrl) });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("content-security-policy", policy);
  const hsts = strictTransportSecurity(publicUrl);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

// Route handlers under /api answer JSON or files, no pages: a policy for scripts means nothing there.
export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico|fonts|logos).*)"] };
