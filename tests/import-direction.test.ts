import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The import order of ARCHITECTURE.md ("Imports go one way"): a module in lib/ imports from its
 * own domain and from domains in earlier layers only. Domains within one layer do not import each
 * other. Server actions (actions.ts) may combine domains, and so may tests.
 */
const layers: readonly (readonly string[])[] = [
  ["security"],
  ["env", "generated", "validation", "backup"],
  ["db"],
  ["audit", "notifications", "charts", "worker-threads"],
  ["frameworks"],
  ["catalogue", "i18n"],
  ["docs", "http"],
  ["scoring"],
  ["municipalities"],
  ["auth"],
  ["assessments"],
  ["reviews", "transparency"],
  ["policy"],
  ["peers"],
  ["evaluations"],
  ["demo"],
];

const root = path.resolve(__dirname, "..");
const layerOf = new Map(layers.flatMap((domains, index) => domains.map((domain) => [domain, index] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return relative === "lib/generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Every module specifier of a file, with whether the import brings in types only. */
export function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const pattern = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => ({ specifier: match[2] ?? match[3], typeOnly: Boolean(match[1]) }));
}

/** The lib domain a specifier points at ("db" for lib/db.ts), or null outside lib/. */
export function domainOf(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.posix.join(path.posix.dirname(file), specifier);
  else return null;
  const match = /^lib\/([a-z0-9-]+?)(?:\.tsx?)?(?:\/|$)/.exec(target);
  return match ? match[1] : null;
}

const isExempt = (file: string) => /(^|\/)actions\.ts$/.test(file) || /\.test\.tsx?$/.test(file);

describe("import direction", () => {
  const libFiles = sourceFiles("lib");

  it("knows the layer of every domain in lib/", () => {
    const domains = new Set(libFiles.map((file) => domainOf("", `@/${file}`)));
    expect([...domains].filter((domain) => domain !== null && !layerOf.has(domain))).toEqual([]);
  });

  it("lib/ imports only from its own domain and from earlier layers", () => {
    const violations: string[] = [];
    for (const file of libFiles.filter((candidate) => !isExempt(candidate))) {
      const own = domainOf("", `@/${file}`)!;
      for (const { specifier } of importsOf(readFileSync(path.join(root, file), "utf8"))) {
        const target = domainOf(file, specifier);
        if (target === null || target === own) continue;
        if (!(layerOf.get(target)! < layerOf.get(own)!)) violations.push(`${file} → ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("lib/ never imports a server action of another domain, nor app/ or components/", () => {
    const violations = libFiles.flatMap((file) =>
      importsOf(readFileSync(path.join(root, file), "utf8"))
        .map(({ specifier }) => specifier)
        .filter((specifier) => /^@\/(app|components)\//.test(specifier) || (/\/actions$/.test(specifier) && domainOf(file, specifier) !== domainOf("", `@/${file}`)))
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(violations).toEqual([]);
  });

  it("components/ take data as props: no database, and only types from queries and mutations", () => {
    const violations = sourceFiles("components").flatMap((file) =>
      importsOf(readFileSync(path.join(root, file), "utf8"))
        .filter(({ specifier, typeOnly }) => /^@\/lib\/(db|generated\/)/.test(specifier) || (!typeOnly && /^@\/lib\/[a-z-]+\/(queries|mutations|scoring)$/.test(specifier)))
        .map(({ specifier }) => `${file} → ${specifier}`),
    );
    expect(violations).toEqual([]);
  });

  it("sees the kinds of import it checks", () => {
    const source = [
      'import { a } from "@/lib/scoring/schema";',
      'import type { B } from "../catalogue/schema";',
      'export { c } from "./answers";',
      'import "server-only";',
      'const d = await import("@/lib/db");',
      "import {\n  e,\n  f,\n} from \"@/lib/reviews/mutations\";",
    ].join("\n");
    const found = importsOf(source);
    expect(found.map(({ specifier }) => specifier)).toEqual(["@/lib/scoring/schema", "../catalogue/schema", "./answers", "server-only", "@/lib/db", "@/lib/reviews/mutations"]);
    expect(found.map(({ typeOnly }) => typeOnly)).toEqual([false, true, false, false, false, false]);
    expect(found.map(({ specifier }) => domainOf("lib/scoring/score.ts", specifier))).toEqual(["scoring", "catalogue", "scoring", null, "db", "reviews"]);
  });
});
