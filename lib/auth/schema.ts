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

/** Only same-site paths are followed after sign-in, so the link cannot send anyone elsewhere. */
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
