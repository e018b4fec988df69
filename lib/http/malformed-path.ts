import { NextResponse, type NextRequest } from "next/server";

/**
 * True when the path cannot be percent-decoded (`%ff%fe`, a lone `%`). Next decodes route
 * parameters without catching that error, so such a path would otherwise answer a bare 500.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * The answer to a malformed path, or null for a good one: the JSON 404 of the public API under
 * `/api`, elsewhere the app's own translated "page not found" (a rewrite to a path no route
 * matches renders `app/not-found.tsx` with status 404), rendered with `requestHeaders` when given.
 */
export function answerMalformedPath(request: NextRequest, requestHeaders?: Headers): NextResponse | null {
  if (!isMalformedPath(request.nextUrl.pathname)) return null;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  return NextResponse.rewrite(new URL("/_not-found", request.url), requestHeaders ? { request: { headers: requestHeaders } } : undefined);
}
