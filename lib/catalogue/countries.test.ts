import { describe, expect, it } from "vitest";
import { countryCodes, countryOptions } from "@/lib/catalogue/countries";
import { getCatalogue } from "@/lib/catalogue/load";
import { isAllowedFactValue, UNKNOWN } from "@/lib/catalogue/schema";

describe("countries", () => {
  it("are the 249 ISO 3166-1 codes, each named in Dutch and English", () => {
    expect(new Set(countryCodes).size).toBe(249);
    for (const locale of ["nl", "en"] as const) {
      const options = countryOptions(locale);
      expect(options.filter((option) => option.label === option.value)).toEqual([]);
      expect(options.map((option) => option.label)).toEqual([...options.map((option) => option.label)].sort((a, b) => a.localeCompare(b, locale)));
    }
    expect(countryOptions("nl").find((option) => option.value === "US")?.label).toBe("Verenigde Staten");
    expect(countryOptions("en").find((option) => option.value === "NL")?.label).toBe("Netherlands");
  });

  it("are the only values a country fact takes, besides unknown", () => {
    expect(isAllowedFactValue("country", "NL")).toBe(true);
    expect(isAllowedFactValue("country", UNKNOWN)).toBe(true);
    expect(isAllowedFactValue("country", "XX")).toBe(false);
    for (const channel of getCatalogue().channels) expect(isAllowedFactValue("country", channel.facts.country.value), channel.id).toBe(true);
  });
});
