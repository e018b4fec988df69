import { z } from "zod";
import { getFramework, latestFrameworks } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";
import { appliesToChannel, type ScopedChannel } from "@/lib/assessments/applicability";

const versions = z.record(z.string(), z.string());

/** The framework versions an assessment was made with: { frameworkId: version }. */
export function pinnedVersions(json: string): Record<string, string> {
  return versions.parse(JSON.parse(json));
}

/**
 * The latest framework versions a new assessment pins. A framework for channels the municipality
 * hosts itself (`appliesTo: self-hosted`) is pinned only for such a channel, so its questions
 * appear, count and are reviewed only there.
 */
export function currentVersions(channel: Partial<ScopedChannel> = {}): Record<string, string> {
  const scoped: ScopedChannel = { kind: "commercial", digital: true, selfHosted: false, ...channel };
  return Object.fromEntries(
    latestFrameworks()
      .filter((framework) => appliesToChannel(framework, scoped))
      .map((framework) => [framework.id, framework.version]),
  );
}

// Few distinct sets exist (one per set of editions); the bound only guards against odd input.
const pinned = new Map<string, readonly Framework[]>();
const MAX_PINNED_SETS = 200;

/**
 * The framework objects the assessment pinned; a newer edition never changes an old assessment.
 * The same versions give the same (frozen) list, so what is derived from it once is shared
 * (lib/assessments/steps.ts); content changes only with a deploy.
 */
export function pinnedFrameworks(json: string): readonly Framework[] {
  let found = pinned.get(json);
  if (!found) {
    found = Object.freeze(
      Object.entries(pinnedVersions(json)).flatMap(([id, version]) => {
        const framework = getFramework(id, version);
        return framework ? [framework] : [];
      }),
    );
    if (pinned.size >= MAX_PINNED_SETS) pinned.delete(pinned.keys().next().value as string);
    pinned.set(json, found);
  }
  return found;
}
