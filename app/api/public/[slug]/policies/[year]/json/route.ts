import { db } from "@/lib/db";
import { etagMatches } from "@/lib/frameworks/api";
import { PUBLISHED_CACHE_CONTROL, publishedJson } from "@/lib/policy/published";
import { parseYearParam } from "@/lib/policy/schema";

/** The published snapshot as JSON (the same file the PDF carries), without signing in; otherwise 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const year = parseYearParam(yearParam);
  const file = year ? await publishedJson(db, slug, year) : null;
  if (!file) return Response.json({ error: "not_found" }, { status: 404 });
  if (etagMatches(request.headers.get("if-none-match"), file.etag)) return new Response(null, { status: 304, headers: { ETag: file.etag, "Cache-Control": PUBLISHED_CACHE_CONTROL } });
  return new Response(file.body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${file.fileName}"`,
      "Cache-Control": PUBLISHED_CACHE_CONTROL,
      ETag: file.etag,
    },
  });
}
