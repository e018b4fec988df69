import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "./load";
import { ContentError, validateContent, type ContentInput } from "./validate";

const text = (s: string) => ({ nl: `${s} (nl)`, en: `${s} (en)` });
const source = { publisher: "Uitgever", title: "Titel", date: "2025-01-01" };
const item = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  text: text("Vraag"),
  guidance: text("Toelichting"),
  answerType: "ynpu",
  owner: "advisor",
  feeds: [{ dimension: "value.autonomy" }],
  ...extra,
});
const frameworkData = (version: string, items: unknown[], extra: Record<string, unknown> = {}) => ({
  id: "elsa",
  version,
  title: text("Kader"),
  summary: text("Samenvatting"),
  source,
  parts: [{ id: "part", title: text("Onderdeel"), items }],
  ...extra,
});

const OLD = "content/frameworks/elsa/2024.1.yaml";
const NEW = "content/frameworks/elsa/2025.1.yaml";
const DIMENSIONS = "content/dimensions.yaml";
const RISKS = "content/risk-families.yaml";

/** A small valid content set: two versions with a rename and a split; each test breaks one thing. */
function validInput() {
  return {
    frameworks: [
      { file: OLD, data: frameworkData("2024.1", [item("e.keep"), item("e.old-name"), item("e.broad")]) },
      {
        file: NEW,
        data: frameworkData("2025.1", [item("e.keep"), item("e.new-name"), item("e.narrow-1"), item("e.narrow-2")], {
          previousVersion: "2024.1",
          migration: [
            { kind: "renamed", from: "e.old-name", to: "e.new-name" },
            { kind: "split", from: "e.broad", to: ["e.narrow-1", "e.narrow-2"] },
          ],
        }),
      },
    ],
    dimensions: {
      file: DIMENSIONS,
      data: {
        dimensions: [
          { id: "value.autonomy", group: "public-value", title: text("Autonomie"), description: text("Omschrijving"), source, defaultWeight: 2 },
        ],
      },
    },
    riskFamilies: {
      file: RISKS,
      data: {
        riskFamilies: [
          {
            id: "risk.example",
            group: "known-risk",
            title: text("Risico"),
            description: text("Omschrijving"),
            owner: "privacy",
            source,
            dimensions: ["value.autonomy"],
            items: ["elsa:e.keep"],
          },
        ],
      },
    },
  } satisfies ContentInput;
}

// The fixtures are plain data; tests reach into them to break one field at a time.
type Mutable = any;
const newItems = (input: ContentInput): Mutable[] => (input.frameworks[1].data as Mutable).parts[0].items;

function problems(input: ContentInput): string[] {
  try {
    validateContent(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message.split("\n").slice(1);
  }
  throw new Error("expected the content to be rejected");
}

describe("validateContent", () => {
  it("accepts valid content and orders versions oldest first", () => {
    const content = validateContent(validInput());
    expect(content.frameworks.map((fw) => fw.version)).toEqual(["2024.1", "2025.1"]);
    expect(content.frameworks[1].parts[0].items[0]).toMatchObject({ rationale: "weighted", evidence: false, ownWording: false });
  });

  it("rejects a duplicate item id", () => {
    const input = validInput();
    newItems(input)[1].id = "e.keep";
    expect(problems(input)).toContain(`${NEW}: parts.0.items.1.id: duplicate item id "e.keep" (first at parts.0.items.0.id)`);
  });

  it("rejects a missing or empty English translation", () => {
    const input = validInput();
    delete newItems(input)[2].text.en;
    newItems(input)[3].guidance.en = "  ";
    const found = problems(input);
    expect(found).toContain(`${NEW}: parts.0.items.2.text.en: English translation is missing`);
    expect(found).toContain(`${NEW}: parts.0.items.3.guidance.en: English translation is missing`);
  });

  it("rejects an unknown answer type", () => {
    const input = validInput();
    newItems(input)[0].answerType = "yes-no";
    expect(problems(input).some((p) => p.startsWith(`${NEW}: parts.0.items.0.answerType: `))).toBe(true);
  });

  it("rejects a feed to a dimension that does not exist", () => {
    const input = validInput();
    newItems(input)[1].feeds = [{ dimension: "value.happiness" }];
    expect(problems(input)).toContain(`${NEW}: parts.0.items.1.feeds.0.dimension: unknown dimension "value.happiness"`);
  });

  it("rejects a scale or ynpu item that feeds nothing, and a scale that is not 1 to 5", () => {
    const input = validInput();
    newItems(input)[0].feeds = [];
    newItems(input)[1] = item("e.new-name", {
      answerType: "scale",
      options: [
        { value: "0", label: text("laag") },
        { value: "1", label: text("hoog") },
      ],
    });
    const found = problems(input);
    expect(found).toContain(`${NEW}: parts.0.items.0.feeds: ynpu items must feed at least one dimension`);
    expect(found).toContain(`${NEW}: parts.0.items.1.options: scale items need exactly five options with values "1" to "5" in order`);
  });

  it("rejects migration rules that point to ids that are not there", () => {
    const input = validInput();
    const migration = (input.frameworks[1].data as Mutable).migration;
    migration[0].to = "e.nowhere";
    migration[1].from = "e.never-existed";
    const found = problems(input);
    expect(found).toContain(`${NEW}: migration.0.to: "e.nowhere" is not an item of this version`);
    expect(found).toContain(`${NEW}: migration.1.from: "e.never-existed" is not an item of version 2024.1`);
    // e.broad now disappears without a rule, which is reported as well.
    expect(found).toContain(`${NEW}: migration: item "e.broad" of version 2024.1 is missing here and has no migration rule`);
  });

  it("rejects a previousVersion that does not exist", () => {
    const input = validInput();
    (input.frameworks[1].data as Mutable).previousVersion = "2023.9";
    expect(problems(input)).toContain(`${NEW}: previousVersion: version "2023.9" of elsa does not exist`);
  });

  it("rejects a file whose name does not match its id and version", () => {
    const input = validInput();
    input.frameworks[1].file = "content/frameworks/elsa/2026.1.yaml";
    expect(problems(input)).toContain(
      "content/frameworks/elsa/2026.1.yaml: version: file must be named <frameworkId>/<version>.yaml, i.e. elsa/2025.1.yaml",
    );
  });

  it("rejects a risk family that points to an unknown item or dimension", () => {
    const input = validInput();
    const family = (input.riskFamilies.data as Mutable).riskFamilies[0];
    family.items = ["elsa:e.old-name"];
    family.dimensions = ["value.nope"];
    const found = problems(input);
    expect(found).toContain(`${RISKS}: riskFamilies.0.items.0: "elsa:e.old-name" is not an item of the latest version of elsa`);
    expect(found).toContain(`${RISKS}: riskFamilies.0.dimensions.0: unknown dimension "value.nope"`);
  });

  it("reports problems in several files at once", () => {
    const input = validInput();
    newItems(input)[0].owner = "mayor";
    (input.dimensions.data as Mutable).dimensions[0].defaultWeight = 99;
    const found = problems(input);
    expect(found.some((p) => p.startsWith(`${NEW}: parts.0.items.0.owner: `))).toBe(true);
    expect(found.some((p) => p.startsWith(`${DIMENSIONS}: dimensions.0.defaultWeight: `))).toBe(true);
  });
});

describe("readContent", () => {
  it("names the file of a YAML syntax error", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "frameworks-"));
    try {
      fs.mkdirSync(path.join(root, "frameworks", "elsa"), { recursive: true });
      fs.writeFileSync(path.join(root, "frameworks", "elsa", "2025.1.yaml"), "id: elsa\nparts: [unclosed\n");
      fs.writeFileSync(path.join(root, "dimensions.yaml"), "dimensions: []\n");
      fs.writeFileSync(path.join(root, "risk-families.yaml"), "riskFamilies: []\n");
      expect(() => readContent(root)).toThrow(/frameworks\/elsa\/2025\.1\.yaml: \(root\): /);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
  describe("shared questions and questions limited to a kind of channel", () => {
    const reason = text("Zelfde vraag");

    it("accepts a question answered by another of the same kind, and one limited with its reason", () => {
      const input = validInput();
      newItems(input)[1].sameAs = { question: "elsa:e.keep", reason };
      newItems(input)[2].appliesTo = ["commercial", "open-alternative"];
      newItems(input)[2].notApplicable = text("geen platform");
      const latest = validateContent(input).frameworks[1].parts[0].items;
      expect(latest[1].sameAs?.question).toBe("elsa:e.keep");
      expect(latest[2].appliesTo).toEqual(["commercial", "open-alternative"]);
    });

    it("rejects a shared question that does not exist, with the file and the path", () => {
      const input = validInput();
      newItems(input)[1].sameAs = { question: "elsa:e.nope", reason };
      expect(problems(input)).toContain(`${NEW}: parts.0.items.1.sameAs.question: "elsa:e.nope" is not an item of the latest version of elsa`);
    });

    it("rejects a shared question that takes another kind of answer", () => {
      const input = validInput();
      newItems(input)[0].answerType = "scale";
      newItems(input)[0].options = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: text(value) }));
      newItems(input)[1].sameAs = { question: "elsa:e.keep", reason };
      expect(problems(input).some((p) => p.startsWith(`${NEW}: parts.0.items.1.sameAs.question: "elsa:e.keep" takes another kind of answer (scale)`))).toBe(true);
    });

    it("rejects a chain of shared questions and a question shared with itself", () => {
      const input = validInput();
      newItems(input)[1].sameAs = { question: "elsa:e.keep", reason };
      newItems(input)[2].sameAs = { question: "elsa:e.new-name", reason };
      newItems(input)[3].sameAs = { question: "elsa:e.narrow-2", reason };
      const found = problems(input);
      expect(found).toContain(`${NEW}: parts.0.items.2.sameAs.question: "elsa:e.new-name" is itself answered by "elsa:e.keep"; point at that question`);
      expect(found).toContain(`${NEW}: parts.0.items.3.sameAs.question: a question cannot be the same as itself`);
    });

    it("rejects a question limited to some channels without the reason, and an unknown kind of channel", () => {
      const input = validInput();
      newItems(input)[0].appliesTo = ["commercial"];
      newItems(input)[1].appliesTo = ["fax"];
      newItems(input)[1].notApplicable = text("reden");
      const found = problems(input);
      expect(found).toContain(`${NEW}: parts.0.items.0.notApplicable: a question limited by appliesTo needs the reason it is not applicable elsewhere`);
      expect(found.some((p) => p.startsWith(`${NEW}: parts.0.items.1.appliesTo.0: `))).toBe(true);
    });
  });
});
