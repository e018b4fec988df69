import { z } from "zod";
import { roles } from "@/lib/frameworks/schema";
import { parseDomains, parseRoleMapping } from "@/lib/auth/sso-rules";

const email = z.string().trim().toLowerCase().min(1, "required").max(254, "too_long").pipe(z.email("invalid_email"));
const newPassword = z.string().min(12, "password_too_short").max(128, "too_long");

export const signInInput = z.object({
  email,
  password: z.string().min(1, "required").max(128, "too_long"),
  next: z.string().max(500).optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "required").max(128, "too_long"),
    newPassword,
    confirmPassword: z.string().min(1, "required").max(128, "too_long"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const inviteInput = z.object({
  municipalitySlug: z.string().min(1).max(100),
  email,
  roles: z.array(z.enum(roles)).min(1, "required").max(roles.length),
});
export type InviteInput = z.infer<typeof inviteInput>;

export const setRolesInput = z.object({
  municipalitySlug: z.string().min(1).max(100),
  userId: z.string().min(1).max(100),
  roles: z.array(z.enum(roles)).max(roles.length),
});
export type SetRolesInput = z.infer<typeof setRolesInput>;

const invitationToken = z.string().min(20).max(200);

export const acceptInvitationInput = z
  .object({
    token: invitationToken,
    name: z.string().trim().min(1, "required").max(120, "too_long"),
    password: newPassword,
    confirmPassword: z.string().min(1, "required").max(128, "too_long"),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const acceptInvitationSignedInInput = z.object({ token: invitationToken });
export type AcceptInvitationSignedInInput = z.infer<typeof acceptInvitationSignedInInput>;

/** The longest `next` followed; the sign-in form's own field allows no more. */
const maxNextLength = 500;

/** Control characters (C0, DEL, C1, the Unicode line and paragraph separators) and backslashes. */
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/;

/** Any origin stands for the app's own here: what matters is whether `next` keeps the one it is resolved against. */
const ownOrigin = "https://app.invalid";

/**
 * Only same-site paths are followed after sign-in, so the link cannot send anyone elsewhere.
 * Browsers drop tabs and newlines from URLs and read `\` as `/`, and a server may decode `%2F`,
 * so `/%09/evil.example` would become `//evil.example`: control characters and backslashes are
 * refused raw and after decoding (repeatedly, for double encoding), and what is left must resolve
 * against the app's origin to that same origin with a path starting with a single `/`.
 * Anything else goes to the start page; `next` comes from the query, so it may be anything.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length > maxNextLength || !next.startsWith("/")) return "/";
  if (!isSafeWhenDecoded(next)) return "/";
  const url = new URL(next, ownOrigin);
  if (url.origin !== ownOrigin || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return "/";
  return url.pathname + url.search + url.hash;
}

/** Decodes until nothing changes (at most a few rounds, then refused), checking every stage. */
function isSafeWhenDecoded(path: string): boolean {
  let current = path;
  for (let round = 0; round < 4; round++) {
    if (unsafeCharacters.test(current) || current.startsWith("//")) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}

/** The account's password where better-auth asks for it again; someone signed in by single sign-on has none. */
const confirmingPassword = z.string().max(128, "too_long").optional();

export const startTwoFactorSetupInput = z.object({ password: confirmingPassword });
export type StartTwoFactorSetupInput = z.infer<typeof startTwoFactorSetupInput>;

const totpCode = z.string().trim().regex(/^\d{6}$/, "totp_format");

export const confirmTwoFactorSetupInput = z.object({ code: totpCode });
export type ConfirmTwoFactorSetupInput = z.infer<typeof confirmTwoFactorSetupInput>;

export const disableTwoFactorInput = z.object({ password: confirmingPassword });
export type DisableTwoFactorInput = z.infer<typeof disableTwoFactorInput>;

/** The second step of signing in: a code from the authenticator app, or one of the recovery codes. */
export const verifyTwoFactorInput = z.discriminatedUnion("method", [
  z.object({ method: z.literal("totp"), code: totpCode, next: z.string().max(500).optional() }),
  z.object({ method: z.literal("recovery_code"), code: z.string().trim().min(1, "required").max(32, "too_long"), next: z.string().max(500).optional() }),
]);
export type VerifyTwoFactorInput = z.infer<typeof verifyTwoFactorInput>;

/** http only on this machine (a test provider); a real provider is reached over https. */
function isAcceptableIssuer(value: string) {
  try {
    const url = new URL(value);
    if (url.search || url.hash || url.username || url.password) return false;
    return url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname));
  } catch {
    return false;
  }
}

/** The municipality's OpenID Connect provider, as its administrator enters it on the settings page. */
export const ssoSettingsInput = z
  .object({
    municipalitySlug: z.string().min(1).max(100),
    issuer: z.string().trim().min(1, "required").max(500, "too_long").refine(isAcceptableIssuer, "invalid_issuer"),
    clientId: z.string().trim().min(1, "required").max(200, "too_long"),
    secretSource: z.enum(["env", "stored"]),
    clientSecretEnv: z.string().trim().max(100, "too_long"),
    /** Empty keeps the stored secret; it is never sent back to the browser. */
    clientSecret: z.string().max(1000, "too_long"),
    domains: z.string().max(1000, "too_long").refine((text) => parseDomains(text) !== null, "invalid_domain"),
    roleClaim: z
      .string()
      .trim()
      .max(100, "too_long")
      .regex(/^[A-Za-z0-9_:./-]*$/, "invalid_claim"),
    roleMapping: z.string().max(5000, "too_long").refine((text) => parseRoleMapping(text) !== null, "invalid_claim"),
  })
  .superRefine((input, context) => {
    if (input.secretSource === "env" && !/^[A-Z_][A-Z0-9_]*$/.test(input.clientSecretEnv)) {
      context.addIssue({ code: "custom", path: ["clientSecretEnv"], message: "env_name" });
    }
    if (input.secretSource === "env" && input.clientSecret !== "") {
      context.addIssue({ code: "custom", path: ["clientSecret"], message: "secret_source" });
    }
  });
export type SsoSettingsInput = z.infer<typeof ssoSettingsInput>;

export const removeSsoSettingsInput = z.object({ municipalitySlug: z.string().min(1).max(100) });
export type RemoveSsoSettingsInput = z.infer<typeof removeSsoSettingsInput>;

export const adminTwoFactorInput = z.object({ municipalitySlug: z.string().min(1).max(100), required: z.boolean() });
export type AdminTwoFactorInput = z.infer<typeof adminTwoFactorInput>;

/** Signing in with the municipality's own account: the municipality chosen, or found by the domain of the address typed. */
export const startSsoSignInInput = z
  .object({
    municipalitySlug: z.string().max(100).optional(),
    email: z.union([z.literal(""), email]).optional(),
    next: z.string().max(500).optional(),
  })
  .refine((input) => Boolean(input.municipalitySlug) || Boolean(input.email), { path: ["email"], message: "required" });
export type StartSsoSignInInput = z.infer<typeof startSsoSignInInput>;
