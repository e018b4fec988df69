import type { ErrorCode } from "@/lib/validation/errors";

export type ActionFailureCode =
  | "unauthenticated"
  | "not_found"
  | "forbidden"
  | "invalid"
  | "conflict"
  | "not_allowed_in_state"
  | "rate_limited"
  | "server_error";

/**
 * An expected refusal inside a mutation (wrong state, stale version, a rule of the domain).
 * The transaction rolls back, the refusal is audited, and the caller gets the code.
 * Kept free of Next.js imports so mutations stay usable from seeds and tests.
 */
export class ActionError extends Error {
  constructor(
    readonly code: ActionFailureCode,
    readonly reason: string,
    readonly fieldErrors?: Record<string, ErrorCode>,
    readonly details?: unknown,
  ) {
    super(reason);
  }
}
