import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProvider, type TestDb } from "@/tests/test-db";
import { cachedCompile, fillPlan, parameterize, planCacheStats, planTemplate, type Json } from "./plan-cache";

const query = (args: { [key: string]: Json }, action = "findMany"): { [key: string]: Json } => ({ modelName: "Municipality", action, query: { arguments: args, selection: { $scalars: true } } });
const param = (name: string, type = "String") => ({ prisma__type: "param", prisma__value: { name, type } });

describe("a query's shape", () => {
  it("puts placeholders where a filter or the data takes a value, dates included", () => {
    const found = parameterize(query({ where: { slug: "a", createdAt: { lt: { $type: "DateTime", value: "2026-01-01T00:00:00.000Z" } }, OR: [{ name: "b" }] }, data: { requireAdminTwoFactor: true } }));
    expect(found?.values).toEqual(["a", "2026-01-01T00:00:00.000Z", "b", true]);
    expect(found?.parameterized).toEqual(
      query({
        where: { slug: { $type: "Param", value: "p0" }, createdAt: { lt: { $type: "Param", value: "p1" } }, OR: [{ name: { $type: "Param", value: "p2" } }] },
        data: { requireAdminTwoFactor: { $type: "Param", value: "p3" } },
      }),
    );
  });

  it("keeps what shapes the SQL: lists, null, page sizes, order, modes and other tagged values", () => {
    const args = {
      where: { slug: { in: ["a", "b"] }, name: { contains: "x", mode: "insensitive" }, logoPath: null, settings: { $type: "Json", value: "{}" } },
      orderBy: [{ name: "asc" }],
      take: 10,
      skip: 5,
      distinct: ["slug"],
    };
    const found = parameterize(query(args));
    expect(found?.values).toEqual(["x"]);
    expect(JSON.stringify(found?.parameterized)).toContain('"in":["a","b"]');
    expect(found?.parameterized).toMatchObject(query({ ...args, where: { ...args.where, name: { contains: { $type: "Param", value: "p0" }, mode: "insensitive" } } }));
  });

  it("tells values of another kind apart, and leaves raw SQL and queries without values alone", () => {
    const text = parameterize(query({ where: { slug: "1" } }));
    const number = parameterize(query({ where: { slug: 1 } }));
    expect(text?.shape).not.toBe(number?.shape);
    expect(parameterize(query({ where: { slug: "a" } }))?.shape).toBe(parameterize(query({ where: { slug: "b" } }))?.shape);
    expect(parameterize({ action: "queryRaw", query: { arguments: { query: "SELECT 1", parameters: "[]" } } })).toBeNull();
    expect(parameterize(query({ take: 3 }))).toBeNull();
  });
});

describe("a plan with placeholders", () => {
  it("is filled with each query's own values, as JSON", () => {
    const template = planTemplate({ sql: "WHERE slug = ? AND name = ?", args: [param("p1"), param("p0")], limit: 1 });
    expect(fillPlan(template, ['a "quoted" slug', "Naam"])).toBe(JSON.stringify({ sql: "WHERE slug = ? AND name = ?", args: ["Naam", 'a "quoted" slug'], limit: 1 }));
  });
});

/**
 * A stand-in for the compiler: values become bound arguments; a placeholder stays one. Only the
 * pure cache logic is tested with it; the real compiler is below.
 */
function fakeCompiler(options: { inlineValues?: boolean; refusePlaceholders?: boolean } = {}) {
  let compiled = 0;
  const compile = (text: string) => {
    compiled++;
    const { query: q } = JSON.parse(text) as { query: { arguments: { where: Record<string, unknown> } } };
    const [[field, value]] = Object.entries(q.arguments.where) as [string, Json][];
    const placeholder = typeof value === "object" && value !== null && !Array.isArray(value) && "$type" in value ? { value: String(value.value) } : null;
    if (placeholder && options.refusePlaceholders) throw new Error("placeholder not allowed here");
    if (typeof value === "number") throw new Error(`Argument \`${field}\`: Invalid value provided. Expected String, provided Int.`);
    const arg = placeholder ? param(placeholder.value) : value;
    return options.inlineValues && !placeholder ? { sql: `WHERE ${field} = '${String(value)}'`, args: [] } : { sql: `WHERE ${field} = ?`, args: [arg] };
  };
  return { compile, compiled: () => compiled };
}

describe("the cache in front of a compiler", () => {
  it("compiles a shape once (with and without placeholders) and fills the kept plan afterwards", () => {
    const compiler = fakeCompiler();
    const cache = cachedCompile(compiler.compile);
    expect(cache.compile(JSON.stringify(query({ where: { slug: "a" } })))).toEqual({ sql: "WHERE slug = ?", args: ["a"] });
    expect(compiler.compiled()).toBe(2);
    expect(cache.compile(JSON.stringify(query({ where: { slug: "b" } })))).toEqual({ sql: "WHERE slug = ?", args: ["b"] });
    expect(cache.compile(JSON.stringify(query({ where: { name: "c" } })))).toEqual({ sql: "WHERE name = ?", args: ["c"] });
    expect(compiler.compiled()).toBe(4);
    expect(cache.stats()).toEqual({ hits: 1, misses: 2, uncacheable: 0, shapes: 2 });
  });

  it("compiles every time a shape whose plan is more than its values in their places", () => {
    const inlining = fakeCompiler({ inlineValues: true });
    const cache = cachedCompile(inlining.compile);
    cache.compile(JSON.stringify(query({ where: { slug: "a" } })));
    expect(cache.compile(JSON.stringify(query({ where: { slug: "b" } })))).toEqual({ sql: "WHERE slug = 'b'", args: [] });
    expect(cache.stats()).toMatchObject({ hits: 0, uncacheable: 1 });

    const refusing = cachedCompile(fakeCompiler({ refusePlaceholders: true }).compile);
    refusing.compile(JSON.stringify(query({ where: { slug: "a" } })));
    expect(refusing.compile(JSON.stringify(query({ where: { slug: "b" } })))).toEqual({ sql: "WHERE slug = ?", args: ["b"] });
    expect(refusing.stats()).toMatchObject({ hits: 0, uncacheable: 1 });
  });

  it("passes the compiler's refusal of a query on unchanged, every time", () => {
    const cache = cachedCompile(fakeCompiler().compile);
    for (let i = 0; i < 2; i++) expect(() => cache.compile(JSON.stringify(query({ where: { slug: 1 } })))).toThrow("Expected String, provided Int");
  });

  it("keeps at most the number of shapes it is given, the oldest going first", () => {
    const compiler = fakeCompiler();
    const cache = cachedCompile(compiler.compile, undefined, 2);
    for (const field of ["a", "b", "c"]) cache.compile(JSON.stringify(query({ where: { [field]: "x" } })));
    expect(cache.stats().shapes).toBe(2);
    cache.compile(JSON.stringify(query({ where: { c: "y" } })));
    cache.compile(JSON.stringify(query({ where: { a: "y" } })));
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 4 });
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
    for (const [slug, name] of [["noord", "Noord"], ["zuid", "Zuid"], ["oost", "Oost"]]) await db.municipality.create({ data: { slug, name } });
    await db.municipality.update({ where: { slug: "zuid" }, data: { name: "Zuid-Oost", requireAdminTwoFactor: false } });
    expect((await db.municipality.findUnique({ where: { slug: "noord" } }))?.name).toBe("Noord");
    expect((await db.municipality.findUnique({ where: { slug: "zuid" } }))?.name).toBe("Zuid-Oost");
    expect(await db.municipality.count({ where: { requireAdminTwoFactor: true } })).toBe(2);
    expect(await db.municipality.count({ where: { requireAdminTwoFactor: false } })).toBe(1);
    const first = await db.municipality.findUniqueOrThrow({ where: { slug: "noord" } });
    const later = new Date(first.createdAt.getTime() + 60_000);
    expect(await db.municipality.count({ where: { createdAt: { lt: first.createdAt } } })).toBe(0);
    expect(await db.municipality.count({ where: { createdAt: { lt: later } } })).toBe(3);
    // Lists stay in the shape: two lists, two plans, each with its own rows.
    expect((await db.municipality.findMany({ where: { slug: { in: ["noord", "oost"] } }, orderBy: { slug: "asc" } })).map((m) => m.slug)).toEqual(["noord", "oost"]);
    expect((await db.municipality.findMany({ where: { slug: { in: ["zuid"] } } })).map((m) => m.slug)).toEqual(["zuid"]);
    const after = planCacheStats();
    // Repeated shapes: the second and third create, the second findUnique, the second count of
    // each kind. Each of them came from the cache.
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(5);
    expect(after.uncacheable - before.uncacheable).toBe(0);

    // The compiler types an integer placeholder otherwise than an integer it is given (int, not
    // bigint as text), so a shape with an integer is compiled every time, with its own values.
    for (const year of [2025, 2026]) {
      await db.assessment.create({ data: { municipalityId: first.id, channelId: "facebook", year, frameworkVersions: "{}", catalogueVersion: "1", createdById: "plan-cache-test" } });
    }
    for (const year of [2025, 2026]) {
      const found = await db.assessment.findUniqueOrThrow({ where: { municipalityId_channelId_year: { municipalityId: first.id, channelId: "facebook", year } } });
      expect(found.year).toBe(year);
      await db.assessment.update({ where: { id: found.id }, data: { reviewRound: year - 2020 } });
    }
    expect((await db.assessment.findMany({ where: { reviewRound: 6 } })).map((assessment) => assessment.year)).toEqual([2026]);
    expect(planCacheStats().uncacheable - after.uncacheable).toBeGreaterThan(0);
  });
});
