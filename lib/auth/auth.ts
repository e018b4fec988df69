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
  // A person's name and e-mail address appear under reviews, in mail and in documents: they change
  // only through the app's own audited paths (an invitation sets the name), never through these
  // routes of the library. Change-e-mail and delete-user are off by default; closed here as well.
  disabledPaths: ["/update-user", "/change-email", "/delete-user"],
  advanced: { cookiePrefix: "afk" },
  plugins: [nextCookies()],
});
