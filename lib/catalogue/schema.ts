import { z } from "zod";
import { isoDate, localizedText, source } from "../frameworks/schema";
import { isCalendarDate } from "@/lib/validation/date";
import { isCountryCode } from "@/lib/catalogue/countries";

/**
 * The platform catalogue: per channel a fixed set of facts, each with its source and the
 * date it was last checked. Catalogue files live in content/catalogue/<version>.yaml.
 *
 * Error messages of domain rules are stable codes ("required", "future_date", ...), so the
 * app can translate them and tests can assert on them.
 */

export const UNKNOWN = "unknown";

export const factKeys = [
  "owner",
  "country",
  "jurisdiction",
  "dataLocation",
  "revenueModel",
  "reach",
  "openProtocol",
  "openSource",
  "dataExport",
  "selfHostable",
  "dpia",
] as const;
export const factKey = z.enum(factKeys);
export type FactKey = z.infer<typeof factKey>;

/** Facts whose value must be one of a closed list. "unknown" is always allowed. */
export const enumeratedFactValues = {
  jurisdiction: ["eu", "non-eu", "nl", "mixed", UNKNOWN],
  reach: ["algorithmic", "chronological", "mixed", "editorial", UNKNOWN],
  openProtocol: ["yes", "no", UNKNOWN],
  openSource: ["yes", "no", "partly", UNKNOWN],
  dataExport: ["yes", "no", "partly", UNKNOWN],
  selfHostable: ["yes", "no", UNKNOWN],
} as const satisfies Partial<Record<FactKey, readonly string[]>>;
export type EnumeratedFactKey = keyof typeof enumeratedFactValues;
export type EnumeratedFactValue<K extends EnumeratedFactKey> = (typeof enumeratedFactValues)[K][number];

export function isEnumeratedFactKey(key: FactKey): key is EnumeratedFactKey {
  return Object.hasOwn(enumeratedFactValues, key);
}

/**
 * Countries are ISO 3166-1 alpha-2 codes ("US", "NL", "CN") so the app can name them in
 * either language (Intl.DisplayNames) instead of storing Dutch country names.
 */

/** Whether a value is acceptable for a fact key: enumerated keys and country are closed sets. */
export function isAllowedFactValue(key: FactKey, value: string): boolean {
  if (value === UNKNOWN) return true;
  if (isEnumeratedFactKey(key)) return (enumeratedFactValues[key] as readonly string[]).includes(value);
  if (key === "country") return isCountryCode(value);
  return true;
}

export const FACT_VALUE_MAX = 500;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Made once: building a DateTimeFormat costs far more than formatting with it, and validation calls this per date.
const dutchCalendarDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Today as YYYY-MM-DD in Dutch local time. The users are Dutch municipalities; a server on UTC
 * would otherwise reject a date entered shortly after midnight in the Netherlands as "future".
 */
export function todayInNL(now: Date = new Date()): string {
  return dutchCalendarDate.format(now);
}

// The shared isoDate reports a wrong format itself; this adds the calendar check for well-formed input.
const calendarDate = isoDate.refine((date) => !ISO_DATE.test(date) || isCalendarDate(date), {
  error: "invalid_date",
  abort: true,
});
/** Compared with today at validation time, not at module load, so a long-running server stays right. */
const checkedDate = calendarDate.refine((date) => !ISO_DATE.test(date) || date <= todayInNL(), "future_date");

/**
 * One fact. A known value names its source; "unknown" needs only the date on which we last
 * looked. A note explains nuance in both languages (e.g. why a value is "mixed").
 */
export const fact = z
  .strictObject({
    value: z.string().trim().min(1, "required").max(FACT_VALUE_MAX, "too_long"),
    source: source.optional(),
    checkedAt: checkedDate,
    note: localizedText.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.value !== UNKNOWN && !f.source) {
      ctx.addIssue({ code: "custom", path: ["source"], message: "required" });
    }
    if (!f.source) return;
    if (!isCalendarDate(f.source.date)) {
      ctx.addIssue({ code: "custom", path: ["source", "date"], message: "invalid_date" });
    } else if (f.source.date > f.checkedAt) {
      // A source cannot have been consulted before it existed.
      ctx.addIssue({ code: "custom", path: ["source", "date"], message: "source_after_check" });
    }
  });
export type Fact = z.infer<typeof fact>;

export const facts = z
  .strictObject({
    owner: fact,
    country: fact,
    jurisdiction: fact,
    dataLocation: fact,
    revenueModel: fact,
    reach: fact,
    openProtocol: fact,
    openSource: fact,
    dataExport: fact,
    selfHostable: fact,
    dpia: fact,
  })
  .superRefine((all, ctx) => {
    for (const key of factKeys) {
      if (!isAllowedFactValue(key, all[key].value)) {
        ctx.addIssue({ code: "custom", path: [key, "value"], message: "invalid_value" });
      }
    }
  });
export type Facts = z.infer<typeof facts>;

export const channelKinds = ["commercial", "open-alternative", "own-channel"] as const;
export const channelKind = z.enum(channelKinds);
export type ChannelKind = z.infer<typeof channelKind>;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A catalogue channel, or a municipality's own channel ("custom:<id>"). */
const CHANNEL_REF = /^(?:custom:[a-z0-9]+|[a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const channel = z.strictObject({
  id: z.string().regex(KEBAB_ID, "invalid_id"),
  name: z.string().trim().min(1, "required"),
  kind: channelKind,
  /** Our own words, not a platform's marketing text. */
  description: localizedText,
  /** False for physical channels (counter, mail, radio); digital-only facts are then "unknown" with a note. */
  digital: z.boolean(),
  facts,
});
export type Channel = z.infer<typeof channel>;

const VERSION = /^\d{4}\.\d+$/;

/** Orders "2025.1" < "2025.2" < "2025.10" < "2026.1"; a plain string sort gets 2025.10 wrong. */
export function compareCatalogueVersions(a: string, b: string): number {
  const [yearA, numberA] = a.split(".").map(Number);
  const [yearB, numberB] = b.split(".").map(Number);
  return yearA - yearB || numberA - numberB;
}

export const catalogueVersion = z
  .strictObject({
    version: z.string().regex(VERSION, "invalid_version"),
    publishedAt: calendarDate,
    previousVersion: z.string().regex(VERSION, "invalid_version").optional(),
    /** Named sources, so facts can point at them with YAML anchors; also the catalogue's bibliography. */
    sources: z.record(z.string(), source).optional(),
    channels: z.array(channel).min(1, "required"),
  })
  .superRefine((catalogue, ctx) => {
    if (catalogue.previousVersion && compareCatalogueVersions(catalogue.previousVersion, catalogue.version) >= 0) {
      ctx.addIssue({ code: "custom", path: ["previousVersion"], message: "previous_not_older" });
    }
    const firstIndex = new Map<string, number>();
    catalogue.channels.forEach((ch, index) => {
      if (firstIndex.has(ch.id)) {
        ctx.addIssue({ code: "custom", path: ["channels", index, "id"], message: "duplicate_id" });
      } else {
        firstIndex.set(ch.id, index);
      }
      for (const key of factKeys) {
        // A version cannot vouch for a check done after it was published.
        if (ch.facts[key].checkedAt > catalogue.publishedAt) {
          ctx.addIssue({
            code: "custom",
            path: ["channels", index, "facts", key, "checkedAt"],
            message: "checked_after_publication",
          });
        }
      }
    });
  });
export type CatalogueVersion = z.infer<typeof catalogueVersion>;

/* ------------------------------------------------------------------------------------------ */
/* Admin form: a municipality overrides one fact with its own source.                          */
/* ------------------------------------------------------------------------------------------ */

/** Every message the override form can produce; the app translates these codes. */
export const factOverrideErrorCodes = [
  "required",
  "too_long",
  "invalid_value",
  "invalid_date",
  "future_date",
  "invalid_url",
  "source_after_check",
] as const;
export type FactOverrideErrorCode = (typeof factOverrideErrorCodes)[number];

// "abort" keeps to one message per field: an empty field is "required", not also "invalid_date".
const requiredText = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required", abort: true }).max(max, "too_long");

const formDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required", abort: true })
  .refine(isCalendarDate, { error: "invalid_date", abort: true })
  .refine((date) => date <= todayInNL(), "future_date");

/** Forms submit an empty string for an untouched optional field; treat it as absent. */
const optionalFormField = <T extends z.ZodType<string, string>>(schema: T) =>
  z
    .string({ error: "invalid_value" })
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(schema.optional());

export const factOverrideInput = z
  .object({
    channelId: z
      .string({ error: "required" })
      .min(1, { error: "required", abort: true })
      .regex(CHANNEL_REF, "invalid_value"),
    factKey: z.enum(factKeys, { error: "invalid_value" }),
    value: requiredText(FACT_VALUE_MAX),
    sourcePublisher: requiredText(200),
    sourceTitle: requiredText(300),
    // Only web links: the URL is rendered as a link, and "javascript:" must never get there.
    sourceUrl: optionalFormField(z.url({ protocol: /^https?$/, error: "invalid_url" })),
    /** Publication date of the source, when it has one; many web pages do not. */
    sourceDate: optionalFormField(formDate),
    checkedAt: formDate,
  })
  .superRefine((input, ctx) => {
    if (!isAllowedFactValue(input.factKey, input.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "invalid_value" });
    }
    if (input.sourceDate && input.sourceDate > input.checkedAt) {
      ctx.addIssue({ code: "custom", path: ["sourceDate"], message: "source_after_check" });
    }
  });
export type FactOverrideInput = z.input<typeof factOverrideInput>;
export type FactOverrideData = z.output<typeof factOverrideInput>;
