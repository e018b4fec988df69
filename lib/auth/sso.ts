import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { deleteSessionCookie } from "better-auth/cookies";
import { generateRandomString } from "better-auth/crypto";
import { genericOAuth } from "better-auth/plugins";
import { db, transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/mutations";
import { originFrom } from "@/lib/auth/origin";
import { isLocked } from "@/lib/auth/password-lock";
import { isRole, type Role } from "@/lib/auth/permissions";
import { decryptSecret, secretKey } from "@/lib/auth/secret-box";
import { rolesFromClaim, slugOfSsoProvider, ssoDecision, ssoProviderId, type RoleMapping, type SsoRefusal } from "@/lib/auth/sso-rules";
import { findSsoProviderBySlug, ssoStanding } from "@/lib/municipalities/queries";
import { acceptInvitationBySso, grantRoles } from "@/lib/municipalities/mutations";

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
type SsoConfig = NonNullable<Awaited<ReturnType<typeof findSsoProviderBySlug>>>;

/** The key of stored client secrets: SSO_ENCRYPTION_KEY, else derived from BETTER_AUTH_SECRET. */
export function ssoSecretKey() {
  return secretKey(env().SSO_ENCRYPTION_KEY ?? env().BETTER_AUTH_SECRET);
}

/** The client secret, from the environment variable the administrator named or decrypted from the database. */
function clientSecretOf(config: SsoConfig): string | null {
  if (config.clientSecretEnv) return process.env[config.clientSecretEnv] || null;
  return config.clientSecretEncrypted ? decryptSecret(config.clientSecretEncrypted, ssoSecretKey()) : null;
}

function roleMappingOf(config: SsoConfig): RoleMapping {
  const parsed: unknown = JSON.parse(config.roleMapping);
  const mapping: RoleMapping = {};
  if (parsed && typeof parsed === "object") {
    for (const [value, roles] of Object.entries(parsed)) if (Array.isArray(roles)) mapping[value] = roles.filter((role): role is Role => typeof role === "string" && isRole(role));
  }
  return mapping;
}

/** Where a refused or failed sign-in lands: the sign-in page, which says why in the reader's language. */
export const ssoRefusedPath = (reason: SsoRefusal | "unavailable") => `/sign-in?sso=${reason}`;

/** The provider a request names: in the body when it starts, in the path when the provider calls back. */
function requestedProvider(ctx: { body?: unknown; params?: unknown }) {
  const body = ctx.body as { provider?: unknown } | undefined;
  const params = ctx.params as { id?: unknown } | undefined;
  const id = body?.provider ?? params?.id;
  return typeof id === "string" ? id : undefined;
}

const ssoPaths = new Set(["/sign-in/social", "/callback/:id"]);

/** What the provider said about the person whose sign-in is let through, for the after hook of the same request. */
type Admitted = { municipalityId: string; email: string; invitationId: string | null; claimRoles: Role[] };
const admitted = new WeakMap<object, Admitted>();

/**
 * better-auth's generic OAuth support, with discovery, PKCE, state, nonce and ID-token checks, for
 * the provider this request names: built from the municipality's settings for each request, so a
 * change takes effect at once on every instance. Its user info passes the single sign-on rules
 * (sso-rules.ts) before better-auth creates or links any account.
 */
async function buildProvider(ctx: HookContext, config: SsoConfig, clientSecret: string) {
  const providerId = ssoProviderId(config.municipality.slug);
  const issuer = config.issuer.replace(/\/+$/, "");
  const plugin = genericOAuth({
    config: [
      {
        providerId,
        name: config.municipality.name,
        discoveryUrl: `${issuer}/.well-known/openid-configuration`,
        requireIdTokenVerification: true,
        clientId: config.clientId,
        clientSecret,
        scopes: ["openid", "email", "profile"],
      },
    ],
  });
  const initialised = await plugin.init({ ...ctx.context, socialProviders: [] });
  const provider = initialised.context.socialProviders.find((candidate) => candidate.id === providerId);
  if (!provider) return null;
  const domains = config.domains.split(",");
  const mapping = roleMappingOf(config);
  const municipalityId = config.municipality.id;

  return {
    ...provider,
    async getUserInfo(tokens: Parameters<typeof provider.getUserInfo>[0]) {
      const info = await provider.getUserInfo(tokens);
      if (!info) return null;
      const claims = info.data as Record<string, unknown>;
      const email = typeof info.user.email === "string" ? info.user.email.trim().toLowerCase() : null;
      const standing = email ? await ssoStanding(municipalityId, email) : null;
      const decision = ssoDecision({
        email,
        emailVerified: claims.email_verified,
        domains,
        isMember: (standing?.roles.length ?? 0) > 0,
        isInvited: Boolean(standing?.invitationId),
        isLocked: email ? await isLocked(email) : false,
      });
      if (!decision.ok) {
        await recordAudit(db, {
          actorId: standing?.userId ?? null,
          actorEmail: email,
          municipalityId,
          action: "auth.sso.sign_in",
          objectType: "user",
          objectId: standing?.userId ?? email,
          result: "refused",
          reason: decision.reason,
          details: { issuer: config.issuer },
          ...originFrom(ctx.headers),
        });
        throw ctx.redirect(ssoRefusedPath(decision.reason));
      }
      const claimRoles = config.roleClaim ? rolesFromClaim(claims[config.roleClaim], mapping) : [];
      admitted.set(ctx.context, { municipalityId, email: email!, invitationId: standing?.invitationId ?? null, claimRoles });
      return info;
    },
  };
}

/** How long the second step may take, as after a password (better-auth's default). */
const challengeSeconds = 600;

/**
 * Someone who set up two-step sign-in is asked for a code after the municipality's provider too,
 * as after a password: the session just made is replaced by the two-factor plugin's challenge
 * (its cookie and verification records, which /two-factor/verify-totp and the recovery codes
 * read), and the browser goes to the code page.
 */
async function challengeSecondFactor(ctx: HookContext, session: { session: { token: string }; user: { id: string } }) {
  await ctx.context.internalAdapter.deleteSession(session.session.token);
  deleteSessionCookie(ctx, true);
  ctx.context.setNewSession(null);
  const cookie = ctx.context.createAuthCookie("two_factor", { maxAge: challengeSeconds });
  const identifier = `2fa-${generateRandomString(20)}`;
  const expiresAt = new Date(Date.now() + challengeSeconds * 1000);
  await ctx.context.internalAdapter.createVerificationValue({ value: session.user.id, identifier, expiresAt });
  await ctx.context.internalAdapter.createVerificationValue({ value: "0", identifier: `2fa-attempts-${identifier}`, expiresAt });
  await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes);
  throw ctx.redirect("/sign-in/two-factor");
}

export const municipalitySso = {
  id: "municipality-sso",
  hooks: {
    before: [
      {
        matcher: (context) => ssoPaths.has(context.path ?? "") && slugOfSsoProvider(requestedProvider(context)) !== null,
        handler: createAuthMiddleware(async (ctx) => {
          const config = await findSsoProviderBySlug(slugOfSsoProvider(requestedProvider(ctx))!);
          // An unknown provider is better-auth's own refusal.
          if (!config) return;
          const clientSecret = clientSecretOf(config);
          const provider = clientSecret ? await buildProvider(ctx, config, clientSecret) : null;
          if (!provider) {
            await recordAudit(db, {
              municipalityId: config.municipality.id,
              action: "auth.sso.sign_in",
              objectType: "sso_provider",
              objectId: config.id,
              result: "refused",
              reason: clientSecret ? "provider_unreachable" : "client_secret_missing",
              details: { issuer: config.issuer },
              ...originFrom(ctx.headers),
            });
            throw ctx.redirect(ssoRefusedPath("unavailable"));
          }
          // This request's copy of the context: other requests keep their own providers.
          const others = (await ctx.context.socialProviders).filter((candidate) => candidate.id !== provider.id);
          ctx.context.socialProviders = [provider, ...others];
        }),
      },
    ],
    after: [
      {
        matcher: (context) => context.path === "/callback/:id",
        handler: createAuthMiddleware(async (ctx) => {
          const person = admitted.get(ctx.context);
          const session = ctx.context.newSession;
          if (!person || !session) return;
          const origin = originFrom(ctx.headers);
          const base = { actorId: session.user.id, actorEmail: person.email, municipalityId: person.municipalityId, ...origin };
          // Serializable, like every action: an invitation is accepted once even by two sign-ins at once.
          await transaction(async (tx) => {
            // Someone invited signs in for the first time: the provider vouched for the invited address.
            const accepted = person.invitationId ? await acceptInvitationBySso(tx, { invitationId: person.invitationId, userId: session.user.id }) : null;
            if (accepted) {
              await recordAudit(tx, { ...base, action: "invitation.accept", objectType: "invitation", objectId: accepted.invitationId, result: "success", details: { roles: accepted.roles, via: "sso" } });
            }
            // Roles from the claim are added, never taken away: roles are given and withdrawn in the app.
            const held = await tx.membership.findMany({ where: { userId: session.user.id, municipalityId: person.municipalityId }, select: { role: true } });
            const added = person.claimRoles.filter((role) => !held.some((membership) => membership.role === role));
            if (added.length > 0) {
              await grantRoles(tx, { userId: session.user.id, municipalityId: person.municipalityId, roles: added });
              await recordAudit(tx, { ...base, action: "member.roles_from_claim", objectType: "user", objectId: session.user.id, result: "success", details: { added } });
            }
            await recordAudit(tx, { ...base, action: "auth.sso.sign_in", objectType: "user", objectId: session.user.id, result: "success" });
          }, { maxWait: 10_000, timeout: 20_000 });
          if (session.user.twoFactorEnabled) await challengeSecondFactor(ctx, session);
        }),
      },
    ],
  },
} satisfies BetterAuthPlugin;
