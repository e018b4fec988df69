import path from "node:path";
import { catalogueVersion, compareCatalogueVersions, type CatalogueVersion } from "./schema";

/**
 * Pure validation of catalogue files: input is an already parsed object plus the file name
 * it came from, so tests can feed broken objects without touching the file system.
 */

export type CatalogueIssue = {
  /** Dotted path of the bad field, e.g. "channels[3].facts.owner.source". Empty for the whole file. */
  path: string;
  /** Stable code ("required", "duplicate_id", ...) or the parser's own message. */
  message: string;
  /** Id of the channel the path points into, when there is one; easier to find than an index. */
  channelId?: string;
};

export class CatalogueValidationError extends Error {
  readonly file: string;
  readonly issues: readonly CatalogueIssue[];

  constructor(file: string, issues: readonly CatalogueIssue[]) {
    const lines = issues.map(
      (issue) =>
        `  ${file}: ${issue.path || "(file)"}${issue.channelId ? ` (channel "${issue.channelId}")` : ""}: ${issue.message}`,
    );
    super(`Invalid platform catalogue ${file}:\n${lines.join("\n")}`);
    this.name = "CatalogueValidationError";
    this.file = file;
    this.issues = issues;
  }
}

export function formatIssuePath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

function channelIdAt(input: unknown, segments: readonly PropertyKey[]): string | undefined {
  if (segments[0] !== "channels" || typeof segments[1] !== "number") return undefined;
  const channels = (input as { channels?: unknown } | null)?.channels;
  if (!Array.isArray(channels)) return undefined;
  const id = (channels[segments[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
}

/** Validates one catalogue version. Throws CatalogueValidationError naming the file and every bad path. */
export function validateCatalogue(input: unknown, file: string): CatalogueVersion {
  const result = catalogueVersion.safeParse(input);
  if (result.success) return result.data;
  throw new CatalogueValidationError(
    file,
    result.error.issues.map((issue) => {
      const channelId = channelIdAt(input, issue.path);
      return {
        path: formatIssuePath(issue.path),
        message: issue.message,
        ...(channelId === undefined ? {} : { channelId }),
      };
    }),
  );
}

/**
 * Checks that hold between files: each file is named after its version, and a previous
 * version must exist. Returns the catalogues oldest first.
 */
export function validateCatalogueSet(
  entries: readonly { file: string; catalogue: CatalogueVersion }[],
): CatalogueVersion[] {
  const versions = new Set(entries.map((entry) => entry.catalogue.version));
  for (const { file, catalogue } of entries) {
    if (path.basename(file) !== `${catalogue.version}.yaml`) {
      throw new CatalogueValidationError(file, [{ path: "version", message: "does_not_match_file_name" }]);
    }
    if (catalogue.previousVersion && !versions.has(catalogue.previousVersion)) {
      throw new CatalogueValidationError(file, [{ path: "previousVersion", message: "unknown_version" }]);
    }
  }
  return entries
    .map((entry) => entry.catalogue)
    .sort((a, b) => compareCatalogueVersions(a.version, b.version));
}
