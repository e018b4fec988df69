import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins";
import { db, provider } from "@/lib/db";
import { env } from "@/lib/env";
import { passwordLockHooks } from "@/lib/auth/password-lock";
import { cappedExpiry } from "@/lib/auth/session-lifetime";
import { isHttps } from "@/lib/security/headers";
import { totpIssuer, twoFactorPolicy } from "@/lib/auth/two-factor";
import { municipalitySso } from "@/lib/auth/sso";
import { COOKIE_PREFIX } from "@/lib/auth/session-cookie";

const hour = 60 * 60;

export const auth = betterAuth({
  secret: env().BETTER_AUTH_SECRET,
  baseURL: env().BETTER_AUTH_URL,
  database: prismaAdapter(db, { provider }),
  emailAndPassword: {
    enabled: true,
    // People join by invitation from an administrator, never by signing up themselves.
    disableSignUp: true,
    minPasswordLength: 12,
    maxPasswordLength: 128,
  },
  session: {
    expiresIn: env().SESSION_MAX_AGE_HOURS * hour,
    updateAge: hour,
  },
  // The absolute end of a session: its expiry is never set past it, at sign-in or on renewal.
  databaseHooks: {
    session: {
      create: {
        before: async (session) => ({ data: { ...session, expiresAt: cappedExpiry(session.expiresAt, new Date(), env().SESSION_ABSOLUTE_MAX_AGE_HOURS) } }),
      },
      update: {
        // better-auth renews a session after reading it onto the endpoint's context.
        before: async (session, context) => {
          const createdAt = context?.context.session?.session.createdAt;
          if (!session.expiresAt || !createdAt) return;
          return { data: { ...session, expiresAt: cappedExpiry(new Date(session.expiresAt), new Date(createdAt), env().SESSION_ABSOLUTE_MAX_AGE_HOURS) } };
        },
      },
    },
  },
  hooks: passwordLockHooks,
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
  },
  // A person's name and e-mail address appear under reviews, in mail and in documents: they change
  // only through the app's own audited paths (an invitation sets the name), never through these
  // routes of the library. Change-e-mail and delete-user are off by default; closed here as well.
  disabledPaths: ["/update-user", "/change-email", "/delete-user"],
  advanced: {
    cookiePrefix: COOKIE_PREFIX,
    useSecureCookies: isHttps(env().BETTER_AUTH_URL),
    // The rate limit keys on the client address by the audit trail's rule (lib/auth/origin.ts):
    // X-Forwarded-For read right to left past the trusted proxies, and without any not read at all.
    ipAddress: env().TRUSTED_PROXIES.length > 0 ? { trustedProxies: env().TRUSTED_PROXIES } : { ipAddressHeaders: [] },
    // Related records as one query with an `include`: a session with its person (every signed-in
    // request), a person with their accounts (sign-in), an account with its person (single
    // sign-on). On PostgreSQL one statement each where they took two (prisma/postgresql/schema.prisma).
    database: { joins: true },
  },
  plugins: [
    // TOTP with recovery codes. The lock and the audit of second-factor checks live in the hooks
    // above (password-lock.ts); who must keep a second factor in two-factor.ts.
    twoFactor({ issuer: totpIssuer, allowPasswordless: true }),
    twoFactorPolicy,
    // Each municipality's own OpenID Connect provider (single sign-on), from its settings.
    municipalitySso,
    // Last, so it sets the cookies of every plugin's responses in server actions.
    nextCookies(),
  ],
});
