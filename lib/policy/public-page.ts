import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { etagMatches } from "@/lib/frameworks/api";
import { passOn, renderAsVisitor } from "@/lib/http/self-request";
import { staticDocument } from "@/lib/http/static-document";
import type { Locale } from "@/lib/i18n/locales";
import { findPublished, Frozen, PUBLISHED_CACHE_CONTROL } from "@/lib/policy/published";
import { parseYearParam } from "@/lib/policy/schema";
import { sha256 } from "@/lib/policy/snapshot";
import { isHttps, scriptFreeContentSecurityPolicy } from "@/lib/security/headers";

/**
 * The public web page of a published policy, for visitors without a session, as a frozen document.
 * The adopted version never changes, so its page is rendered once per version, hash and language
 * by the app's own page (`/p/{slug}/{year}`, through this process's own address), its scripts
 * taken out (nothing on it needs them: the links are links, the language switch a form that posts
 * without JavaScript) and kept in memory with its ETag. Whether it is still published is
 * asked on every request, as for the PDF and JSON (lib/policy/published.ts).
 * Per process on purpose: the page names this build's assets, so another build renders its own.
 */
export type FrozenPage = { html: string; etag: string };

// About a quarter of the live page's bytes (about 100 kB for the demo's); the current years are what residents read.
const pages = new Frozen<Promise<FrozenPage | null>>(64);

export const publicPagePath = (slug: string, year: number | string) => `/p/${encodeURIComponent(slug)}/${encodeURIComponent(year)}`;

/**
 * The frozen page of a published version in a language, or null when the version is not published
 * (the caller then answers with the live page, which says not found) or its page cannot be frozen.
 * Concurrent first requests wait for one render.
 */
async function frozenPublicPage(slug: string, year: number, locale: Locale): Promise<FrozenPage | null> {
  const found = await findPublished(db, slug, year);
  if (!found) return null;
  const key = `${found.id}:${found.hash}:${locale}`;
  let page = pages.get(key);
  if (!page) {
    page = freeze(publicPagePath(slug, year), locale);
    pages.set(key, page);
    // A render that failed (or found the version withdrawn meanwhile) is tried again by the next
    // request; a page that cannot be frozen stays live for this version.
    page.catch((error: Error) => {
      pages.delete(key);
      console.warn(`The public page of ${slug} ${year} (${locale}) was not frozen: ${error.message}${error.cause ? ` (${String(error.cause)})` : ""}`);
    });
  }
  return page.catch(() => null);
}

async function freeze(path: string, locale: Locale): Promise<FrozenPage | null> {
  const live = await renderAsVisitor(path, locale);
  if (live.status !== 200) {
    await live.body?.cancel();
    throw new Error(`${path} answered ${live.status}`);
  }
  const html = staticDocument(await live.text());
  if (html === null) {
    console.warn(`${path} streams part of its content: served live, not frozen (lib/http/static-document.ts)`);
    return null;
  }
  // Weak: Next sends it gzipped or not, as the client asks, so the bytes on the wire vary.
  return { html, etag: `W/"${sha256(html).slice(0, 40)}"` };
}

/** The answer at `/p/{slug}/{year}` for a visitor without a session: the frozen page, or the live page's answer. */
export async function publicPageResponse(request: Request, slug: string, yearParam: string, locale: Locale): Promise<Response> {
  const year = parseYearParam(yearParam);
  const page = year ? await frozenPublicPage(slug, year, locale) : null;
  if (!page) return passOn(await renderAsVisitor(publicPagePath(slug, yearParam), locale));

  const headers = new Headers({
    "Content-Security-Policy": scriptFreeContentSecurityPolicy({ https: isHttps(env().BETTER_AUTH_URL) }),
    "Cache-Control": PUBLISHED_CACHE_CONTROL,
    // The language comes from a cookie, and a visitor with a session gets the live page.
    Vary: "Cookie, Accept-Encoding",
    ETag: page.etag,
  });
  if (etagMatches(request.headers.get("if-none-match"), page.etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "text/html; charset=utf-8");
  // Next compresses it, as every response; a route handler cannot send bytes it compressed itself (Next drops their Content-Encoding).
  return new Response(page.html, { headers });
}
