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

/** Files that run in the browser: those marked "use client" and everything they import from the project. */
function clientFiles(): string[] {
  const sourceOf = (file: string) => fs.readFileSync(file, "utf8");
  const resolve = (specifier: string) => {
    const base = path.join(process.cwd(), specifier.slice(2));
    return [".tsx", ".ts", "/index.tsx", "/index.ts"].map((extension) => base + extension).find((candidate) => fs.existsSync(candidate));
  };
  const all = ["app", "components"].flatMap((folder) => fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => path.join(process.cwd(), folder, file)));
  const pending = all.filter((file) => /\.tsx?$/.test(file) && /^["']use client["']/m.test(sourceOf(file)));
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of sourceOf(file).matchAll(/^import [^;]*?from "(@\/[^"]+)"/gm)) {
      const target = resolve(specifier);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen];
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component translates with", () => {
    const covered = (namespace: string) => CLIENT_MESSAGE_PATHS.some((picked) => namespace === picked || namespace.startsWith(`${picked}.`));
    const used = clientFiles().flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/useTranslations\("([^"]+)"\)/g)].map(([, namespace]) => ({ file: path.relative(process.cwd(), file), namespace })));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(({ namespace }) => !covered(namespace))).toEqual([]);
  });

  it("are only those namespaces, each present in both languages", () => {
    for (const locale of ["nl", "en"] as const) {
      const picked = pickMessages(loadMessages(locale), CLIENT_MESSAGE_PATHS);
      for (const dotted of CLIENT_MESSAGE_PATHS) expect(dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], picked), `${locale}: ${dotted}`).toBeDefined();
      expect(Object.keys(picked).sort()).toEqual([...new Set(CLIENT_MESSAGE_PATHS.map((dotted) => dotted.split(".")[0]))].sort());
      expect(picked).not.toHaveProperty("policy.doc");
    }
  });
});
