import "server-only";
import type { z } from "zod";
import { db, transaction, type RowLock, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { requestOrigin } from "@/lib/auth/origin";
import { getMunicipalityContext, getSessionUser, type MunicipalityContext } from "@/lib/auth/session";
import { findMunicipalityBySlug } from "@/lib/municipalities/queries";
import { can, type Permission } from "@/lib/auth/permissions";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/validation/errors";
import { ActionError, type ActionFailureCode } from "@/lib/validation/action-error";

export { ActionError, type ActionFailureCode };

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ActionFailureCode; fieldErrors?: FieldErrors; details?: unknown };

export { requestOrigin };

/** SQLite has one writer at a time: wait for it rather than fail a person's save under load. */
const transactionLimits = { maxWait: 10_000, timeout: 20_000 };

/**
 * The municipality the input addresses (by slug); membership is checked against it. Inputs with
 * a `municipalitySlug` field name it there, so only other inputs need to say where it is.
 */
type MunicipalitySlugOption<S extends z.ZodType> = z.output<S> extends { municipalitySlug: string }
  ? { municipalitySlug?: (data: z.output<S>) => string }
  : { municipalitySlug: (data: z.output<S>) => string };

type TenantActionOptions<S extends z.ZodType, T, P> = MunicipalitySlugOption<S> & {
  schema: S;
  input: unknown;
  permission: Permission;
  /** Audit action name, e.g. "assessment.answer.save". */
  action: string;
  objectType: string;
  objectId?: (data: z.output<S>) => string | undefined;
  /**
   * Work that must not sit inside the transaction (fetching from another server), done after the
   * access checks; its result reaches `run` as `prepared`. An ActionError here is a refusal, audited.
   */
  prepare?: (context: MunicipalityContext & { data: z.output<S> }) => Promise<P>;
  /**
   * The row every write of this action hangs under (an assessment), locked before `run`: actions on
   * the same row then wait for each other rather than refuse each other (lib/db/transaction.ts).
   */
  lock?: (data: z.output<S>) => Omit<RowLock, "municipalityId">;
  run: (context: MunicipalityContext & { tx: Tx; data: z.output<S>; prepared: P }) => Promise<{ data: T; objectId?: string; details?: unknown }>;
};

/**
 * The one way a server action changes data of a municipality, in this order: who is signed in →
 * validate the input → member with the right role → the mutation and its audit entry in one
 * transaction. Every refusal after sign-in is audited too.
 */
export async function tenantAction<S extends z.ZodType, T, P = undefined>(options: TenantActionOptions<S, T, P>): Promise<ActionResult<T>> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "unauthenticated" };
  const origin = await requestOrigin();
  const base = { actorId: user.id, actorEmail: user.email, action: options.action, objectType: options.objectType, ...origin };

  if (user.twoFactorSetupRequired) {
    await recordAudit(db, { ...base, result: "refused", reason: "two_factor_required" });
    return { ok: false, code: "forbidden" };
  }

  const parsed = options.schema.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    await recordAudit(db, { ...base, result: "refused", reason: "invalid_input", details: { fields: Object.keys(fieldErrors) } });
    return { ok: false, code: "invalid", fieldErrors };
  }
  const data = parsed.data;
  const objectId = options.objectId?.(data) ?? null;

  const slug = options.municipalitySlug ? options.municipalitySlug(data) : (data as { municipalitySlug: string }).municipalitySlug;
  const context = await getMunicipalityContext(user.id, slug);
  if (!context) {
    // Filed under the addressed municipality, so its administrators see who tried; the caller
    // learns nothing either way.
    const addressed = await findMunicipalityBySlug(slug);
    await recordAudit(db, { ...base, municipalityId: addressed?.id ?? null, objectId, result: "refused", reason: "not_member" });
    return { ok: false, code: "not_found" };
  }
  const audited = { ...base, municipalityId: context.municipality.id, objectId };
  if (!can(context.roles, options.permission)) {
    await recordAudit(db, { ...audited, result: "refused", reason: `missing_permission:${options.permission}` });
    return { ok: false, code: "forbidden" };
  }

  try {
    const prepared = (options.prepare ? await options.prepare({ data, user, ...context }) : undefined) as P;
    // An ActionError is the answer, not a collision: it is never run again.
    const outcome = await transaction(
      async (tx) => {
        const result = await options.run({ tx, data, user, ...context, prepared });
        await recordAudit(tx, { ...audited, objectId: result.objectId ?? objectId, result: "success", details: result.details });
        return result;
      },
      {
        ...transactionLimits,
        isRetryable: (error) => !(error instanceof ActionError),
        lock: options.lock && { ...options.lock(data), municipalityId: context.municipality.id },
      },
    );
    return { ok: true, data: outcome.data };
  } catch (error) {
    if (error instanceof ActionError) {
      await recordAudit(db, { ...audited, result: "refused", reason: error.reason, details: error.details });
      return { ok: false, code: error.code, fieldErrors: error.fieldErrors, details: error.details };
    }
    console.error(`[action ${options.action}]`, error);
    await recordAudit(db, { ...audited, result: "refused", reason: "server_error" });
    return { ok: false, code: "server_error" };
  }
}
