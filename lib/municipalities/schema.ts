import { z } from "zod";
import { weightsInput } from "@/lib/scoring/schema";

export const saveWeightsInput = z.object({
  municipalitySlug: z.string().min(1).max(100),
  weights: weightsInput,
});
export type SaveWeightsInput = z.input<typeof saveWeightsInput>;
