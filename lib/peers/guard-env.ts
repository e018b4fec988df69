import "server-only";
import { env } from "@/lib/env";
import type { GuardOptions } from "@/lib/peers/url-guard";

/** The peer guard's options for the running app: private addresses only in a test run that sets PEERS_ALLOW_PRIVATE_ADDRESSES=1 (lib/env.ts). */
export function peerGuardOptions(): GuardOptions {
  return { allowPrivate: env().PEERS_ALLOW_PRIVATE_ADDRESSES };
}
