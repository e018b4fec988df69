import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/municipalities/mutations";

/**
 * What the invitation page may show to whoever holds the token: only its own invitation, and
 * whether its address already has an account (then only that account, signed in, can accept).
 */
export async function findInvitationForToken(token: string) {
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, roles: true, municipality: { select: { name: true, slug: true } } },
  });
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { ...invitation, accountExists: account !== null };
}
