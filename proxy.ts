import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server components, so a sign-in redirect can bring the person
 * back. Access control is not done here: every page and action checks on its own.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico|fonts|logos).*)"] };
