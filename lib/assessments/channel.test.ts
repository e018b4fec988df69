import { describe, expect, it } from "vitest";
import { getChannel } from "@/lib/catalogue/load";
import { resolveChannel, type CustomChannelRow } from "./channel";

const createdAt = new Date("2026-11-20T10:00:00Z");
const row = (overrides: Partial<CustomChannelRow>): CustomChannelRow => ({
  id: "own",
  name: "Mastodon-server Voorbeeldstad",
  kind: "open-alternative",
  description: "",
  digital: true,
  createdAt,
  baseChannelId: null,
  selfHosted: false,
  host: null,
  ...overrides,
});

describe("a channel the municipality adds itself", () => {
  it("inherits the facts of its catalogue type, with the municipality's overrides on top", () => {
    const own = row({ baseChannelId: "mastodon", selfHosted: true, host: "social.voorbeeldstad.nl" });
    const override = {
      channelId: "custom:own",
      factKey: "jurisdiction" as const,
      value: "nl",
      source: { publisher: "Gemeente Voorbeeldstad", title: "Hostingcontract", date: "2026-11-21" },
      checkedAt: "2026-11-21",
    };
    const resolved = resolveChannel("custom:own", undefined, [own], [override])!;
    expect(resolved).toMatchObject({ id: "custom:own", custom: true, selfHosted: true, host: "social.voorbeeldstad.nl", baseChannelId: "mastodon" });
    const mastodon = getChannel("mastodon")!;
    expect(resolved.facts.openProtocol).toMatchObject({ value: "yes", origin: "catalogue", source: mastodon.facts.openProtocol.source });
    expect(resolved.facts.jurisdiction).toMatchObject({ value: "nl", origin: "override", overridden: mastodon.facts.jurisdiction });
  });

  it("without a catalogue type knows nothing until someone records it", () => {
    const resolved = resolveChannel("custom:own", undefined, [row({})], [])!;
    expect(resolved.selfHosted).toBe(false);
    expect(resolved.host).toBeNull();
    expect(Object.values(resolved.facts).every((fact) => fact.value === "unknown" && fact.checkedAt === "2026-11-20")).toBe(true);
  });

  it("counts no catalogue channel as hosted by the municipality", () => {
    expect(resolveChannel("mastodon", undefined, [], [])).toMatchObject({ selfHosted: false, host: null, baseChannelId: null });
  });
});
