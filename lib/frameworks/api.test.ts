import { describe, expect, it } from "vitest";
import {
  etagMatches,
  frameworkJson,
  frameworkListJson,
  itemCount,
  jsonPayload,
  migrationOverview,
  notFoundJsonResponse,
  normalizeForSearch,
  publicJsonResponse,
  searchFramework,
  versionsById,
} from "./api";
import { getFramework, latestFrameworks, loadFrameworks } from "./load";

const vng = getFramework("vng-afwegingskader")!;
const vng2024 = getFramework("vng-afwegingskader", "2024.1")!;

describe("jsonPayload and ETags", () => {
  it("gives the same tag for the same content and another tag for other content", () => {
    const a = jsonPayload({ id: "x", items: [1, 2] });
    const b = jsonPayload({ id: "x", items: [1, 2] });
    const c = jsonPayload({ id: "x", items: [1, 3] });
    expect(a.etag).toBe(b.etag);
    expect(a.etag).not.toBe(c.etag);
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it("is stable for the real API bodies across calls", () => {
    const build = () => jsonPayload(frameworkListJson(latestFrameworks(), versionsById(loadFrameworks())));
    expect(build().etag).toBe(build().etag);
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    const tag = '"abc"';
    expect(etagMatches(null, tag)).toBe(false);
    expect(etagMatches('"abc"', tag)).toBe(true);
    expect(etagMatches('W/"abc"', tag)).toBe(true);
    expect(etagMatches('"old", "abc"', tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
    expect(etagMatches('"abd"', tag)).toBe(false);
  });
});

describe("publicJsonResponse", () => {
  const payload = jsonPayload({ hello: "wereld" });

  it("sends JSON with the tag and public caching", async () => {
    const response = publicJsonResponse(payload, null);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("etag")).toBe(payload.etag);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    expect(await response.json()).toEqual({ hello: "wereld" });
  });

  it("answers 304 without a body when the client has this version", async () => {
    const response = publicJsonResponse(payload, payload.etag);
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(payload.etag);
    expect(await response.text()).toBe("");
  });

  it("answers an unknown id with a 404 JSON error", async () => {
    const response = notFoundJsonResponse();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found" });
  });
});

describe("framework JSON", () => {
  it("lists the latest version of each framework with its versions, source and item count", () => {
    const body = frameworkListJson(latestFrameworks(), versionsById(loadFrameworks()));
    const entry = body.frameworks.find((framework) => framework.id === "vng-afwegingskader")!;
    expect(entry).toMatchObject({
      id: "vng-afwegingskader",
      version: "2025.1",
      versions: ["2024.1", "2025.1"],
      title: vng.title,
      itemCount: itemCount(vng),
      source: { publisher: vng.source.publisher, title: vng.source.title, date: vng.source.date, datePrecision: "year" },
    });
    expect(body.frameworks.map((framework) => framework.id)).toEqual(latestFrameworks().map((framework) => framework.id));
  });

  it("has no undefined values, so the serialised body is exactly what the shape says", () => {
    const body = frameworkJson(vng, ["2024.1", "2025.1"]);
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
  });

  it("returns one version with its parts, items and migration", () => {
    const body = frameworkJson(vng, ["2024.1", "2025.1"]);
    expect(body.previousVersion).toBe("2024.1");
    expect(body.migration.map((rule) => rule.kind).sort()).toEqual(["removed", "renamed", "split"]);
    expect(body.parts.flatMap((part) => part.items)).toHaveLength(itemCount(vng));
    const item = body.parts[0].items[0];
    expect(Object.keys(item)).toEqual(expect.arrayContaining(["id", "text", "guidance", "answerType", "owner", "rationale", "evidence", "feeds"]));
    expect(frameworkJson(vng2024, ["2024.1", "2025.1"])).not.toHaveProperty("previousVersion");
  });
});

describe("searchFramework", () => {
  const count = (query: string) => searchFramework(vng, query).reduce((n, part) => n + part.items.length, 0);

  it("returns everything for an empty query, numbered through the whole framework", () => {
    const all = searchFramework(vng, "  ");
    expect(all.flatMap((part) => part.items.map((item) => item.number))).toEqual(Array.from({ length: itemCount(vng) }, (_, i) => i + 1));
  });

  it("finds items by Dutch and English wording and guidance, ignoring case and accents", () => {
    expect(count("DPIA")).toBeGreaterThan(0);
    expect(count("dpia")).toBe(count("DPIA"));
    expect(count("minderheid")).toBeGreaterThan(0);
    expect(count("marginalised group")).toBeGreaterThan(0);
    expect(normalizeForSearch("Beïnvloeding")).toBe("beinvloeding");
  });

  it("keeps an item's number when others are filtered out and drops parts without matches", () => {
    const result = searchFramework(vng, "vng.law.dpia");
    expect(result).toHaveLength(1);
    expect(result[0].items.map(({ item }) => item.id)).toEqual(["vng.law.dpia", "vng.law.dpia-risks"]);
    const all = searchFramework(vng, "").flatMap((part) => part.items);
    expect(result[0].items[0].number).toBe(all.find(({ item }) => item.id === "vng.law.dpia")!.number);
  });

  it("requires every word and finds nothing for nonsense", () => {
    expect(count("qqqzzz")).toBe(0);
    expect(count("dpia qqqzzz")).toBe(0);
  });
});

describe("migrationOverview", () => {
  it("names the old and new wording of renamed, split and removed items, and the new items", () => {
    const { rules, added } = migrationOverview(vng, vng2024);
    const split = rules.find((rule) => rule.kind === "split")!;
    expect(split.from.id).toBe("vng.law.avg");
    expect(split.from.item?.text.nl).toBeTruthy();
    expect(split.to.map((link) => link.id)).toEqual(["vng.law.dpia", "vng.law.personal-data"]);
    expect(split.to.every((link) => link.item)).toBe(true);
    expect(rules.find((rule) => rule.kind === "removed")!.to).toEqual([]);
    expect(added.length).toBeGreaterThan(0);
    expect(added.map((link) => link.id)).not.toContain("vng.law.dpia");
  });

  it("has nothing to show for a first version", () => {
    expect(migrationOverview(vng2024, undefined)).toEqual({ rules: [], added: [] });
  });
});
