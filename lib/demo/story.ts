import { getChannel } from "@/lib/catalogue/load";
import type { Decision } from "@/lib/reviews/transitions";

/**
 * Last year's decisions of the demo municipality, the one story its adopted policy tells (see the
 * summary in lib/demo/policies.ts): Facebook is phased out by the end date of its exit strategy, TikTok is
 * not used, the open alternatives and the municipality's own channels are used, and the other
 * commercial platforms only with conditions. The review seed records these decisions; the policy
 * seed falls back on them.
 */
export function lastYearDecision(channelId: string, year: number): { decision: Decision; decisionConditions: string | null; phaseOutDate: string | null } {
  if (channelId === "facebook") {
    // Without an end date in its exit strategy: a year and a half after the decision.
    return { decision: "phase_out", decisionConditions: "Alleen nog korte verwijzingen naar de website; geen betaalde promotie.", phaseOutDate: `${year + 2}-06-30` };
  }
  if (channelId === "tiktok") return { decision: "do_not_use", decisionConditions: null, phaseOutDate: null };
  const kind = channelId.startsWith("custom:") ? null : getChannel(channelId)?.kind;
  if (kind === "commercial") {
    return {
      decision: "use_with_conditions",
      decisionConditions: "Alleen voor informatie die ook op de website staat; reacties op werkdagen gemodereerd; geen betaalde promotie.",
      phaseOutDate: null,
    };
  }
  return { decision: "use", decisionConditions: null, phaseOutDate: null };
}
