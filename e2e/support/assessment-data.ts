import { db, retryBusy } from "./db";
import { createAssessment } from "../../lib/assessments/mutations";
import { resolveChannel } from "../../lib/assessments/channel";

/** Starts an assessment of a catalogue channel for a municipality, as the wizard's create action would. */
export async function startAssessment(params: { municipalityId: string; channelId: string; year: number; userId: string }) {
  const channel = resolveChannel(params.channelId, undefined, [], []);
  return retryBusy(() =>
    db.$transaction(async (tx) => {
      const { assessment } = await createAssessment(tx, { ...params, facts: channel?.facts ?? null, carryForward: true });
      return assessment;
    }),
  );
}
