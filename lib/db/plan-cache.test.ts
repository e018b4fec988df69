import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDb, testProvider, type TestDb } from "@/tests/test-db";
import { asGivenIntegers, cachedCompile, fillPlan, otherValues, parameterize, planCacheStats, planTemplate, type Json } from "./plan-cache";

const query = (args: { [key: string]: Json }, action = "findMany"): { [key: string]: Json } => ({ modelName: "Municipality", action, query: { arguments: args, selection: { $scalars: true } } });
const param = (name: string, type = "String") => ({ prisma__type: "param", prisma__value: { name, type } });

describe("a query's shape", () => {
  it("puts placeholders where a filter or the data takes text, a number or a date", () => {
    const found = parameterize(query({ where: { slug: "a", createdAt: { lt: { $type: "DateTime", value: "2026-01-01T00:00:00.000Z" } }, OR: [{ name: "b" }] }, data: { name: "c" } }));
    expect(found?.values).toEqual(["a", "2026-01-01T00:00:00.000Z", "b", "c"]);
    expect(found?.kinds).toEqual(["s", "d", "s", "s"]);
    expect(found?.parameterized).toEqual(
      query({
        where: { slug: { $type: "Param", value: "p0" }, createdAt: { lt: { $type: "Param", value: "p1" } }, OR: [{ name: { $type: "Param", value: "p2" } }] },
        data: { name: { $type: "Param", value: "p3" } },
      }),
    );
  });

  it("keeps what shapes the SQL: booleans, lists, null, page sizes, order, text searches and other tagged values", () => {
    const args = {
      where: {
        slug: { in: ["a", "b"] },
        createdAt: { in: [{ $type: "DateTime", value: "2026-01-01T00:00:00.000Z" }] },
        name: { contains: "x", mode: "insensitive" },
        logoPath: null,
        settings: { $type: "Json", value: "{}" },
        requireAdminTwoFactor: true,
      },
      data: { channels: { delete: false } },
      orderBy: [{ name: "asc" }],
      take: 10,
      skip: 5,
      distinct: ["slug"],
    };
    expect(parameterize(query(args))).toBeNull();
    expect(parameterize(query({ ...args, where: { ...args.where, primaryColor: "#000" } }))?.values).toEqual(["#000"]);
  });

  it("tells values of another kind, and equal values, apart", () => {
    expect(parameterize(query({ where: { slug: "1" } }))?.shape).not.toBe(parameterize(query({ where: { slug: 1 } }))?.shape);
    expect(parameterize(query({ where: { slug: "a" } }))?.shape).toBe(parameterize(query({ where: { slug: "b" } }))?.shape);
    // An upsert whose where and create agree is planned otherwise than one whose values differ.
    const upsert = (where: string, create: string) => parameterize(query({ where: { slug: where }, create: { slug: create } }, "upsertOne"))?.shape;
    expect(upsert("a", "a")).toBe(upsert("b", "b"));
    expect(upsert("a", "a")).not.toBe(upsert("a", "b"));
  });

  it("leaves raw SQL and queries without values alone", () => {
    expect(parameterize({ action: "queryRaw", query: { arguments: { query: "SELECT 1", parameters: "[]" } } })).toBeNull();
    expect(parameterize(query({ take: 3 }))).toBeNull();
  });
});

describe("a plan with placeholders", () => {
  it("is filled with each query's own values, as JSON", () => {
    const template = planTemplate({ sql: "WHERE slug = ? AND name = ?", args: [param("p1"), param("p0")], limit: 1 });
    expect(fillPlan(template, ['a "quoted" slug', "Naam"])).toBe(JSON.stringify({ sql: "WHERE slug = ? AND name = ?", args: ["Naam", 'a "quoted" slug'], limit: 1 }));
  });

  it("holds an integer as the compiler writes a given one: as text, typed bigint", () => {
    const plan = { sql: "WHERE year = ? AND slug = ? LIMIT ?", args: [param("p0", "Int"), param("p1"), -1], argTypes: [{ scalarType: "int" }, { scalarType: "string" }, { scalarType: "int" }] };
    const template = planTemplate(asGivenIntegers(plan));
    expect(fillPlan(template, [2026, "noord"])).toBe(
      JSON.stringify({ sql: "WHERE year = ? AND slug = ? LIMIT ?", args: ["2026", "noord", -1], argTypes: [{ scalarType: "bigint" }, { scalarType: "string" }, { scalarType: "int" }] }),
    );
  });

  it("is checked with other values of the same kinds, equal where the query's are", () => {
    const other = otherValues(["a", "b", "a", 7, 1.5, "2026-01-01T00:00:00.000Z"], ["s", "s", "s", "i", "f", "d"]);
    expect(other[0]).toBe(other[2]);
    expect(new Set([other[0], other[1], other[3], other[4]]).size).toBe(4);
    expect(["a", "b", 7, 1.5]).not.toContain(other[0]);
    expect(Number.isInteger(other[3])).toBe(true);
    expect(Number.isInteger(other[4])).toBe(false);
    expect(String(other[5])).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

/**
 * A stand-in for the compiler: values become bound arguments; a placeholder stays one. Only the
 * pure cache logic is tested with it; the real compiler is below.
 */
function fakeCompiler(options: { inlineValues?: boolean; refusePlaceholders?: boolean; placeholderAsText?: boolean } = {}) {
  let compiled = 0;
  const compile = (text: string) => {
    compiled++;
    const { query: q } = JSON.parse(text) as { query: { arguments: { where: Record<string, Json> } } };
    const [[field, value]] = Object.entries(q.arguments.where);
    const placeholder = typeof value === "object" && value !== null && !Array.isArray(value) && "$type" in value ? { value: String(value.value) } : null;
    if (placeholder && options.refusePlaceholders) throw new Error("placeholder not allowed here");
    if (typeof value === "number") throw new Error(`Argument \`${field}\`: Invalid value provided. Expected String, provided Int.`);
    // Prisma 6.19 writes a placeholder in a LIKE pattern as its own text (`var(p0: Any)`).
    if (options.placeholderAsText) return { sql: `WHERE ${field} LIKE '%${placeholder ? `var(${placeholder.value}: Any)` : String(value)}%'`, args: [] };
    const arg = placeholder ? param(placeholder.value) : value;
    return options.inlineValues && !placeholder ? { sql: `WHERE ${field} = '${String(value)}'`, args: [] } : { sql: `WHERE ${field} = ?`, args: [arg] };
  };
  return { compile, compiled: () => compiled };
}

const where = (field: string, value: Json) => JSON.stringify(query({ where: { [field]: value } }));

describe("the cache in front of a compiler", () => {
  it("compiles a shape as it is the first time, keeps its plan the second time and fills it from then on", () => {
    const compiler = fakeCompiler();
    const cache = cachedCompile(compiler.compile);
    expect(cache.compile(where("slug", "a"))).toEqual({ sql: "WHERE slug = ?", args: ["a"] });
    expect(compiler.compiled()).toBe(1);
    expect(cache.compile(where("slug", "b"))).toEqual({ sql: "WHERE slug = ?", args: ["b"] });
    // The query itself, with placeholders, and with other values.
    expect(compiler.compiled()).toBe(4);
    expect(cache.compile(where("slug", "c"))).toEqual({ sql: "WHERE slug = ?", args: ["c"] });
    expect(cache.compile(where("name", "d"))).toEqual({ sql: "WHERE name = ?", args: ["d"] });
    expect(compiler.compiled()).toBe(5);
    expect(cache.stats()).toEqual({ hits: 1, misses: 3, uncacheable: 0, shapes: 2 });
  });

  it("compiles every time a shape whose plan is more than its values in their places", () => {
    for (const options of [{ inlineValues: true }, { refusePlaceholders: true }]) {
      const cache = cachedCompile(fakeCompiler(options).compile);
      for (const slug of ["a", "b"]) cache.compile(where("slug", slug));
      expect(cache.compile(where("slug", "c"))).toEqual(options.inlineValues ? { sql: "WHERE slug = 'c'", args: [] } : { sql: "WHERE slug = ?", args: ["c"] });
      expect(cache.stats()).toMatchObject({ hits: 0, uncacheable: 1 });
    }
  });

  it("is not fooled by a value that reads like the placeholder the compiler wrote into its plan", () => {
    const cache = cachedCompile(fakeCompiler({ placeholderAsText: true }).compile);
    for (const value of ["var(p0: Any)", "var(p0: Any)"]) cache.compile(where("name", value));
    expect(cache.compile(where("name", "Noord"))).toEqual({ sql: "WHERE name LIKE '%Noord%'", args: [] });
    expect(cache.stats()).toMatchObject({ hits: 0, uncacheable: 1 });
  });

  it("passes the compiler's refusal of a query on unchanged, every time", () => {
    const cache = cachedCompile(fakeCompiler().compile);
    for (let i = 0; i < 3; i++) expect(() => cache.compile(where("slug", 1))).toThrow("Expected String, provided Int");
  });

  it("keeps at most the number of shapes it is given, the one used longest ago going first", () => {
    const compiler = fakeCompiler();
    const cache = cachedCompile(compiler.compile, undefined, 2);
    for (const value of ["x", "y", "z"]) cache.compile(where("a", value));
    cache.compile(where("b", "x"));
    cache.compile(where("a", "w"));
    cache.compile(where("c", "x"));
    expect(cache.stats().shapes).toBe(2);
    // "a" was used after "b", so "b" went and "a" stayed.
    cache.compile(where("a", "v"));
    expect(cache.stats()).toMatchObject({ hits: 3 });
  });

  it("compiles long queries as they are", () => {
    const compiler = fakeCompiler();
    const cache = cachedCompile(compiler.compile);
    for (let i = 0; i < 3; i++) cache.compile(where("slug", "x".repeat(10_000)));
    expect(compiler.compiled()).toBe(3);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0 });
  });
});

describe(`Prisma's own compiler behind the cache (${testProvider})`, () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(() => testDb.dispose());

  it("answers each query with its own values when the plan comes from the cache", async () => {
    const { db } = testDb;
    const before = planCacheStats();
    const places = [["noord", "Noord"], ["zuid", "Zuid"], ["oost", "Oost"], ["west", "West"]];
    // A day apart: created within one millisecond, two would count as neither before the other.
    for (const [i, [slug, name]] of places.entries()) {
      await db.municipality.create({ data: { slug, name, primaryColor: `#${slug.length}00`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    }
    for (const [slug, name] of places) await db.municipality.update({ where: { slug }, data: { name: `${name}-Kwartier` } });
    for (const [slug, name] of places) expect((await db.municipality.findUnique({ where: { slug } }))?.name).toBe(`${name}-Kwartier`);
    for (const color of ["#500", "#400", "#500"]) expect(await db.municipality.count({ where: { primaryColor: color } })).toBe(color === "#500" ? 1 : 3);
    const first = await db.municipality.findUniqueOrThrow({ where: { slug: "noord" } });
    const last = await db.municipality.findUniqueOrThrow({ where: { slug: "west" } });
    for (const [moment, expected] of [[first.createdAt, 0], [last.createdAt, 3], [new Date(last.createdAt.getTime() + 86_400_000), 4]] as const) {
      expect(await db.municipality.count({ where: { createdAt: { lt: moment } } })).toBe(expected);
    }
    // Text searches and lists stay in the shape: each its own plan, with its own rows.
    for (const [part, expected] of [["oo", ["noord", "oost"]], ["ui", ["zuid"]], ["es", ["west"]]] as const) {
      expect((await db.municipality.findMany({ where: { slug: { contains: part } }, orderBy: { slug: "asc" } })).map((m) => m.slug)).toEqual(expected);
    }
    expect((await db.municipality.findMany({ where: { slug: { in: ["noord", "oost"] } }, orderBy: { slug: "asc" } })).map((m) => m.slug)).toEqual(["noord", "oost"]);
    expect((await db.municipality.findMany({ where: { slug: { in: ["zuid"] } } })).map((m) => m.slug)).toEqual(["zuid"]);
    const after = planCacheStats();
    // From the third query of a shape on, each came from the cache: two creates, updates and
    // finds, one count by colour and one by date.
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(8);
    expect(after.uncacheable - before.uncacheable).toBe(0);

    // Integers: the compiler types a placeholder for one otherwise than an integer it is given, so
    // their placeholders are written as given ones before the check. Filters, data and increments.
    for (const year of [2023, 2024, 2025, 2026]) {
      await db.assessment.create({ data: { municipalityId: first.id, channelId: "facebook", year, frameworkVersions: "{}", catalogueVersion: "1", createdById: "plan-cache-test" } });
    }
    for (const year of [2023, 2024, 2025, 2026]) {
      const found = await db.assessment.findUniqueOrThrow({ where: { municipalityId_channelId_year: { municipalityId: first.id, channelId: "facebook", year } } });
      expect(found.year).toBe(year);
      await db.assessment.update({ where: { id: found.id }, data: { reviewRound: year - 2020, version: { increment: year - 2022 } } });
    }
    for (const [round, year] of [[4, 2024], [6, 2026], [3, 2023]]) expect((await db.assessment.findMany({ where: { reviewRound: round } })).map((assessment) => assessment.year)).toEqual([year]);
    expect((await db.assessment.findMany({ where: { municipalityId: first.id }, orderBy: { year: "asc" } })).map((assessment) => assessment.version)).toEqual([2, 3, 4, 5]);
    const integers = planCacheStats();
    expect(integers.uncacheable - after.uncacheable).toBe(0);
    // The third and fourth create, find and update, and the third find by round.
    expect(integers.hits - after.hits).toBeGreaterThanOrEqual(7);
    // An integer no column holds is refused by the compiler, as it is without the cache.
    for (const round of [1e21, 2 ** 63]) await expect(db.assessment.findMany({ where: { reviewRound: round } })).rejects.toBeInstanceOf(Prisma.PrismaClientValidationError);
  });
});
