import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, messageKeys, pickMessages, SHELL_MESSAGE_PATHS } from "@/lib/i18n/messages";

describe("message files", () => {
  it("have the same keys in Dutch and English", () => {
    const nl = new Set(messageKeys(loadMessages("nl")));
    const en = new Set(messageKeys(loadMessages("en")));
    expect([...nl].filter((key) => !en.has(key)), "keys missing in English").toEqual([]);
    expect([...en].filter((key) => !nl.has(key)), "keys missing in Dutch").toEqual([]);
  });

  it("have no empty translations", () => {
    for (const locale of ["nl", "en"] as const) {
      const messages = loadMessages(locale);
      const empty = messageKeys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, `empty ${locale} messages`).toEqual([]);
    }
  });
});

const sourceOf = (file: string) => fs.readFileSync(file, "utf8");
// Comments may show an example call; only code counts.
const codeOf = (file: string) => sourceOf(file).replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const isClientFile = (file: string) => /^["']use client["']/m.test(sourceOf(file));

/** The project files a file imports (types aside). */
function importsOf(file: string): string[] {
  const resolve = (specifier: string) => {
    const base = specifier.startsWith("@/") ? path.join(process.cwd(), specifier.slice(2)) : path.resolve(path.dirname(file), specifier);
    return ["", ".tsx", ".ts", "/index.tsx", "/index.ts"].map((extension) => base + extension).find((candidate) => /\.tsx?$/.test(candidate) && fs.existsSync(candidate));
  };
  return [...sourceOf(file).matchAll(/^(?:import|export) (?!type )[^;]*?from ["'](@\/[^"']+|\.{1,2}\/[^"']+)["']/gm)].flatMap(([, specifier]) => resolve(specifier) ?? []);
}

/**
 * The namespaces the client components a route file renders translate with: the client files it
 * reaches through its imports, and everything they import in turn (which runs in the browser too).
 */
function clientNamespacesOf(routeFile: string): { file: string; namespace: string }[] {
  const seen = new Set<string>();
  const pending: { file: string; client: boolean }[] = [{ file: routeFile, client: false }];
  const used: { file: string; namespace: string }[] = [];
  while (pending.length) {
    const { file, client: importedByClient } = pending.pop()!;
    const client = importedByClient || isClientFile(file);
    const key = `${client}:${file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (client) {
      const code = codeOf(file);
      // Every call names its namespace literally, or this check could not see what it needs.
      expect((code.match(/useTranslations\(/g) ?? []).length, `${file}: useTranslations with a literal namespace`).toBe((code.match(/useTranslations\("[^"]+"\)/g) ?? []).length);
      for (const [, namespace] of code.matchAll(/useTranslations\("([^"]+)"\)/g)) used.push({ file: path.relative(process.cwd(), file), namespace });
    }
    for (const target of importsOf(file)) pending.push({ file: target, client });
  }
  return used;
}

/** The namespaces a layout adds for its children (`<ClientMessages paths={[...]}>`), or null. */
function pathsOfLayout(layout: string): string[] | null {
  if (!fs.existsSync(layout)) return null;
  const source = sourceOf(layout);
  if (!source.includes("ClientMessages")) return null;
  // Read as the app reads it, or this check would check something else: a literal list, once,
  // around the layout's children alone (the root layout's provider holds the whole page).
  const declared = [...source.matchAll(/<ClientMessages paths=\{(\[[^\]]*\])\}>/g)];
  expect(declared, `${layout}: one <ClientMessages paths={[…a literal list…]}>`).toHaveLength(1);
  if (path.dirname(layout) !== path.join(process.cwd(), "app")) expect(source, layout).toContain(`${declared[0][0]}{children}</ClientMessages>`);
  return JSON.parse(declared[0][1]) as string[];
}

/** What the client components in a folder's pages receive: the shell's and the nearest layout's. */
function providedIn(folder: string): string[] {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const paths = pathsOfLayout(path.join(dir, "layout.tsx"));
    if (paths) return [...SHELL_MESSAGE_PATHS, ...paths];
    if (path.relative(process.cwd(), dir) === "app") throw new Error("the root layout has no ClientMessages");
  }
}

const routeFiles = fs
  .readdirSync("app", { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)(page|layout|template|loading|default|not-found|error|forbidden|unauthorized)\.[jt]sx?$/.test(file))
  .map((file) => path.join(process.cwd(), "app", file));

describe("messages sent to the browser", () => {
  const covered = (provided: string[], namespace: string) => provided.some((picked) => namespace === picked || namespace.startsWith(`${picked}.`));

  it("cover every namespace a page's client components translate with", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of routeFiles) {
      // A page sees its nearest layout's messages; a layout's own components (outside its
      // children) see those of the layout above it.
      const folder = path.dirname(file);
      const provided = path.basename(file) === "layout.tsx" ? (folder === path.join(process.cwd(), "app") ? [...SHELL_MESSAGE_PATHS] : providedIn(path.dirname(folder))) : providedIn(folder);
      for (const { file: component, namespace } of clientNamespacesOf(file)) {
        checked++;
        if (!covered(provided, namespace)) missing.push(`${path.relative(process.cwd(), file)}: ${component} needs ${namespace}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("are namespaces present in both languages, none inside another of the same provider", () => {
    const providers = [[...SHELL_MESSAGE_PATHS], ...routeFiles.flatMap((file) => (path.basename(file) === "layout.tsx" ? [providedIn(path.dirname(file))] : []))];
    expect(providers.length).toBeGreaterThan(5);
    for (const paths of providers) {
      // One path inside another would make the pick write into the shared, cached messages.
      expect(paths.filter((outer) => paths.some((inner) => inner.startsWith(`${outer}.`)))).toEqual([]);
      for (const locale of ["nl", "en"] as const) {
        const picked = pickMessages(loadMessages(locale), paths);
        for (const dotted of paths) expect(at(picked, dotted), `${locale}: ${dotted}`).toBeDefined();
        expect(Object.keys(picked).sort()).toEqual([...new Set(paths.map((dotted) => dotted.split(".")[0]))].sort());
      }
    }
  });

  it("of a page without client components of its own are the shell's alone", () => {
    expect(providedIn(path.join(process.cwd(), "app", "m", "[slug]"))).toEqual(SHELL_MESSAGE_PATHS);
    expect(pickMessages(loadMessages("nl"), SHELL_MESSAGE_PATHS)).not.toHaveProperty("reviews");
  });
});

/** The value at a dotted path of the messages, or undefined. */
const at = (messages: unknown, dotted: string) => dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("one name for one thing", () => {
  const decisions = ["use", "use_with_conditions", "do_not_use", "phase_out"] as const;
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

  it("the advice and the decision use the same words, also inside sentences", () => {
    for (const locale of ["nl", "en"] as const) {
      const messages = loadMessages(locale);
      const label = (decision: string) => at(messages, `assessments.decisions.${decision}`) as string;
      for (const decision of decisions) expect(at(messages, `scoring.recommendation.${decision}`), `${locale}: ${decision}`).toBe(label(decision));
      // Sentences name a decision through an ICU select, e.g. "{recommendation, select, use {gebruiken} …}".
      const branches = messageKeys(messages).flatMap((key) =>
        [...String(at(messages, key)).matchAll(/\b(use|use_with_conditions|do_not_use|phase_out) \{([^{}]+)\}/g)].map(([, decision, words]) => ({ key, decision, words })),
      );
      expect(branches.length, locale).toBeGreaterThan(0);
      const differing = branches.filter(({ decision, words }) => lowerFirst(words) !== lowerFirst(label(decision)));
      expect(differing, locale).toEqual([]);
    }
  });

  it("the review sections are named in one place", () => {
    for (const locale of ["nl", "en"] as const) {
      const keys = messageKeys(loadMessages(locale));
      const sectionNames = keys.filter((key) => /(^|\.)sections\.(privacy|security|communication)(\.title)?$/.test(key));
      expect(sectionNames, locale).toEqual(["reviews.sections.privacy.title", "reviews.sections.security.title", "reviews.sections.communication.title"]);
    }
  });
});
