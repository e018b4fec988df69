import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

/**
 * The required keys and limits of the Standard for Public Code's publiccode.yml (version 0.4), as
 * far as this project uses them. The official validator is a Go program that cannot be installed
 * here, so the rules it applies to these keys are written out.
 */
// Categories from the standard's list that fit this project.
const categories = ["social-media-management", "compliance-management", "risk-management", "document-management", "communications", "collaboration", "workflow-management"] as const;
const localisedDescription = z.object({
  localisedName: z.string().min(1).optional(),
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10_000),
  features: z.array(z.string().min(1).max(100)).min(1),
});
const publiccode = z.object({
  publiccodeYmlVersion: z.literal("0.4"),
  name: z.string().min(1),
  url: z.url(),
  releaseDate: z.iso.date(),
  softwareVersion: z.string().min(1),
  platforms: z.array(z.enum(["web", "windows", "mac", "linux", "ios", "android"])).min(1),
  categories: z.array(z.enum(categories)).min(1),
  developmentStatus: z.enum(["concept", "development", "beta", "stable", "obsolete"]),
  softwareType: z.enum(["standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles"]),
  description: z.record(z.string().regex(/^[a-z]{2}$/), localisedDescription),
  legal: z.object({ license: z.string().min(1) }),
  maintenance: z.object({ type: z.enum(["internal", "contract", "community", "none"]), contacts: z.array(z.object({ name: z.string().min(1) })).min(1) }),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
});

const root = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("the papers of a public project", () => {
  const metadata = publiccode.parse(parse(read("publiccode.yml")));

  it("describes the project in Dutch and English, in the languages the app speaks", () => {
    expect(Object.keys(metadata.description).sort()).toEqual(["en", "nl"]);
    expect([...metadata.localisation.availableLanguages].sort()).toEqual([...locales].sort());
  });

  it("names one licence everywhere, and LICENSE holds its full text", () => {
    const packageJson = JSON.parse(read("package.json")) as { license: string; version: string };
    expect(metadata.legal.license).toBe(packageJson.license);
    expect(metadata.softwareVersion).toBe(packageJson.version);
    const licence = read("LICENSE");
    expect(licence.startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")).toBe(true);
    // The full text ends with the appendix of compatible licences.
    expect(licence).toContain("Appendix");
    expect(licence.length).toBeGreaterThan(12_000);
  });

  it("has the files a municipality's IT department looks for", () => {
    for (const file of ["README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "CHANGELOG.md", "LICENSE", "publiccode.yml"]) {
      expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    }
  });
});
