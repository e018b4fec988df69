/**
 * Prints, for each demo channel, how many questions its assessment asks and how many of the demo's
 * answers need a written reason: the advisor's workload, measured with the wizard's own rules.
 * No server or database is needed.
 *
 *   npx tsx scripts/measure-workload.ts
 *
 * To measure an older commit, copy this file and lib/assessments/workload.ts into a checkout of
 * it and run the same command there. Where that commit has no questions limited to a kind of
 * channel, all are asked; where it has no reasons.ts, a reason is needed by the rule of its time:
 * every question whose content says `rationale: required`, except for "Weet ik niet".
 */
import { currentVersions, pinnedFrameworks } from "@/lib/assessments/pinned";
import { assessmentWorkload, type NeedsReason } from "@/lib/assessments/workload";
import { getChannel } from "@/lib/catalogue/load";
import { demoAnswers, demoChannels } from "@/lib/demo/assessment-answers";
import type { Framework } from "@/lib/frameworks/schema";
import type { ChannelKind } from "@/lib/catalogue/schema";

type Scoped = { kind: ChannelKind; digital: boolean; selfHosted: boolean };
type Applicability = { applicableFrameworks?: (frameworks: readonly Framework[], channel: Scoped) => readonly Framework[] };
type Reasons = { reasonNeed?: (...args: Parameters<NeedsReason>) => { need: string } };

async function main() {
  // Questions limited to a kind of channel exist from the commit that added this module on.
  const applicability: Applicability = await import("@/lib/assessments/applicability").catch(() => ({}));
  const reasonRules: Reasons = await import("@/lib/assessments/reasons").catch(() => ({}));
  // A first-year assessment: nothing carried from last year, so no reason is needed for a change.
  const needsReason: NeedsReason = reasonRules.reasonNeed
    ? (ref, item, value) => reasonRules.reasonNeed!(ref, item, value).need === "required"
    : (_ref, item, value) => item.rationale === "required" && value !== "unknown";
  const rows: string[][] = [["channel", "kind", "questions asked", "reasons required"]];
  let questions = 0;
  let reasons = 0;
  for (const channelId of demoChannels) {
    const channel = getChannel(channelId)!;
    const scoped = { kind: channel.kind, digital: channel.digital, selfHosted: false };
    const pinned = pinnedFrameworks(JSON.stringify(currentVersions(scoped)));
    const frameworks = applicability.applicableFrameworks ? applicability.applicableFrameworks(pinned, scoped) : pinned;
    const workload = assessmentWorkload(frameworks, demoAnswers[channelId], needsReason);
    questions += workload.questionsAsked;
    reasons += workload.reasonsRequired;
    rows.push([channelId, channel.kind, String(workload.questionsAsked), String(workload.reasonsRequired)]);
  }
  rows.push(["total", "", String(questions), String(reasons)]);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
