import { pdfHeaders, policyPdf } from "@/lib/policy/pdf/produce";
import { getPublishedVersion, policyDocument } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";

/** The published PDF, without signing in. Anything not published (or another municipality's draft) is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const year = parseYearParam(yearParam);
  const published = year ? await getPublishedVersion(slug, year) : null;
  if (!published) return Response.json({ error: "not_found" }, { status: 404 });
  const etag = published.version.snapshotHash!;
  if (request.headers.get("if-none-match") === `"${etag}"`) return new Response(null, { status: 304, headers: { ETag: `"${etag}"` } });
  const { bytes, fileName } = await policyPdf(policyDocument(published.version), published.municipality.slug);
  return new Response(new Uint8Array(bytes), { headers: pdfHeaders(fileName, "public", etag) });
}
