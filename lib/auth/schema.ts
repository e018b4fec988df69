import { z } from "zod";
import { roles } from "@/lib/frameworks/schema";

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
