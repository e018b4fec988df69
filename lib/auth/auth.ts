import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const hour = 60 * 60;

export const auth = betterAuth({
  secret: env().BETTER_AUTH_SECRET,
  baseURL: env().BETTER_AUTH_URL,
  database: prismaAdapter(db, { provider: "sqlite" }),
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
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
  },
  advanced: { cookiePrefix: "afk" },
  plugins: [nextCookies()],
});
