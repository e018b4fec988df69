import { describe, expect, it } from "vitest";
import { loadMessages, messageKeys } from "@/lib/i18n/messages";

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
