import { z } from "zod";
import { invalidNetworks } from "@/lib/security/client-address";

/**
 * Configuration read from the environment once, at start-up. A missing or wrong value stops the
 * app with a message that names the variable, instead of failing later in a request.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)/,
      "must be a SQLite file URL such as file:./data/afwegingskader.db or a PostgreSQL URL such as postgresql://user:password@host:5432/afwegingskader",
    )
    .default("file:./data/afwegingskader.db"),
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters; generate one with: openssl rand -base64 32"),
  BETTER_AUTH_URL: z.url("must be the public URL of the app, e.g. http://localhost:3000").default("http://localhost:3000"),
  /** "1": print every SQL statement to stdout; `npm run bench` counts the statements of each page with it. */
  DATABASE_LOG_QUERIES: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(8),
  SESSION_ABSOLUTE_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((list, context) => {
      const invalid = invalidNetworks(list);
      if (invalid.length > 0) context.addIssue({ code: "custom", message: `not an IP address or CIDR range: ${invalid.join(", ")}` });
    })
    .transform((list) =>
      list
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  /** Key for the client secrets of single sign-on stored in the database; BETTER_AUTH_SECRET when not set. */
  SSO_ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters; generate one with: openssl rand -base64 32").optional(),
  SMTP_URL: z.url("must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.email().default("afwegingskader@localhost"),
  /**
   * TEST-ONLY. "1": the peer guard (lib/peers/url-guard.ts) lets an administrator's URL reach
   * loopback and private addresses on any port, so the e2e run can fetch from a peer installation
   * on localhost. Never in production: it would open the municipality's own network to such a URL.
   */
  PEERS_ALLOW_PRIVATE_ADDRESSES: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});
export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
