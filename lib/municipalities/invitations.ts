import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/municipalities/mutations";

/** What the invitation page may show before the person has an account: only its own invitation. */
export async function findInvitationForToken(token: string) {
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, roles: true, municipality: { select: { name: true } } },
  });
}
