import { getSessionUser, getMunicipalityContext } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { auditFilter } from "@/lib/audit/schema";
import { exportAuditEntries } from "@/lib/audit/queries";
import { toCsv } from "@/lib/audit/csv";
import { requestOrigin } from "@/lib/auth/action";

const columns = ["at", "actorEmail", "actorId", "municipalityId", "action", "objectType", "objectId", "result", "reason", "ip", "userAgent", "details"] as const;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const context = await getMunicipalityContext(user.id, slug);
  if (!context) return Response.json({ error: "not_found" }, { status: 404 });
  const audit = { actorId: user.id, actorEmail: user.email, municipalityId: context.municipality.id, action: "audit.export", objectType: "audit", ...(await requestOrigin()) };
  if (!can(context.roles, "audit.read")) {
    await recordAudit(db, { ...audit, result: "refused", reason: "missing_permission:audit.read" });
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  const parsed = auditFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid_filter" }, { status: 400 });

  const entries = await exportAuditEntries(context.municipality.id, parsed.data);
  await recordAudit(db, { ...audit, result: "success", details: { rows: entries.length, filter: parsed.data } });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(toCsv(columns, entries), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audittrail-${slug}-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
