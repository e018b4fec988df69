import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/frameworks/schema";
import { parseSettings } from "@/lib/municipalities/settings";
import { ActionError } from "@/lib/validation/action-error";

const invitationDays = 14;

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates an invitation and returns the one-time token; only its hash is stored. */
export async function createInvitation(
  tx: Tx,
  params: { municipalityId: string; email: string; roles: Role[]; invitedById: string; now?: Date },
) {
  const token = randomBytes(32).toString("base64url");
  const now = params.now ?? new Date();
  const invitation = await tx.invitation.create({
    data: {
      municipalityId: params.municipalityId,
      email: params.email,
      roles: params.roles.join(","),
      tokenHash: hashToken(token),
      invitedById: params.invitedById,
      expiresAt: new Date(now.getTime() + invitationDays * 86_400_000),
    },
  });
  return { invitation, token };
}

export async function findOpenInvitation(tx: Tx, token: string, now = new Date()) {
  return tx.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: now } },
    include: { municipality: { select: { name: true, slug: true } } },
  });
}

/**
 * Who accepts: the person signed in (for an address that already has an account), or someone
 * creating the account for an address that has none.
 */
export type InvitationAcceptor = { kind: "signed_in"; userId: string } | { kind: "new_account"; name: string; password: string };

/**
 * Grants the invited roles. The token alone proves only that someone read the invitation, so it
 * never gives access to an account that already exists: that account must be the one signed in.
 * A new account is created only when the address has none, with the password typed; an existing
 * account's password is never touched. A refusal leaves the invitation open for its recipient.
 */
export async function acceptInvitation(tx: Tx, params: { token: string; acceptor: InvitationAcceptor; now?: Date }) {
  const now = params.now ?? new Date();
  const invitation = await findOpenInvitation(tx, params.token, now);
  if (!invitation) throw new ActionError("not_found", "unknown_or_expired");
  // Conditional, so two people racing with the same token cannot both use it; a refusal below
  // rolls the claim back with the transaction.
  const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
  if (claimed.count === 0) throw new ActionError("not_found", "unknown_or_expired");

  const { acceptor } = params;
  const existing = await tx.user.findUnique({ where: { email: invitation.email } });
  let user;
  if (existing) {
    if (acceptor.kind !== "signed_in") throw new ActionError("forbidden", "account_exists");
    if (acceptor.userId !== existing.id) throw new ActionError("forbidden", "not_invitee");
    user = existing;
  } else {
    if (acceptor.kind !== "new_account") throw new ActionError("forbidden", "not_invitee");
    user = await tx.user.create({ data: { id: randomUUID(), name: acceptor.name, email: invitation.email, emailVerified: true } });
    await tx.account.create({
      data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: await hashPassword(acceptor.password) },
    });
  }
  await grantRoles(tx, { userId: user.id, municipalityId: invitation.municipalityId, roles: invitation.roles.split(",") as Role[] });
  return { user, invitation, created: !existing };
}

export async function grantRoles(tx: Tx, params: { userId: string; municipalityId: string; roles: Role[] }) {
  for (const role of params.roles) {
    await tx.membership.upsert({
      where: { userId_municipalityId_role: { userId: params.userId, municipalityId: params.municipalityId, role } },
      create: { userId: params.userId, municipalityId: params.municipalityId, role },
      update: {},
    });
  }
}

/**
 * Replaces a member's roles in one municipality, as set by `actorId`; an empty list removes them
 * from it. Only members of the municipality can be changed.
 */
export async function setRoles(tx: Tx, params: { userId: string; municipalityId: string; roles: Role[]; actorId: string }) {
  const before = await tx.membership.findMany({ where: { userId: params.userId, municipalityId: params.municipalityId } });
  if (before.length === 0) throw new ActionError("not_found", "not_member");
  // An administrator cannot take away their own administrator role: the municipality would lock itself out.
  if (params.userId === params.actorId && !params.roles.includes("admin")) {
    throw new ActionError("invalid", "own_admin_role", { roles: "own_admin_role" });
  }
  await tx.membership.deleteMany({
    where: { userId: params.userId, municipalityId: params.municipalityId, role: { notIn: params.roles } },
  });
  await grantRoles(tx, params);
  return { before: before.map((m) => m.role).sort(), after: [...params.roles].sort() };
}

/** Replaces the municipality's scoring weights; an empty set means the documented defaults. */
export async function saveWeights(tx: Tx, params: { municipalityId: string; weights: Record<string, number> }) {
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: params.municipalityId }, select: { settings: true } });
  const settings = parseSettings(municipality.settings);
  await tx.municipality.update({
    where: { id: params.municipalityId },
    data: { settings: JSON.stringify({ ...settings, weights: params.weights }) },
  });
  return { before: settings.weights ?? {}, after: params.weights };
}

/**
 * Accepts an open invitation for someone whose address the municipality's own identity provider
 * vouched for (single sign-on): the address is theirs, as a signed-in account's is.
 */
export async function acceptInvitationBySso(tx: Tx, params: { invitationId: string; userId: string; now?: Date }) {
  const now = params.now ?? new Date();
  const invitation = await tx.invitation.findUnique({ where: { id: params.invitationId } });
  const user = await tx.user.findUnique({ where: { id: params.userId }, select: { email: true } });
  // Only the invited address's own account.
  if (!invitation || !user || user.email !== invitation.email) return null;
  const claimed = await tx.invitation.updateMany({ where: { id: params.invitationId, acceptedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
  if (claimed.count === 0) return null;
  const roles = invitation.roles.split(",") as Role[];
  await grantRoles(tx, { userId: params.userId, municipalityId: invitation.municipalityId, roles });
  return { invitationId: invitation.id, roles };
}

export type SsoProviderData = {
  issuer: string;
  clientId: string;
  domains: string[];
  roleClaim: string | null;
  roleMapping: Record<string, Role[]>;
  /** Where the client secret comes from: an environment variable, a newly entered secret (encrypted), or the one stored before. */
  secret: { kind: "env"; name: string } | { kind: "stored"; encrypted: string } | { kind: "keep" };
};

/** Sets the municipality's OpenID Connect provider; the audit gets what changed, never the secret. */
export async function saveSsoProvider(tx: Tx, params: { municipalityId: string; data: SsoProviderData }) {
  const { data } = params;
  const before = await tx.ssoProvider.findUnique({ where: { municipalityId: params.municipalityId } });
  if (data.secret.kind === "keep" && !before?.clientSecretEncrypted) throw new ActionError("invalid", "secret_missing", { clientSecret: "required" });
  const secret =
    data.secret.kind === "env"
      ? { clientSecretEnv: data.secret.name, clientSecretEncrypted: null }
      : data.secret.kind === "stored"
        ? { clientSecretEnv: null, clientSecretEncrypted: data.secret.encrypted }
        : {};
  const fields = {
    issuer: data.issuer,
    clientId: data.clientId,
    domains: data.domains.join(","),
    roleClaim: data.roleClaim,
    roleMapping: JSON.stringify(data.roleMapping),
    ...secret,
  };
  await tx.ssoProvider.upsert({
    where: { municipalityId: params.municipalityId },
    create: { municipalityId: params.municipalityId, ...fields },
    update: fields,
  });
  return {
    issuer: data.issuer,
    clientId: data.clientId,
    domains: data.domains,
    roleClaim: data.roleClaim,
    roleMapping: data.roleMapping,
    secretSource: data.secret.kind === "env" ? `env:${data.secret.name}` : data.secret.kind === "stored" ? "stored (new)" : "unchanged",
  };
}

export async function removeSsoProvider(tx: Tx, params: { municipalityId: string }) {
  const removed = await tx.ssoProvider.deleteMany({ where: { municipalityId: params.municipalityId } });
  if (removed.count === 0) throw new ActionError("not_found", "no_sso_provider");
}

export async function setRequireAdminTwoFactor(tx: Tx, params: { municipalityId: string; required: boolean }) {
  await tx.municipality.update({ where: { id: params.municipalityId }, data: { requireAdminTwoFactor: params.required } });
  return { requireAdminTwoFactor: params.required };
}
