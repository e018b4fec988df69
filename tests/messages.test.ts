import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_PATHS, loadMessages, messageKeys, pickMessages } from "@/lib/i18n/messages";

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

/** Files that run in the browser: those marked "use client" and everything they import from the project (types aside). */
function clientFiles(): string[] {
  const sourceOf = (file: string) => fs.readFileSync(file, "utf8");
  const resolve = (from: string, specifier: string) => {
    const base = specifier.startsWith("@/") ? path.join(process.cwd(), specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
    return ["", ".tsx", ".ts", "/index.tsx", "/index.ts"].map((extension) => base + extension).find((candidate) => /\.tsx?$/.test(candidate) && fs.existsSync(candidate));
  };
  const all = ["app", "components"].flatMap((folder) => fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => path.join(process.cwd(), folder, file)));
  const pending = all.filter((file) => /\.tsx?$/.test(file) && /^["']use client["']/m.test(sourceOf(file)));
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of sourceOf(file).matchAll(/^(?:import|export) (?!type )[^;]*?from ["'](@\/[^"']+|\.{1,2}\/[^"']+)["']/gm)) {
      const target = resolve(file, specifier);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen];
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component translates with", () => {
    const covered = (namespace: string) => CLIENT_MESSAGE_PATHS.some((picked) => namespace === picked || namespace.startsWith(`${picked}.`));
    // Comments may show an example call; only code counts.
    const code = (file: string) => fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const files = clientFiles().map((file) => ({ file: path.relative(process.cwd(), file), source: code(file) }));
    // Every call names its namespace literally, or this check could not see what it needs.
    const unreadable = files.filter(({ source }) => (source.match(/useTranslations\(/g) ?? []).length !== (source.match(/useTranslations\("[^"]+"\)/g) ?? []).length);
    expect(unreadable.map(({ file }) => file)).toEqual([]);
    const used = files.flatMap(({ file, source }) => [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map(([, namespace]) => ({ file, namespace })));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(({ namespace }) => !covered(namespace))).toEqual([]);
  });

  it("are only those namespaces, each present in both languages", () => {
    // One path inside another would make the pick write into the shared, cached messages.
    expect(CLIENT_MESSAGE_PATHS.filter((outer) => CLIENT_MESSAGE_PATHS.some((inner) => inner.startsWith(`${outer}.`)))).toEqual([]);
    for (const locale of ["nl", "en"] as const) {
      const picked = pickMessages(loadMessages(locale), CLIENT_MESSAGE_PATHS);
      for (const dotted of CLIENT_MESSAGE_PATHS) expect(dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], picked), `${locale}: ${dotted}`).toBeDefined();
      expect(Object.keys(picked).sort()).toEqual([...new Set(CLIENT_MESSAGE_PATHS.map((dotted) => dotted.split(".")[0]))].sort());
      expect(picked).not.toHaveProperty("policy.doc");
    }
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
