import { z } from "zod";

export const auditResult = z.enum(["success", "refused"]);

export type AuditInput = {
  actorId?: string | null;
  actorEmail?: string | null;
  municipalityId?: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  result: z.infer<typeof auditResult>;
  reason?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: unknown;
};

const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .or(z.literal("").transform(() => undefined));

/** Filters on the audit page and the CSV export, taken from the query string. */
export const auditFilter = z.object({
  actor: z.string().trim().max(200).optional(),
  objectType: z.string().trim().max(100).optional(),
  objectId: z.string().trim().max(100).optional(),
  from: dateParam,
  to: dateParam,
  result: auditResult.optional().or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type AuditFilter = z.infer<typeof auditFilter>;
