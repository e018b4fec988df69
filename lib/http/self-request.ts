import { localeCookie, type Locale } from "@/lib/i18n/locales";

/**
 * A request from this server process to one of its own pages, rendered live as a visitor without a
 * session sees it in one language: the frozen public page is made of that (lib/policy/public-page.ts).
 * The header marks the request so that proxy.ts does not answer it with the frozen copy again; a
 * visitor who sends it only gets the live page.
 */
export const LIVE_RENDER_HEADER = "x-afk-live-render";

type Environment = Record<string, string | undefined>;

/**
 * Where this process answers itself. Never the Host of an incoming request: a visitor chooses that,
 * and what is fetched here is kept and served to everyone. `next start` records the address it
 * listens on in __NEXT_PRIVATE_ORIGIN (and the port in PORT); "localhost" there means every
 * interface, reached over IPv4 loopback, which is then always bound.
 */
export function ownOrigin(environment: Environment = process.env): string {
  const origin = new URL(environment.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${environment.PORT || 3000}`);
  if (origin.hostname === "localhost") origin.hostname = "127.0.0.1";
  return origin.origin;
}

export function renderAsVisitor(path: string, locale: Locale): Promise<Response> {
  return fetch(`${ownOrigin()}${path}`, {
    headers: { cookie: `${localeCookie}=${locale}`, [LIVE_RENDER_HEADER]: "1" },
    redirect: "manual",
    cache: "no-store",
  });
}

/** The live answer as this response: status, body and the headers that belong to the content. */
export function passOn(live: Response): Response {
  const headers = new Headers();
  for (const name of ["content-type", "content-security-policy", "cache-control", "location"]) {
    const value = live.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(live.body, { status: live.status, headers });
}
