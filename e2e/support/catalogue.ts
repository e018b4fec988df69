import { db } from "./db";
import { applyOverrides } from "../../lib/catalogue/facts";
import { getChannel, latestCatalogueVersion } from "../../lib/catalogue/load";
import { latestFrameworks } from "../../lib/frameworks/load";

/**
 * An assessment of a catalogue channel that relies on the catalogue's facts as they are now
 * (no overrides), as if it had just been created in the wizard.
 */
export async function createAssessmentWithCurrentFacts(params: { municipalityId: string; channelId: string; userId: string; year?: number }) {
  const channel = getChannel(params.channelId);
  if (!channel) throw new Error(`Unknown catalogue channel ${params.channelId}`);
  return db.assessment.create({
    data: {
      municipalityId: params.municipalityId,
      channelId: params.channelId,
      year: params.year ?? new Date().getFullYear(),
      frameworkVersions: JSON.stringify(Object.fromEntries(latestFrameworks().map((framework) => [framework.id, framework.version]))),
      catalogueVersion: latestCatalogueVersion(),
      factsUsed: JSON.stringify(applyOverrides(channel, [])),
      createdById: params.userId,
    },
  });
}

/** Today as the date input expects it (YYYY-MM-DD), in Dutch time like the server's check. */
export function todayForInput(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
