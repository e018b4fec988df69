import { policyExportOf, policyFileName } from "@/lib/policy/export-import";
import { getPublishedVersion, policyDocument } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";

/** The published snapshot as JSON (the same file the PDF carries), without signing in; otherwise 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const year = parseYearParam(yearParam);
  const published = year ? await getPublishedVersion(slug, year) : null;
  if (!published) return Response.json({ error: "not_found" }, { status: 404 });
  const document = policyDocument(published.version);
  // Weak: the content follows the snapshot hash, but the envelope carries its own export time.
  const etag = `W/"${document.hash}"`;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
  const envelope = policyExportOf(published.municipality.slug, published.version, await document.snapshot(), document.hash, new Date());
  return new Response(JSON.stringify(envelope), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${policyFileName(published.municipality.slug, published.version.year, "json", false)}"`,
      // Stored, but checked again on every use (see pdfHeaders): a withdrawal takes effect at once.
      "Cache-Control": "public, no-cache",
      ETag: etag,
    },
  });
}
