import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffFacts } from "./facts";
import { getCatalogue, getChannel, latestCatalogueVersion, loadCatalogues } from "./load";
import { enumeratedFactValues, factKeys, isEnumeratedFactKey, todayInNL, UNKNOWN } from "./schema";
import { CatalogueValidationError } from "./validate";

const namedChannels = {
  facebook: "commercial",
  instagram: "commercial",
  tiktok: "commercial",
  x: "commercial",
  linkedin: "commercial",
  youtube: "commercial",
  "whatsapp-channels": "commercial",
  threads: "commercial",
  mastodon: "open-alternative",
  peertube: "open-alternative",
  pixelfed: "open-alternative",
  bluesky: "open-alternative",
  matrix: "open-alternative",
  signal: "open-alternative",
  pubhubs: "open-alternative",
  decidim: "open-alternative",
  polis: "open-alternative",
  openstad: "open-alternative",
  castopod: "open-alternative",
  "municipal-website": "own-channel",
  "municipal-app": "own-channel",
  newsletter: "own-channel",
  counter: "own-channel",
  "door-to-door-mail": "own-channel",
  "local-radio": "own-channel",
  "nl-alert": "own-channel",
} as const;

describe("the catalogue in content/catalogue", () => {
  const catalogues = loadCatalogues();

  it("loads both versions, oldest first, with 2026.1 as the latest", () => {
    expect(catalogues.map((c) => c.version)).toEqual(["2025.1", "2026.1"]);
    expect(latestCatalogueVersion()).toBe("2026.1");
    expect(getCatalogue().version).toBe("2026.1");
    expect(getCatalogue("2025.1").version).toBe("2025.1");
    expect(getCatalogue().previousVersion).toBe("2025.1");
  });

  it("is cached and frozen", () => {
    expect(loadCatalogues()).toBe(catalogues);
    expect(Object.isFrozen(getCatalogue().channels[0].facts.owner)).toBe(true);
  });

  it("has at least 20 channels in every version, including all named ones with their kind", () => {
    for (const catalogue of catalogues) {
      expect(catalogue.channels.length).toBeGreaterThanOrEqual(20);
      const kinds = Object.fromEntries(catalogue.channels.map((c) => [c.id, c.kind]));
      expect(kinds).toMatchObject(namedChannels);
    }
  });

  it("gives every fact a source and a date, or marks it unknown with a date", () => {
    const today = todayInNL();
    for (const catalogue of catalogues) {
      for (const channel of catalogue.channels) {
        for (const key of factKeys) {
          const fact = channel.facts[key];
          expect(fact.checkedAt <= today, `${catalogue.version} ${channel.id}.${key}`).toBe(true);
          if (fact.value !== UNKNOWN) {
            expect(fact.source, `${catalogue.version} ${channel.id}.${key}`).toBeDefined();
            expect(fact.source!.publisher.length).toBeGreaterThan(0);
            expect(fact.source!.date <= fact.checkedAt).toBe(true);
          }
        }
      }
    }
  });

  it("uses only allowed values for enumerated facts", () => {
    for (const channel of getCatalogue().channels) {
      for (const key of factKeys) {
        if (!isEnumeratedFactKey(key)) continue;
        expect(enumeratedFactValues[key] as readonly string[]).toContain(channel.facts[key].value);
      }
    }
  });

  it("describes every channel in Dutch and English", () => {
    for (const channel of getCatalogue().channels) {
      expect(channel.description.nl).not.toBe(channel.description.en);
    }
  });

  it("finds channels by id and version", () => {
    expect(getChannel("facebook")?.facts.owner.value).toBe("Meta Platforms, Inc.");
    expect(getChannel("facebook", "2025.1")?.facts.dpia.checkedAt).toBe("2025-06-01");
    expect(getChannel("myspace")).toBeUndefined();
    expect(() => getCatalogue("1999.1")).toThrow(/Unknown catalogue version "1999.1"/);
  });

  it("records that the Facebook DPIA fact changed between 2025.1 and 2026.1", () => {
    const changes = diffFacts(getChannel("facebook", "2025.1")!.facts, getChannel("facebook", "2026.1")!.facts);
    expect(changes.map((c) => c.factKey)).toEqual(["dpia"]);
    expect(changes[0].oldSource?.date).toBe("2022-11-18");
    expect(changes[0].newSource?.date).toBe("2024-04-19");
  });
});

describe("loadCatalogues with broken files", () => {
  const tmpDirs: string[] = [];
  afterAll(() => tmpDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  function dirWith(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-"));
    tmpDirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }

  const latest = fs.readFileSync(path.join(process.cwd(), "content/catalogue/2026.1.yaml"), "utf8");
  const previous = fs.readFileSync(path.join(process.cwd(), "content/catalogue/2025.1.yaml"), "utf8");

  function expectRejected(dir: string, file: string, fieldPath: string, message: string) {
    try {
      loadCatalogues(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueValidationError);
      const e = error as CatalogueValidationError;
      expect(e.file).toBe(path.join(dir, file));
      expect(e.issues.map((i) => `${i.path}: ${i.message}`)).toContain(`${fieldPath}: ${message}`);
      expect(e.message).toContain(`${path.join(dir, file)}: ${fieldPath}`);
      return;
    }
    throw new Error("expected the catalogue to be rejected");
  }

  it("names the file and path of a bad enumerated value", () => {
    const broken = latest.replace("jurisdiction: { value: non-eu, source: *blueskyPrivacy", "jurisdiction: { value: usa, source: *blueskyPrivacy");
    expect(broken).not.toBe(latest);
    const dir = dirWith({ "2025.1.yaml": previous, "2026.1.yaml": broken });
    const index = getCatalogue().channels.findIndex((c) => c.id === "bluesky");
    expectRejected(dir, "2026.1.yaml", `channels[${index}].facts.jurisdiction.value`, "invalid_value");
  });

  it("names the file when the previous version is missing", () => {
    expectRejected(dirWith({ "2026.1.yaml": latest }), "2026.1.yaml", "previousVersion", "unknown_version");
  });

  it("names the file and line of a YAML syntax error", () => {
    const dir = dirWith({ "2025.1.yaml": "version: \"2025.1\"\nchannels: [\n" });
    expect(() => loadCatalogues(dir)).toThrow(/2025\.1\.yaml: line \d+/);
  });

  it("refuses an empty directory", () => {
    expect(() => loadCatalogues(dirWith({}))).toThrow(/No catalogue files/);
  });
});
