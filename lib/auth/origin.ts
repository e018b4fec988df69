import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { auditUserAgent } from "@/lib/audit/origin";
import { clientAddress, parseNetworks, type Network } from "@/lib/security/client-address";

let networks: Network[] | undefined;
function trustedProxies() {
  networks ??= parseNetworks(env().TRUSTED_PROXIES.join(","));
  return networks;
}

/**
 * Where a request came from, for the audit trail: the client address only as far as trusted
 * proxies vouch for it (see clientAddress), the user agent cleaned. better-auth's rate limit
 * resolves the address by the same rule (lib/auth/auth.ts, advanced.ipAddress).
 */
export function originFrom(requestHeaders: Headers | null | undefined) {
  return {
    ip: clientAddress(requestHeaders?.get("x-forwarded-for"), trustedProxies()),
    userAgent: auditUserAgent(requestHeaders?.get("user-agent")),
  };
}

export async function requestOrigin() {
  return originFrom(await headers());
}
