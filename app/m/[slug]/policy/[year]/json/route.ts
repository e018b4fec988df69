import { memberPolicyVersion } from "@/lib/policy/access";
import { policyExportOf, policyFileName } from "@/lib/policy/export-import";
import { policyDocument } from "@/lib/policy/queries";

/** A version as a JSON file (docs/policy-format.md), for import elsewhere. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year: yearParam } = await params;
  const access = await memberPolicyVersion(slug, yearParam, "policy.export.json");
  if (!access.ok) return access.response;
  const { year, version } = access;
  const { municipality } = access.context;
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
