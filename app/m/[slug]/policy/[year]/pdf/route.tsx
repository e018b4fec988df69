import { can } from "@/lib/auth/permissions";
import { memberRoute, notFoundResponse } from "@/lib/policy/access";
import { pdfHeaders, policyPdf } from "@/lib/policy/pdf/produce";
import { getPolicyVersion, policyDocument } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";

/** The PDF of a version for members: drafts render fresh with a CONCEPT mark, adopted ones come from the cache. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const access = await memberRoute(slug, "policy.read", { action: "policy.export.pdf", objectType: "policy_version" });
  if (!access.ok) return access.response;
  const year = parseYearParam(yearParam);
  if (!year) return notFoundResponse();
  const { municipality, roles } = access.context;
  const version = await getPolicyVersion(municipality.id, year, { includeDrafts: can(roles, "policy.draft.read") });
  if (!version) return notFoundResponse();
  const { bytes, fileName } = await policyPdf(policyDocument(version), municipality.slug);
  await access.audit({ result: "success", objectId: version.id, details: { year, status: version.status, hash: version.snapshotHash } });
  return new Response(new Uint8Array(bytes), { headers: pdfHeaders(fileName, "private") });
}
