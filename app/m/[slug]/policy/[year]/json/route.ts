import { can } from "@/lib/auth/permissions";
import { memberRoute, notFoundResponse } from "@/lib/policy/access";
import { policyExportOf, policyFileName } from "@/lib/policy/export-import";
import { getPolicyVersion, policyDocument } from "@/lib/policy/queries";
import { parseYearParam } from "@/lib/policy/schema";

/** A version as a JSON file (docs/policy-format.md), for import elsewhere. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const access = await memberRoute(slug, "policy.read", { action: "policy.export.json", objectType: "policy_version" });
  if (!access.ok) return access.response;
  const year = parseYearParam(yearParam);
  if (!year) return notFoundResponse();
  const { municipality, roles } = access.context;
  const version = await getPolicyVersion(municipality.id, year, { includeDrafts: can(roles, "policy.draft.read") });
  if (!version) return notFoundResponse();
  const document = policyDocument(version);
  const envelope = policyExportOf(municipality.slug, version, await document.snapshot(), document.hash, new Date());
  await access.audit({ result: "success", objectId: version.id, details: { year, status: version.status } });
  return new Response(JSON.stringify(envelope, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${policyFileName(municipality.slug, year, "json", document.status !== "adopted")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
