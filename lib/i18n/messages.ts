import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/i18n/locales";

type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

/**
 * Messages live in one JSON file per namespace (messages/<locale>/<namespace>.json), so each
 * domain keeps its own strings; they are read once per process.
 */
export function loadMessages(locale: Locale, root = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages")): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const folder = path.join(root, locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
    messages[path.basename(file, ".json")] = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  }
  cache.set(locale, messages);
  return messages;
}

/** Every leaf key as a dotted path; used to prove both languages have the same keys. */
export function messageKeys(messages: unknown, prefix = ""): string[] {
  if (typeof messages !== "object" || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => messageKeys(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * The message namespaces the shell's client components use (header, navigation, forms' shared
 * texts, the error page): they travel to the browser with every page. Parts of the app that need
 * more add theirs with `ClientMessages` in their layout (components/app-shell/client-messages.tsx).
 */
export const SHELL_MESSAGE_PATHS = ["common", "errors"] as const;

/** The part of the messages under the given dotted paths, in the same shape. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  // A path inside another one already picked would write into the shared, cached messages.
  for (const dotted of paths.filter((path) => !paths.some((outer) => path.startsWith(`${outer}.`)))) {
    const keys = dotted.split(".");
    let source: unknown = messages;
    for (const key of keys) source = (source as Messages | undefined)?.[key];
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Messages;
    target[keys[keys.length - 1]] = source;
  }
  return picked;
}
