"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { tenantAction } from "@/lib/auth/action";
import { factKey, factOverrideInput } from "@/lib/catalogue/schema";
import { removeFactOverride, saveFactOverride } from "@/lib/catalogue/mutations";

const addressed = z.object({ municipalitySlug: z.string({ error: "required" }).min(1, "required") });

/** The form's own schema plus the municipality it addresses; field errors keep the form's field names. */
const saveFactOverrideActionInput = z.intersection(addressed, factOverrideInput);

const removeFactOverrideActionInput = addressed.extend({
  channelId: z.string({ error: "required" }).min(1, "required"),
  factKey: z.enum(factKey.options, { error: "invalid_value" }),
});

function revalidateCatalogue() {
  revalidatePath("/m/[slug]/catalogue", "layout");
  // Assessments of the channel now show (or stop showing) "facts changed".
  revalidatePath("/m/[slug]/assessments", "layout");
}

export async function saveFactOverrideAction(input: unknown) {
  const result = await tenantAction({
    schema: saveFactOverrideActionInput,
    input,
    permission: "catalogue.override",
    action: "catalogue.override.save",
    objectType: "fact_override",
    run: async ({ tx, data, user, municipality }) => {
      const { override, details } = await saveFactOverride(tx, { municipalityId: municipality.id, userId: user.id, data });
      return { data: { overrideId: override.id }, objectId: override.id, details };
    },
  });
  if (result.ok) revalidateCatalogue();
  return result;
}

export async function removeFactOverrideAction(input: unknown) {
  const result = await tenantAction({
    schema: removeFactOverrideActionInput,
    input,
    permission: "catalogue.override",
    action: "catalogue.override.remove",
    objectType: "fact_override",
    objectId: (data) => `${data.channelId}:${data.factKey}`,
    run: async ({ tx, data, municipality }) => {
      const { removedIds, details } = await removeFactOverride(tx, { municipalityId: municipality.id, channelId: data.channelId, factKey: data.factKey });
      return { data: undefined, objectId: removedIds.join(","), details };
    },
  });
  if (result.ok) revalidateCatalogue();
  return result;
}
