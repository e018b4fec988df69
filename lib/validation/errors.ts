import type { z } from "zod";

/**
 * Validation messages travel as stable codes, never as text: the browser translates them
 * (messages/<locale>/errors.json), so a field error reads in the user's language.
 * Schemas that need a specific message set it to one of these codes.
 */
export const errorCodes = [
  "required",
  "too_short",
  "too_long",
  "too_small",
  "too_large",
  "invalid",
  "invalid_email",
  "invalid_url",
  "invalid_date",
  "future_date",
  "past_date",
  "invalid_value",
  "password_mismatch",
  "password_too_short",
  "wrong_password",
  "rationale_required",
  "source_required",
  "own_admin_role",
  "assessment_exists",
  "source_after_check",
  "all_weights_zero",
  "own_channel",
  "invalid_host",
  "invalid_code",
  "totp_format",
  "invalid_domain",
  "invalid_issuer",
  "secret_source",
  "env_name",
  "invalid_claim",
  "sso_unknown",
  "peer_url_not_allowed",
  "peer_exists",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type FieldErrors = Record<string, ErrorCode>;

function isErrorCode(message: string): message is ErrorCode {
  return (errorCodes as readonly string[]).includes(message);
}

function codeForIssue(issue: z.core.$ZodIssue): ErrorCode {
  if (isErrorCode(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "required" : issue.origin === "string" ? "too_short" : "too_small";
    case "too_big":
      return issue.origin === "string" ? "too_long" : "too_large";
    case "invalid_format":
      if (issue.format === "email") return "invalid_email";
      if (issue.format === "url") return "invalid_url";
      return "invalid";
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "required" : "invalid";
    case "invalid_value":
      return "invalid_value";
    default:
      return "invalid";
  }
}

/** First error per field, keyed by the dotted path react-hook-form uses. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= codeForIssue(issue);
  }
  return errors;
}
