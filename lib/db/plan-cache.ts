/**
 * Query plans cached by the query's shape, for Prisma's query compiler.
 *
 * Why: Prisma 6 (with driver adapters, no native engine) compiles every query afresh into a plan
 * in WebAssembly, about 0.2 ms a query and a seventh of a signed-in page's CPU time (issue 19's
 * profile). Prisma 7.4 caches plans by shape, but Prisma 7 cannot be installed on these machines.
 * The compiler of 6.19 can already compile a query whose values are placeholders
 * (`{"$type":"Param"}`, what TypedSQL uses); that is all a cache needs.
 *
 * How: text, numbers and dates in a query's arguments become placeholders; what remains, with the
 * kinds of the values and which of them are equal, is the query's shape. The second time a shape
 * is seen (most shapes recur; a one-off costs no extra compile), it is compiled with placeholders,
 * and the placeholder plan is kept only when, filled with the values, it is exactly the plan the
 * compiler makes for the query itself, both for this query and for the same query with other
 * values (so that a value which happens to look like the placeholder's own text cannot pass).
 * Every later query of that shape gets the kept plan filled with its own values. A shape whose
 * plan depends on more than the values' places is remembered as one to compile every time.
 * Integers need one step more: Prisma 6.19 writes a given integer as text typed bigint, but types
 * a placeholder for one as int, so placeholders for integers are written the way given integers
 * are before the check (`asGivenIntegers`); the check still decides.
 *
 * What stays literal, because it shapes the SQL: null, booleans (they switch nested deletes and
 * the like), lists, values under the arguments that shape a query (take, skip, orderBy, cursor,
 * …) and under text searches (contains, startsWith, …, whose pattern 6.19 writes into the plan),
 * nested relation arguments (the selection is not walked), and tagged values other than dates
 * (JSON, bytes, decimals). Queries longer than a few kilobytes (a stored PDF) are not cached.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Value = string | number;

/** Arguments whose values shape the SQL itself: they stay in the shape. */
const STRUCTURAL = new Set([
  "take",
  "skip",
  "orderBy",
  "distinct",
  "cursor",
  "mode",
  "sort",
  "nulls",
  "by",
  "having",
  "_count",
  "_avg",
  "_sum",
  "_min",
  "_max",
  "relationLoadStrategy",
  // Text searches: Prisma 6.19 writes the pattern of a placeholder into the plan as text.
  "contains",
  "startsWith",
  "endsWith",
  "search",
  // JSON filters.
  "path",
  "string_contains",
  "string_starts_with",
  "string_ends_with",
  "array_contains",
  "array_starts_with",
  "array_ends_with",
]);

/** The key under which the JSON protocol tags a value (`{"$type":"DateTime","value":…}`). */
const TAG = "$type";

/** Longer queries (bytes, long texts) are compiled as they are: their shapes would hold them. */
const MAX_QUERY_LENGTH = 8_000;

/**
 * Numbers that can stand as placeholders: an integer beyond what a 64-bit column holds stays in
 * the query, so that the compiler refuses it as it would without the cache (a plan filled with it
 * would fail in the driver instead).
 */
const placeable = (value: Json): value is number => typeof value === "number" && Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));

/** A value's kind is part of the shape: a number where text is expected is compiled (and refused) as it is. */
const kindOf = (value: Value, date: boolean) => (date ? "d" : typeof value === "string" ? "s" : Number.isInteger(value) ? "i" : "f");

/**
 * The query with its values replaced by numbered placeholders, and those values in order. The
 * shape holds the kinds of the values and which are equal (a plan may depend on two values being
 * the same: an upsert whose `where` and `create` agree). Null when nothing in it can be a placeholder.
 */
export function parameterize(query: { [key: string]: Json }): { shape: string; parameterized: Json; values: Value[]; kinds: string[] } | null {
  const values: Value[] = [];
  const kinds: string[] = [];
  const placeholder = (value: Value, date: boolean): Json => {
    kinds.push(kindOf(value, date));
    values.push(value);
    return { [TAG]: "Param", value: `p${values.length - 1}` };
  };
  const walk = (node: Json, structural: boolean): Json => {
    // Filters in a list (AND, OR) are walked; values in a list (in: [...]) stay as they are.
    if (Array.isArray(node)) return node.map((element) => (element !== null && typeof element === "object" && !Array.isArray(element) && typeof element[TAG] !== "string" ? walk(element, structural) : element));
    if (node === null || typeof node !== "object") return node;
    if (typeof node[TAG] === "string") return !structural && node[TAG] === "DateTime" && typeof node.value === "string" ? placeholder(node.value, true) : node;
    const copy: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(node)) {
      const childStructural = structural || STRUCTURAL.has(key);
      copy[key] = !childStructural && (typeof child === "string" || placeable(child)) ? placeholder(child as Value, false) : walk(child, childStructural);
    }
    return copy;
  };
  // Raw SQL arrives as text and its parameters as one string: nothing to share there.
  if (typeof query.action === "string" && query.action.endsWith("Raw")) return null;
  const body = query.query;
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const args = body.arguments;
  if (args === undefined || args === null || typeof args !== "object") return null;
  const parameterized = { ...query, query: { ...body, arguments: walk(args, false) } };
  if (values.length === 0) return null;
  const sameAs = values.map((value) => values.indexOf(value));
  return { shape: `${kinds.join("")}:${sameAs.join(",")}:${JSON.stringify(parameterized)}`, parameterized, values, kinds };
}

/**
 * A plan with placeholders, as its JSON text split at them: text, placeholder number, text, …;
 * `asText` marks the placeholders for integers, which the plan holds as text.
 */
export type PlanTemplate = { texts: string[]; slots: number[]; asText: boolean[] };

// How the compiler writes a placeholder into a plan (its name and the field's type).
const PLAN_PLACEHOLDER = /\{"prisma__type":"param","prisma__value":\{"name":"p(\d+)","type":"([A-Za-z]+)"\}\}/g;
const INTEGER_TYPES = new Set(["Int", "BigInt"]);

const isIntegerPlaceholder = (node: unknown) => {
  const value = (node as { prisma__type?: unknown; prisma__value?: { type?: unknown } } | null)?.prisma__value;
  return (node as { prisma__type?: unknown }).prisma__type === "param" && INTEGER_TYPES.has(String(value?.type));
};

/**
 * The plan with each integer placeholder's bound argument typed as the compiler types an integer
 * it is given (bigint, its value as text) instead of int. Changes the plan it is given.
 */
export function asGivenIntegers(plan: unknown): unknown {
  if (Array.isArray(plan)) plan.forEach(asGivenIntegers);
  else if (plan !== null && typeof plan === "object") {
    const node = plan as { args?: unknown; argTypes?: unknown };
    if (Array.isArray(node.args) && Array.isArray(node.argTypes) && node.args.length === node.argTypes.length) {
      node.args.forEach((arg, i) => {
        const type = (node.argTypes as { scalarType?: unknown }[])[i];
        if (arg !== null && typeof arg === "object" && isIntegerPlaceholder(arg) && type?.scalarType === "int") type.scalarType = "bigint";
      });
    }
    Object.values(plan).forEach(asGivenIntegers);
  }
  return plan;
}

export function planTemplate(plan: unknown): PlanTemplate {
  const text = JSON.stringify(plan);
  const texts: string[] = [];
  const slots: number[] = [];
  const asText: boolean[] = [];
  let last = 0;
  for (const match of text.matchAll(PLAN_PLACEHOLDER)) {
    texts.push(text.slice(last, match.index));
    slots.push(Number(match[1]));
    asText.push(INTEGER_TYPES.has(match[2]));
    last = match.index + match[0].length;
  }
  texts.push(text.slice(last));
  return { texts, slots, asText };
}

/** The plan's JSON text with these values where the placeholders were. */
export function fillPlan(template: PlanTemplate, values: Value[]): string {
  let text = template.texts[0];
  for (let i = 0; i < template.slots.length; i++) {
    const value = values[template.slots[i]];
    text += JSON.stringify(template.asText[i] ? String(value) : value) + template.texts[i + 1];
  }
  return text;
}

/**
 * Other values of the same kinds, equal where the given ones are equal and different from them
 * otherwise, for the second check of a placeholder plan.
 */
export function otherValues(values: Value[], kinds: string[]): Value[] {
  return values.map((value, i) => {
    const n = values.indexOf(value);
    if (kinds[i] === "d") return new Date(Date.UTC(1901, 0, 1) + n * 86_400_000).toISOString();
    if (kinds[i] === "s") return `plan-cache-check-${n}`;
    return (kinds[i] === "i" ? 1_000_003 : 1_000_003.5) + n;
  });
}

/** The query's JSON text with these values where its placeholders are (dates tagged again). */
function withValues(parameterized: Json, values: Value[], kinds: string[]): string {
  return JSON.stringify(parameterized, (_key, node: Json) => {
    if (node === null || typeof node !== "object" || Array.isArray(node) || node[TAG] !== "Param" || typeof node.value !== "string") return node;
    const slot = Number(node.value.slice(1));
    return kinds[slot] === "d" ? { [TAG]: "DateTime", value: values[slot] } : values[slot];
  });
}

type Compile = (query: string) => unknown;
type Entry = PlanTemplate | "seen once" | "compile";

export type PlanCacheStats = { hits: number; misses: number; uncacheable: number; shapes: number };

/**
 * A compile function that keeps plans by shape in front of `compile` (bounded: the shape used
 * longest ago goes first), counting into `stats`. `compile` throws for a query it refuses; that
 * error reaches the caller unchanged.
 */
export function cachedCompile(compile: Compile, stats: PlanCacheStats = { hits: 0, misses: 0, uncacheable: 0, shapes: 0 }, maxShapes = 2000) {
  const entries = new Map<string, Entry>();
  const remember = (shape: string, entry: Entry) => {
    if (!entries.delete(shape)) stats.shapes++;
    if (entries.size >= maxShapes) {
      entries.delete(entries.keys().next().value as string);
      stats.shapes--;
    }
    entries.set(shape, entry);
  };
  const fitted = (found: NonNullable<ReturnType<typeof parameterize>>, literal: string): PlanTemplate | null => {
    try {
      const template = planTemplate(asGivenIntegers(compile(JSON.stringify(found.parameterized))));
      if (fillPlan(template, found.values) !== literal) return null;
      const other = otherValues(found.values, found.kinds);
      return fillPlan(template, other) === JSON.stringify(compile(withValues(found.parameterized, other, found.kinds))) ? template : null;
    } catch {
      // The compiler does not take a placeholder somewhere in this shape: compile it as it is.
      return null;
    }
  };
  const cached = (query: string): unknown => {
    if (query.length > MAX_QUERY_LENGTH) return compile(query);
    const parsed = JSON.parse(query) as Json;
    const found = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parameterize(parsed) : null;
    if (!found) return compile(query);
    const entry = entries.get(found.shape);
    if (entry === "compile") {
      stats.uncacheable++;
      return compile(query);
    }
    if (entry && entry !== "seen once") {
      stats.hits++;
      remember(found.shape, entry);
      return JSON.parse(fillPlan(entry, found.values));
    }
    stats.misses++;
    const literal = compile(query);
    remember(found.shape, entry === "seen once" ? (fitted(found, JSON.stringify(literal)) ?? "compile") : "seen once");
    return literal;
  };
  return { compile: cached, stats: () => ({ ...stats }) };
}

type QueryCompilerClass = { prototype: { compile(query: string): unknown } };

// Kept on globalThis: Next gives route handlers and pages their own instance of this module, and
// each would otherwise wrap the compiler again.
const INSTALLED = Symbol.for("afwegingskader.planCache");
const state = ((globalThis as { [INSTALLED]?: { totals: PlanCacheStats; caches: WeakMap<object, ReturnType<typeof cachedCompile>> } })[INSTALLED] ??= {
  totals: { hits: 0, misses: 0, uncacheable: 0, shapes: 0 },
  caches: new WeakMap(),
});

/**
 * Puts the cache in front of every compiler of this class (one per Prisma client: each has its own
 * schema, so each its own cache). Prisma loads the compiler itself, so the cache goes in at the
 * class, once per process.
 */
export function cachePlansOf(compilerClass: QueryCompilerClass) {
  const prototype = compilerClass.prototype as QueryCompilerClass["prototype"] & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const compile = prototype.compile;
  prototype.compile = function (this: object, query: string) {
    let cache = state.caches.get(this);
    if (!cache) state.caches.set(this, (cache = cachedCompile((text) => compile.call(this, text), state.totals)));
    return cache.compile(query);
  };
}

/** Hits, misses and shapes of every cache in this process (the tests read them). */
export function planCacheStats(): PlanCacheStats {
  return { ...state.totals };
}
