import { memberPolicyVersion } from "@/lib/policy/access";
import { pdfHeaders, policyPdf } from "@/lib/policy/pdf/produce";
import { policyDocument } from "@/lib/policy/queries";

/** The PDF of a version for members: drafts render fresh with a CONCEPT mark, adopted ones come from the cache. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const access = await memberPolicyVersion(slug, yearParam, "policy.export.pdf");
  if (!access.ok) return access.response;
  const { year, version } = access;
  const { municipality } = access.context;
  const { bytes, fileName } = await policyPdf(policyDocument(version), municipality.slug);
  await access.audit({ result: "success", objectId: version.id, details: { year, status: version.status, hash: version.snapshotHash } });
  return new Response(new Uint8Array(bytes), { headers: pdfHeaders(fileName, "private") });
}
