import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { CatalogueVersion, Channel } from "./schema";
import { CatalogueValidationError, validateCatalogue, validateCatalogueSet } from "./validate";

/**
 * Reads content/catalogue/*.yaml with plain node fs (no "server-only"), so seed scripts and
 * unit tests can use it too. Catalogues change only with a deploy, hence the cache.
 */

export const CATALOGUE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "catalogue");

const cache = new Map<string, readonly CatalogueVersion[]>();

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

function readYaml(file: string, name: string): unknown {
  const doc = parseDocument(fs.readFileSync(file, "utf8"), { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new CatalogueValidationError(
      name,
      doc.errors.map((error) => ({
        path: error.linePos ? `line ${error.linePos[0].line}` : "",
        message: error.message,
      })),
    );
  }
  return doc.toJS();
}

/** The cached objects are shared by every caller; freezing makes an accidental edit fail loudly. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** All catalogue versions, validated, oldest first. Throws CatalogueValidationError on the first bad file. */
export function loadCatalogues(dir: string = CATALOGUE_DIR): readonly CatalogueVersion[] {
  const cached = cache.get(dir);
  if (cached) return cached;

  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  if (files.length === 0) throw new Error(`No catalogue files (*.yaml) in ${displayName(dir)}`);

  const entries = files.map((name) => {
    const file = displayName(path.join(dir, name));
    return { file, catalogue: validateCatalogue(readYaml(path.join(dir, name), file), file) };
  });
  const catalogues = deepFreeze(validateCatalogueSet(entries));
  cache.set(dir, catalogues);
  return catalogues;
}

export function latestCatalogueVersion(): string {
  const all = loadCatalogues();
  return all[all.length - 1].version;
}

/** One catalogue version; the latest when no version is given. */
export function getCatalogue(version?: string): CatalogueVersion {
  const all = loadCatalogues();
  if (version === undefined) return all[all.length - 1];
  const found = all.find((catalogue) => catalogue.version === version);
  if (!found) throw new Error(`Unknown catalogue version "${version}"`);
  return found;
}

/** A channel as described in the given (or latest) version; undefined when that version lacks it. */
export function getChannel(id: string, version?: string): Channel | undefined {
  return getCatalogue(version).channels.find((channel) => channel.id === id);
}
