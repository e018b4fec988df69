import { z } from "zod";
import { getFramework, latestFrameworks } from "@/lib/frameworks/load";
import type { Framework } from "@/lib/frameworks/schema";

const versions = z.record(z.string(), z.string());

/** The framework versions an assessment was made with: { frameworkId: version }. */
export function pinnedVersions(json: string): Record<string, string> {
  return versions.parse(JSON.parse(json));
}

export function currentVersions(): Record<string, string> {
  return Object.fromEntries(latestFrameworks().map((framework) => [framework.id, framework.version]));
}

/** The framework objects the assessment pinned; a newer edition never changes an old assessment. */
export function pinnedFrameworks(json: string): Framework[] {
  return Object.entries(pinnedVersions(json)).flatMap(([id, version]) => {
    const framework = getFramework(id, version);
    return framework ? [framework] : [];
  });
}
