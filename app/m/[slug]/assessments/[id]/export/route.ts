import { db } from "@/lib/db";
import { memberRoute, notFoundResponse } from "@/lib/auth/route";
import { exportAssessment } from "@/lib/policy/export-import";

/** One assessment as a JSON file (docs/policy-format.md): answers, risks, decision and review states. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const access = await memberRoute(slug, "assessment.read", { action: "assessment.export", objectType: "assessment" });
  if (!access.ok) return access.response;
  const { municipality } = access.context;
  const data = await exportAssessment(db, municipality.id, id, new Date());
  if (!data) return notFoundResponse();
  await access.audit({ result: "success", objectId: id, details: { channelId: data.assessment.channel.id, year: data.assessment.year } });
  const name = `beoordeling-${municipality.slug}-${data.assessment.channel.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${data.assessment.year}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
