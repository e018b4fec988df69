/**
 * Query plans cached by the query's shape, for Prisma's query compiler.
 *
 * Why: Prisma 6 (with driver adapters, no native engine) compiles every query afresh into a plan
 * in WebAssembly, about 0.2 ms a query and a seventh of a signed-in page's CPU time (issue 19's
 * profile). Prisma 7.4 caches plans by shape, but Prisma 7 cannot be installed on these machines.
 * The compiler of 6.19 can already compile a query whose values are placeholders
 * (`{"$type":"Param"}`, what TypedSQL uses); that is all a cache needs.
 *
 * How: the values in a query's arguments (strings, numbers, booleans and dates where a filter or
 * data takes one) are replaced by placeholders; what remains is the query's shape. The first time a
 * shape is seen, it is compiled with placeholders and once as it is; the placeholder plan is kept
 * only when, filled with this query's values, it is exactly the plan the compiler made for the
 * query itself. Every later query of that shape gets the kept plan filled with its own values.
 * A shape whose plan depends on more than the values' places (the compiler puts a value into the
 * SQL text, say, or refuses a placeholder somewhere) is remembered as one to compile every time.
 * So is, with Prisma 6.19, every shape with an integer value: the compiler types an integer
 * placeholder as int where it writes an integer it is given as bigint text, so the two plans differ.
 * What stays literal: null, lists of values, and anything under arguments that shape the query
 * (take, skip, orderBy, distinct, cursor, mode, …), so that `in: [...]` or a page size never share
 * a plan with another list or size.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Value = string | number | boolean;

/** Arguments whose values shape the SQL itself: they stay in the shape. */
const STRUCTURAL = new Set(["take", "skip", "orderBy", "distinct", "cursor", "mode", "sort", "nulls", "by", "having", "path", "_count", "_avg", "_sum", "_min", "_max", "relationLoadStrategy"]);

const PLACEHOLDER = "$type";

/** A value's kind is part of the shape: a number where text is expected is compiled (and refused) as it is. */
function kind(value: Value): string {
  if (typeof value === "number") return Number.isInteger(value) ? "i" : "f";
  return typeof value === "string" ? "s" : "b";
}

function isTagged(value: { [key: string]: Json }): boolean {
  return typeof value[PLACEHOLDER] === "string";
}

/**
 * The query with its values replaced by numbered placeholders, and those values in order; the
 * kinds of the values go into the shape's key. Null when nothing in it can be a placeholder.
 */
export function parameterize(query: { [key: string]: Json }): { shape: string; parameterized: Json; values: Value[] } | null {
  const values: Value[] = [];
  const kinds: string[] = [];
  const take = (value: Value): Json => {
    kinds.push(kind(value));
    values.push(value);
    return { [PLACEHOLDER]: "Param", value: `p${values.length - 1}` };
  };
  const walk = (node: Json, structural: boolean): Json => {
    if (Array.isArray(node)) return node.map((element) => (element !== null && typeof element === "object" ? walk(element, structural) : element));
    if (node === null || typeof node !== "object") return node;
    if (isTagged(node)) {
      // A date is a value like any other; other tagged values (JSON, decimals, bytes, field
      // references) stay as they are.
      return !structural && node[PLACEHOLDER] === "DateTime" && typeof node.value === "string" ? take(node.value) : node;
    }
    const copy: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(node)) {
      const childStructural = structural || STRUCTURAL.has(key);
      copy[key] =
        !childStructural && (typeof child === "string" || typeof child === "boolean" || (typeof child === "number" && Number.isFinite(child)))
          ? take(child)
          : walk(child, childStructural);
    }
    return copy;
  };
  // Raw SQL arrives as text and its parameters as one string: nothing to share there.
  if (typeof query.action === "string" && query.action.endsWith("Raw")) return null;
  const query_ = query.query;
  if (query_ === null || typeof query_ !== "object" || Array.isArray(query_)) return null;
  const args = query_.arguments;
  if (args === undefined || args === null || typeof args !== "object") return null;
  const parameterized = { ...query, query: { ...query_, arguments: walk(args, false) } };
  if (values.length === 0) return null;
  return { shape: `${kinds.join("")}:${JSON.stringify(parameterized)}`, parameterized, values };
}

/** A plan with placeholders, as its JSON text split at them: text, placeholder number, text, … */
export type PlanTemplate = { texts: string[]; slots: number[] };

// How the compiler writes a placeholder into a plan (its name and the field's type).
const PLAN_PLACEHOLDER = /\{"prisma__type":"param","prisma__value":\{"name":"p(\d+)","type":"[A-Za-z]+"\}\}/g;

export function planTemplate(plan: unknown): PlanTemplate {
  const text = JSON.stringify(plan);
  const texts: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const match of text.matchAll(PLAN_PLACEHOLDER)) {
    texts.push(text.slice(last, match.index));
    slots.push(Number(match[1]));
    last = match.index + match[0].length;
  }
  texts.push(text.slice(last));
  return { texts, slots };
}

/** The plan's JSON text with these values where the placeholders were. */
export function fillPlan(template: PlanTemplate, values: Value[]): string {
  let text = template.texts[0];
  for (let i = 0; i < template.slots.length; i++) text += JSON.stringify(values[template.slots[i]]) + template.texts[i + 1];
  return text;
}

type Compile = (query: string) => unknown;
type Entry = PlanTemplate | "compile";

export type PlanCacheStats = { hits: number; misses: number; uncacheable: number; shapes: number };

/**
 * A compile function that keeps plans by shape in front of `compile` (bounded: the oldest shape
 * goes first), counting into `stats`. `compile` throws for a query it refuses; that error reaches
 * the caller unchanged.
 */
export function cachedCompile(compile: Compile, stats: PlanCacheStats = { hits: 0, misses: 0, uncacheable: 0, shapes: 0 }, maxShapes = 2000) {
  const entries = new Map<string, Entry>();
  const remember = (shape: string, entry: Entry) => {
    if (entries.size >= maxShapes) {
      entries.delete(entries.keys().next().value as string);
      stats.shapes--;
    }
    entries.set(shape, entry);
    stats.shapes++;
  };
  const cached = (query: string): unknown => {
    const parsed = JSON.parse(query) as Json;
    const found = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parameterize(parsed) : null;
    if (!found) return compile(query);
    const entry = entries.get(found.shape);
    if (entry === "compile") {
      stats.uncacheable++;
      return compile(query);
    }
    if (entry) {
      stats.hits++;
      return JSON.parse(fillPlan(entry, found.values));
    }
    stats.misses++;
    const literal = compile(query);
    let template: Entry = "compile";
    try {
      const candidate = planTemplate(compile(JSON.stringify(found.parameterized)));
      if (fillPlan(candidate, found.values) === JSON.stringify(literal)) template = candidate;
    } catch {
      // The compiler does not take a placeholder somewhere in this shape: compile it as it is.
    }
    remember(found.shape, template);
    return literal;
  };
  return { compile: cached, stats: () => ({ ...stats }) };
}

type QueryCompilerClass = { prototype: { compile(query: string): unknown } };

const installed = new WeakSet<object>();
const perCompiler = new WeakMap<object, ReturnType<typeof cachedCompile>>();
const totals: PlanCacheStats = { hits: 0, misses: 0, uncacheable: 0, shapes: 0 };

/**
 * Puts the cache in front of every compiler of this class (one per Prisma client: each has its own
 * schema, so each its own cache). Prisma loads the compiler itself, so the cache goes in at the
 * class, once per process.
 */
export function cachePlansOf(compilerClass: QueryCompilerClass) {
  const prototype = compilerClass.prototype;
  if (installed.has(prototype)) return;
  installed.add(prototype);
  const compile = prototype.compile;
  prototype.compile = function (this: object, query: string) {
    let cache = perCompiler.get(this);
    if (!cache) perCompiler.set(this, (cache = cachedCompile((text) => compile.call(this, text), totals)));
    return cache.compile(query);
  };
}

/** Hits, misses and shapes of every cache in this process (the bench prints them). */
export function planCacheStats(): PlanCacheStats {
  return { ...totals };
}
