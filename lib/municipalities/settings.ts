import { z } from "zod";

/** Per-municipality settings, stored as JSON on the municipality: scoring weights and review section owners. */
export const municipalitySettings = z
  .object({
    weights: z.record(z.string(), z.number().min(0).max(10)).optional(),
    sectionOwners: z.record(z.string(), z.string()).optional(),
  })
  .catch({});
export type MunicipalitySettings = z.infer<typeof municipalitySettings>;

export function parseSettings(json: string | null | undefined): MunicipalitySettings {
  try {
    return municipalitySettings.parse(JSON.parse(json ?? "{}"));
  } catch {
    return {};
  }
}
