import { describe, expect, it } from "vitest";
import { factKeys } from "./schema";
import { CatalogueValidationError, formatIssuePath, validateCatalogue, validateCatalogueSet } from "./validate";

const source = { publisher: "Meta Platforms", title: "Privacybeleid", date: "2025-05-01" };

type RawFact = { value: string; checkedAt: string; source?: { publisher: string; title: string; date: string } };

/** A small valid catalogue; each test breaks one thing in a fresh copy. */
function validCatalogue() {
  const channel = (id: string) => {
    const facts: Record<string, RawFact> = Object.fromEntries(
      factKeys.map((key) => [key, { value: "unknown", checkedAt: "2025-05-01" }]),
    );
    facts.owner = { value: "Meta Platforms, Inc.", source: { ...source }, checkedAt: "2025-05-01" };
    facts.jurisdiction = { value: "mixed", source: { ...source }, checkedAt: "2025-05-01" };
    return { id, name: id, kind: "commercial", digital: true, description: { nl: "Omschrijving", en: "Description" }, facts };
  };
  return { version: "2025.1", publishedAt: "2025-06-01", channels: [channel("facebook"), channel("instagram")] };
}

function issuesOf(input: unknown, file = "content/catalogue/2025.1.yaml") {
  try {
    validateCatalogue(input, file);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogueValidationError);
    return error as CatalogueValidationError;
  }
  throw new Error("expected the catalogue to be rejected");
}

describe("validateCatalogue", () => {
  it("accepts a valid catalogue and keeps unknown facts without a source", () => {
    const catalogue = validateCatalogue(validCatalogue(), "2025.1.yaml");
    expect(catalogue.channels.map((c) => c.id)).toEqual(["facebook", "instagram"]);
    expect(catalogue.channels[0].facts.dpia).toEqual({ value: "unknown", checkedAt: "2025-05-01" });
  });

  it("rejects duplicate channel ids, naming file and path", () => {
    const input = validCatalogue();
    input.channels[1].id = "facebook";
    const error = issuesOf(input);
    expect(error.issues).toContainEqual({ path: "channels[1].id", message: "duplicate_id", channelId: "facebook" });
    expect(error.message).toContain("content/catalogue/2025.1.yaml: channels[1].id");
    expect(error.message).toContain("duplicate_id");
  });

  it("rejects a known fact without a source", () => {
    const input = validCatalogue();
    delete input.channels[0].facts.owner.source;
    const error = issuesOf(input);
    expect(error.file).toBe("content/catalogue/2025.1.yaml");
    expect(error.issues).toContainEqual({
      path: "channels[0].facts.owner.source",
      message: "required",
      channelId: "facebook",
    });
    expect(error.message).toMatch(/content\/catalogue\/2025\.1\.yaml: channels\[0\]\.facts\.owner\.source .*required/);
  });

  it("rejects a check date in the future", () => {
    const input = validCatalogue();
    input.channels[1].facts.dpia.checkedAt = "2999-01-01";
    const error = issuesOf(input);
    expect(error.issues).toContainEqual({
      path: "channels[1].facts.dpia.checkedAt",
      message: "future_date",
      channelId: "instagram",
    });
    expect(error.message).toContain("content/catalogue/2025.1.yaml: channels[1].facts.dpia.checkedAt");
  });

  it("rejects a value outside the list of an enumerated fact", () => {
    const input = validCatalogue();
    input.channels[0].facts.jurisdiction.value = "europe";
    const error = issuesOf(input);
    expect(error.issues).toEqual([
      { path: "channels[0].facts.jurisdiction.value", message: "invalid_value", channelId: "facebook" },
    ]);
    expect(error.message).toContain("content/catalogue/2025.1.yaml: channels[0].facts.jurisdiction.value");
  });

  it("rejects a country that is not an ISO code", () => {
    const input = validCatalogue();
    input.channels[0].facts.country = { value: "Verenigde Staten", source: { ...source }, checkedAt: "2025-05-01" };
    expect(issuesOf(input).issues).toContainEqual({
      path: "channels[0].facts.country.value",
      message: "invalid_value",
      channelId: "facebook",
    });
  });

  it("rejects missing and extra fact keys", () => {
    const input = validCatalogue();
    const facts = input.channels[0].facts;
    delete facts.dpia;
    facts.followers = { value: "1000", checkedAt: "2025-05-01" };
    const paths = issuesOf(input).issues.map((issue) => issue.path);
    expect(paths).toContain("channels[0].facts.dpia");
    expect(paths).toContain("channels[0].facts");
  });

  it("rejects impossible dates and sources newer than the check", () => {
    const input = validCatalogue();
    input.channels[0].facts.owner.checkedAt = "2025-02-30";
    expect(issuesOf(input).issues).toContainEqual({
      path: "channels[0].facts.owner.checkedAt",
      message: "invalid_date",
      channelId: "facebook",
    });

    const later = validCatalogue();
    later.channels[0].facts.owner.source!.date = "2025-05-20";
    expect(issuesOf(later).issues).toContainEqual({
      path: "channels[0].facts.owner.source.date",
      message: "source_after_check",
      channelId: "facebook",
    });
  });

  it("rejects a fact checked after the version was published", () => {
    const input = validCatalogue();
    input.publishedAt = "2025-04-01";
    expect(issuesOf(input).issues).toContainEqual({
      path: "channels[0].facts.owner.checkedAt",
      message: "checked_after_publication",
      channelId: "facebook",
    });
  });

  it("rejects a previous version that is not older", () => {
    const input = { ...validCatalogue(), previousVersion: "2025.1" };
    expect(issuesOf(input).issues).toEqual([{ path: "previousVersion", message: "previous_not_older" }]);
  });
});

describe("validateCatalogueSet", () => {
  const entry = (file: string, version: string, previousVersion?: string) => ({
    file,
    catalogue: validateCatalogue({ ...validCatalogue(), version, previousVersion }, file),
  });

  it("orders versions numerically, oldest first", () => {
    const sorted = validateCatalogueSet([
      entry("x/2025.10.yaml", "2025.10", "2025.2"),
      entry("x/2025.2.yaml", "2025.2"),
    ]);
    expect(sorted.map((c) => c.version)).toEqual(["2025.2", "2025.10"]);
  });

  it("requires the file to be named after its version", () => {
    expect(() => validateCatalogueSet([entry("x/2024.1.yaml", "2025.1")])).toThrow(
      /x\/2024\.1\.yaml: version: does_not_match_file_name/,
    );
  });

  it("requires the previous version to exist", () => {
    expect(() => validateCatalogueSet([entry("x/2026.1.yaml", "2026.1", "2025.1")])).toThrow(
      /x\/2026\.1\.yaml: previousVersion: unknown_version/,
    );
  });
});

describe("formatIssuePath", () => {
  it("writes array indexes in brackets", () => {
    expect(formatIssuePath(["channels", 3, "facts", "owner", "source"])).toBe("channels[3].facts.owner.source");
    expect(formatIssuePath([])).toBe("");
  });
});
