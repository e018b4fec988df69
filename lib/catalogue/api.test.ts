import { describe, expect, it } from "vitest";
import { jsonPayload } from "../frameworks/api";
import { errorCodes } from "../validation/errors";
import { catalogueJson, filterChannels, parseCatalogueFilter } from "./api";
import { applyOverrides } from "./facts";
import { getCatalogue } from "./load";
import { factKeys, factOverrideErrorCodes } from "./schema";

const catalogue = getCatalogue();
const inForce = catalogue.channels.map((channel) => ({ channel, facts: applyOverrides(channel, []) }));

describe("catalogueJson", () => {
  it("lists every channel with all facts, each with its check date and (when known) its source", () => {
    const body = catalogueJson(catalogue);
    expect(body.version).toBe(catalogue.version);
    expect(body.publishedAt).toBe(catalogue.publishedAt);
    expect(body.channels).toHaveLength(catalogue.channels.length);
    const facebook = body.channels.find((channel) => channel.id === "facebook")!;
    expect(Object.keys(facebook.facts)).toEqual([...factKeys]);
    expect(facebook.facts.owner).toMatchObject({ value: "Meta Platforms, Inc.", checkedAt: expect.any(String), source: { publisher: expect.any(String) } });
    for (const channel of body.channels) {
      for (const fact of Object.values(channel.facts)) {
        expect(fact.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (fact.value !== "unknown") expect(fact).toHaveProperty("source");
      }
    }
  });

  it("serialises to the same bytes (and ETag) every time", () => {
    expect(jsonPayload(catalogueJson(catalogue)).etag).toBe(jsonPayload(catalogueJson(getCatalogue())).etag);
    const body = catalogueJson(catalogue);
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });
});

describe("parseCatalogueFilter", () => {
  it("keeps known values and ignores the rest", () => {
    expect(parseCatalogueFilter({ kind: "commercial", jurisdiction: "eu", openProtocol: "yes" })).toEqual({ kind: "commercial", jurisdiction: "eu", openProtocol: "yes" });
    expect(parseCatalogueFilter({ kind: "space", jurisdiction: "", openProtocol: ["no", "yes"] })).toEqual({ openProtocol: "no" });
    expect(parseCatalogueFilter({})).toEqual({});
  });
});

describe("filterChannels", () => {
  it("filters on kind and on the facts in force", () => {
    const commercial = filterChannels(inForce, { kind: "commercial" });
    expect(commercial.length).toBeGreaterThan(0);
    expect(commercial.every(({ channel }) => channel.kind === "commercial")).toBe(true);
    const open = filterChannels(inForce, { openProtocol: "yes" }).map(({ channel }) => channel.id);
    expect(open).toContain("mastodon");
    expect(open).not.toContain("facebook");
    expect(filterChannels(inForce, {})).toHaveLength(inForce.length);
  });

  it("uses the municipality's override, not the catalogue value", () => {
    const facebook = catalogue.channels.find((channel) => channel.id === "facebook")!;
    const overridden = {
      channel: facebook,
      facts: applyOverrides(facebook, [
        { channelId: "facebook", factKey: "jurisdiction", value: "eu", source: { publisher: "Gemeente", title: "Contract", date: "2026-01-01" }, checkedAt: "2026-01-01" },
      ]),
    };
    expect(filterChannels([overridden], { jurisdiction: "eu" })).toHaveLength(1);
    expect(filterChannels([overridden], { jurisdiction: "mixed" })).toHaveLength(0);
  });
});

describe("override form messages", () => {
  it("every code the override form can produce has a translation code", () => {
    for (const code of factOverrideErrorCodes) expect(errorCodes).toContain(code);
  });
});
