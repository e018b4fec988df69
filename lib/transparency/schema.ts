/**
 * The transparency report of a channel for a year (issue 16, part 2; as Amsterdam publishes one):
 * figures and dilemmas in plain words. Pure zod, shared by the form, the action, the policy
 * snapshot and its public JSON.
 */
import { z } from "zod";

/** The figures, in the order the form and the document show them; each a whole number, or null when not known. */
export const figureKeys = [
  "reach",
  "posts",
  "commentsModerated",
  "commentsRemoved",
  "accountsBlocked",
  "incidents",
  "requestsFromPlatform",
  "requestsToPlatform",
  "costs",
] as const;
export type FigureKey = (typeof figureKeys)[number];

export const MAX_FIGURE = 1_000_000_000;

const storedFigure = z.number().int().min(0).max(MAX_FIGURE).nullable();
export const transparencyFigures = z.object(Object.fromEntries(figureKeys.map((key) => [key, storedFigure])) as Record<FigureKey, typeof storedFigure>);
export type TransparencyFigures = z.infer<typeof transparencyFigures>;

/** As published in the policy snapshot (and so in its public JSON, per channel `transparency`). */
export const snapshotTransparency = z.object({
  figures: transparencyFigures,
  dilemmas: z.string().max(10_000),
  approvedAt: z.string(),
});
export type SnapshotTransparency = z.infer<typeof snapshotTransparency>;

/** A form field: empty for "not known", otherwise a whole number of at least zero. */
const figureField = z
  .string()
  .trim()
  .max(20, "too_long")
  .refine((value) => value === "" || /^\d+$/.test(value.replace(/[.\s]/g, "")), "invalid")
  .transform((value) => (value === "" ? null : Number(value.replace(/[.\s]/g, ""))))
  .refine((value) => value === null || value <= MAX_FIGURE, "too_large");

const slug = z.string().min(1).max(100);
const id = z.string().min(1).max(100);

export const saveTransparencyInput = z.object({
  municipalitySlug: slug,
  assessmentId: id,
  expectedVersion: z.coerce.number().int().min(0),
  dilemmas: z.string().trim().max(10_000, "too_long"),
  ...(Object.fromEntries(figureKeys.map((key) => [key, figureField])) as Record<FigureKey, typeof figureField>),
});
export type SaveTransparencyInput = z.input<typeof saveTransparencyInput>;

export const approveTransparencyInput = z.object({ municipalitySlug: slug, assessmentId: id, expectedVersion: z.coerce.number().int().min(0) });

/** Reads stored figures; anything unreadable counts as not known. */
export function readFigures(json: string): TransparencyFigures {
  let parsed: unknown = {};
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = {};
  }
  const raw = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
  return Object.fromEntries(figureKeys.map((key) => [key, storedFigure.safeParse(raw[key] ?? null).success ? (raw[key] ?? null) : null])) as TransparencyFigures;
}
