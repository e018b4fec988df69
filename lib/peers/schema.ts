/**
 * Inputs of the peer forms (lib/peers/actions.ts), shared by the browser forms and the server.
 */
import { z } from "zod";
import { checkPeerUrl, type GuardOptions } from "@/lib/peers/url-guard";

const slug = z.string().min(1).max(100);
const id = z.string().min(1).max(100);

/** An installation's address as an administrator types it; kept as its origin (scheme, host, and a port only where the guard allows one). */
export const peerOriginWith = (options: GuardOptions) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .max(300, "too_long")
    .refine((value) => {
      const checked = checkPeerUrl(value, options);
      return checked.ok && (checked.url.pathname === "/" || checked.url.pathname === "") && !checked.url.search && !checked.url.hash;
    }, "peer_url_not_allowed")
    .transform((value) => new URL(value).origin);

/** The form and its action build this with the guard's options (peerGuardOptions on the server, lib/peers/guard-env.ts; the form gets them from its page). */
export const addInstallationInputWith = (options: GuardOptions) =>
  z.object({
    municipalitySlug: slug,
    origin: peerOriginWith(options),
    label: z.string().trim().min(1, "required").max(100, "too_long"),
  });
export type AddInstallationInput = z.input<ReturnType<typeof addInstallationInputWith>>;

export const removeInstallationInput = z.object({ municipalitySlug: slug, installationId: id });

/** A published policy on a listed installation: its municipality (as in its URLs) and year. */
export const fetchPeerPolicyInput = z.object({
  municipalitySlug: slug,
  installationId: id.or(z.literal("")).refine((value) => value !== "", "required"),
  peerSlug: z
    .string()
    .trim()
    .min(1, "required")
    .max(100, "too_long")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "invalid"),
  year: z.coerce.number("invalid").int("invalid").min(2000, "too_small").max(2100, "too_large"),
});
export type FetchPeerPolicyInput = z.input<typeof fetchPeerPolicyInput>;

export const uploadPeerPolicyInput = z.object({
  municipalitySlug: slug,
  fileName: z.string().max(300).default(""),
  /** The file as base64, as the import form sends it. */
  content: z.string().min(1, "required"),
});

export const removePeerPolicyInput = z.object({ municipalitySlug: slug, peerPolicyId: id });

/** Where a peer's public JSON lives on its installation (the route app/api/public/[slug]/policies/[year]/json). */
export const publicJsonUrl = (origin: string, slug: string, year: number) => `${origin}/api/public/${encodeURIComponent(slug)}/policies/${year}/json`;
