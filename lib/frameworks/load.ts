/**
 * Server-side access to the framework content in content/. Plain node:fs (no "server-only"),
 * because scripts and tests use it too. All files are read and validated together on first use
 * and kept for the life of the process; content changes require a restart. Treat the returned
 * objects as read-only: they are shared by every caller.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Dimension, Framework, FrameworkItem, FrameworkPart, RiskFamily } from "./schema";
import { ContentError, validateContent, type Content, type ContentIssue, type SourceFile } from "./validate";

export { migrateAnswers, type MigrationResult } from "./migrate";
export { ContentError, formatIssue, type ContentIssue } from "./validate";

export interface ItemRef {
  framework: Framework;
  part: FrameworkPart;
  item: FrameworkItem;
}

/** The app always runs from the project root, so content/ is resolved from the working directory. */
const CONTENT_ROOT = path.join(/*turbopackIgnore: true*/ process.cwd(), "content");

/**
 * Reads and validates every content file under `root`, without caching.
 * Throws a ContentError naming each bad file and field.
 */
export function readContent(root: string = CONTENT_ROOT): Content {
  const yamlErrors: ContentIssue[] = [];
  const read = (absolute: string): SourceFile => {
    const file = path.relative(process.cwd(), absolute).split(path.sep).join("/");
    try {
      return { file, data: parse(fs.readFileSync(absolute, "utf8")) };
    } catch (error) {
      yamlErrors.push({ file, path: "(root)", message: error instanceof Error ? error.message : String(error) });
      return { file, data: undefined };
    }
  };

  const frameworksDir = path.join(root, "frameworks");
  // Only "<frameworkId>/<version>.yaml" files count; validation checks that the names match the ids.
  const frameworkFiles = fs
    .readdirSync(frameworksDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(frameworksDir, dir.name))
        .filter((name) => name.endsWith(".yaml"))
        .map((name) => path.join(frameworksDir, dir.name, name)),
    )
    .sort();

  const input = {
    frameworks: frameworkFiles.map(read),
    dimensions: read(path.join(root, "dimensions.yaml")),
    riskFamilies: read(path.join(root, "risk-families.yaml")),
  };
  // Schema errors on a file that could not be parsed would only repeat the syntax error.
  if (yamlErrors.length) throw new ContentError(yamlErrors);
  return validateContent(input);
}

interface Index {
  content: Content;
  /** Versions per framework id, oldest first. */
  versions: Map<string, Framework[]>;
}

let index: Index | undefined;

function content(): Index {
  if (!index) {
    const loaded = readContent();
    const versions = new Map<string, Framework[]>();
    for (const fw of loaded.frameworks) versions.set(fw.id, [...(versions.get(fw.id) ?? []), fw]);
    index = { content: loaded, versions };
  }
  return index;
}

/** Every version of every framework, grouped by framework id, oldest version first. */
export function loadFrameworks(): Framework[] {
  return content().content.frameworks;
}

/** The latest version of each framework: the end of its previousVersion chain. */
export function latestFrameworks(): Framework[] {
  return [...content().versions.values()].map((versions) => versions[versions.length - 1]);
}

/** One version of a framework, or its latest version when `version` is omitted. */
export function getFramework(id: string, version?: string): Framework | undefined {
  const versions = content().versions.get(id);
  if (!versions) return undefined;
  return version === undefined ? versions[versions.length - 1] : versions.find((fw) => fw.version === version);
}

/** An item with its framework and part; `version` undefined means the latest version. */
export function findItem(frameworkId: string, version: string | undefined, itemId: string): ItemRef | undefined {
  const framework = getFramework(frameworkId, version);
  if (!framework) return undefined;
  for (const part of framework.parts) {
    const item = part.items.find((candidate) => candidate.id === itemId);
    if (item) return { framework, part, item };
  }
  return undefined;
}

export function loadDimensions(): Dimension[] {
  return content().content.dimensions;
}

export function loadRiskFamilies(): RiskFamily[] {
  return content().content.riskFamilies;
}
