import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFrom } from "./errors";

const form = z.object({
  name: z.string().trim().min(1).max(5),
  email: z.email(),
  website: z.url().optional(),
  count: z.number().max(3),
  nested: z.object({ date: z.string().refine(() => false, "future_date") }),
});

describe("fieldErrorsFrom", () => {
  it("turns zod issues into stable, translatable codes per field path", () => {
    const result = form.safeParse({ name: "", email: "nope", website: "x", count: 9, nested: { date: "2999-01-01" } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFrom(result.error)).toEqual({
      name: "required",
      email: "invalid_email",
      website: "invalid_url",
      count: "too_large",
      "nested.date": "future_date",
    });
  });

  it("reports a missing field as required and an oversized text as too long", () => {
    const result = form.safeParse({ name: "far too long", count: 1, nested: { date: "" } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrorsFrom(result.error);
    expect(errors.name).toBe("too_long");
    expect(errors.email).toBe("required");
  });
});
