import { describe, expect, it } from "vitest";
import { getCatalogue } from "@/lib/catalogue/load";
import { loadFrameworks } from "@/lib/frameworks/load";

/**
 * The frameworks' guidance is the app's own wording; where it cites a fact the catalogue keeps
 * with a source, it must say what the catalogue says.
 */
describe("guidance against the catalogue's sourced facts", () => {
  it("dates a DPIA with a year the catalogue's DPIA facts give", () => {
    const sourcedYears = new Set(
      getCatalogue().channels.flatMap((channel) => (channel.facts.dpia.source ? [...channel.facts.dpia.value.matchAll(/\b(?:19|20)\d{2}\b/g)].map(([year]) => year) : [])),
    );
    expect(sourcedYears.size).toBeGreaterThan(0);
    const unsourced: string[] = [];
    for (const framework of loadFrameworks()) {
      for (const item of framework.parts.flatMap((part) => part.items)) {
        for (const locale of ["nl", "en"] as const) {
          const sentences = (item.guidance[locale] ?? "").split(/(?<=[.!?])\s+/).filter((sentence) => /\bDPIA\b/.test(sentence));
          for (const sentence of sentences) {
            for (const [year] of sentence.matchAll(/\b(?:19|20)\d{2}\b/g)) {
              if (!sourcedYears.has(year)) unsourced.push(`${framework.id}@${framework.version} ${item.id} (${locale}): ${year} in “${sentence}”`);
            }
          }
        }
      }
    }
    expect(unsourced).toEqual([]);
  });
});
