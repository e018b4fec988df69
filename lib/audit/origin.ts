import { parseIp } from "@/lib/security/client-address";

export const maxUserAgentLength = 256;

/** The audit trail's IP cell holds an IP address or nothing: never text a client made up. */
export function auditIp(value: string | null | undefined) {
  return value ? parseIp(value) : null;
}

/**
 * The user-agent cell: control and format characters (new lines, escape sequences, bidi
 * overrides) removed, white space collapsed, and cut to a length that fits a table cell.
 */
export function auditUserAgent(value: string | null | undefined) {
  if (!value) return null;
  const cleaned = value
    .replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned ? Array.from(cleaned).slice(0, maxUserAgentLength).join("") : null;
}
