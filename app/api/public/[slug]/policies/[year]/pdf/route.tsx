import { db } from "@/lib/db";
import { etagMatches } from "@/lib/frameworks/api";
import { cacheKey } from "@/lib/policy/pdf/cache";
import { pdfHeaders, publishedPdf } from "@/lib/policy/pdf/produce";
import { findPublished, PUBLISHED_CACHE_CONTROL } from "@/lib/policy/published";
import { parseYearParam } from "@/lib/policy/schema";

/** The published PDF, without signing in. Anything not published (or another municipality's draft) is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const year = parseYearParam(yearParam);
  const published = year ? await findPublished(db, slug, year) : null;
  if (!published) return Response.json({ error: "not_found" }, { status: 404 });
  // The tag names everything the bytes follow from, so an unchanged copy is confirmed without them.
  const etag = `"${cacheKey(published.hash, "nl")}"`;
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": PUBLISHED_CACHE_CONTROL } });
  const { bytes, fileName } = await publishedPdf(published, slug, year!);
  // The Response copies the cached bytes.
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: pdfHeaders(fileName, "public", cacheKey(published.hash, "nl")) });
}
