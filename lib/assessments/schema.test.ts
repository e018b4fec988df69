import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/validation/errors";
import { createAssessmentInput } from "./schema";

const own = (fields: Record<string, unknown>) => ({ municipalitySlug: "voorbeeldstad", year: 2026, customName: "Mastodon-server", customKind: "open-alternative", ...fields });
const errors = (input: unknown) => {
  const parsed = createAssessmentInput.safeParse(input);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
};

describe("naming the server of a channel the municipality hosts itself", () => {
  it("accepts a host name and keeps it in lower case", () => {
    const parsed = createAssessmentInput.parse(own({ customSelfHosted: true, customHost: " Social.Voorbeeldstad.nl " }));
    expect(parsed.customHost).toBe("social.voorbeeldstad.nl");
  });

  it("refuses what is not a host name with a translatable code", () => {
    for (const host of ["https://social.voorbeeldstad.nl", "social.voorbeeldstad.nl/about", "social voorbeeldstad", "localhost", "-bad.voorbeeldstad.nl", "social.voorbeeldstad.nl:443"]) {
      expect(errors(own({ customSelfHosted: true, customHost: host })), host).toEqual({ customHost: "invalid_host" });
    }
  });

  it("asks for the server when the municipality hosts the channel, not otherwise", () => {
    expect(errors(own({ customSelfHosted: true, customHost: "" }))).toEqual({ customHost: "required" });
    expect(errors(own({ customSelfHosted: false, customHost: "" }))).toEqual({});
  });
});
