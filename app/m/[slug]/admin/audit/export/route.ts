import { memberRoute } from "@/lib/auth/route";
import { auditFilter } from "@/lib/audit/schema";
import { exportAuditEntries } from "@/lib/audit/queries";
import { toCsv } from "@/lib/audit/csv";

const columns = ["at", "actorEmail", "actorId", "municipalityId", "action", "objectType", "objectId", "result", "reason", "ip", "userAgent", "details"] as const;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await memberRoute(slug, "audit.read", { action: "audit.export", objectType: "audit" });
  if (!access.ok) return access.response;
  const { municipality } = access.context;
  const parsed = auditFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid_filter" }, { status: 400 });

  const entries = await exportAuditEntries(municipality.id, parsed.data);
  await access.audit({ result: "success", details: { rows: entries.length, filter: parsed.data } });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(toCsv(columns, entries), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audittrail-${slug}-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
