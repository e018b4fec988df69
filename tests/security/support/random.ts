/**
 * A small seeded random source for the bounded fuzz tests. fast-check would do this and shrink
 * failures, but it is not a dependency of the project and adding one for a few generators is not
 * worth it; a seed printed with every failure repeats the case just as well.
 */
export type Random = ReturnType<typeof seeded>;

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}

/** Strings that have broken parsers, renderers, URLs or databases before. */
export const nastyStrings = [
  "",
  " ",
  "\u0000",
  "\t\r\n",
  "%",
  "%ff%fe",
  "%00",
  "%2e%2e%2f",
  "../../etc/passwd",
  "..\\..\\",
  "//evil.example",
  "javascript:alert(1)",
  "<script>alert(1)</script>",
  "\"'><img src=x onerror=alert(1)>",
  "=cmd|' /C calc'!A0",
  "'; DROP TABLE user; --",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "9007199254740993",
  "2026-02-30",
  "0000-00-00",
  "ü̈̈̈̈̈̈̈̈",
  "👩‍👩‍👧‍👦",
  "\u202eevil",
  "\ud800",
  "\uffff",
  "ＡＢＣ",
  "voorbeeldstad",
  "rivierdal",
] as const;

/** A random string: a nasty one, random code points, or a long run. */
export function randomString(random: Random): string {
  switch (random.int(4)) {
    case 0:
      return random.pick(nastyStrings);
    case 1:
      return Array.from({ length: random.int(40) }, () => String.fromCodePoint(random.pick([random.int(0x80), random.int(0x3000), 0x10000 + random.int(0x1000)]))).join("");
    case 2:
      return random.pick(["a", "%", "\n", "é", "<"]).repeat(random.pick([200, 1_001, 5_000, 25_000]));
    default:
      return random.pick(nastyStrings) + Array.from({ length: random.int(8) }, () => String.fromCharCode(33 + random.int(94))).join("");
  }
}

/** A random JSON-ish value of any type, nested a little. */
export function randomValue(random: Random, depth = 0): unknown {
  const kind = random.int(depth > 2 ? 7 : 10);
  switch (kind) {
    case 0:
      return randomString(random);
    case 1:
      return random.pick([0, -1, 1.5, 2026, 1e21, Number.MAX_SAFE_INTEGER, -0, Number.NaN, Number.POSITIVE_INFINITY]);
    case 2:
      return random.chance(0.5);
    case 3:
      return null;
    case 4:
      return undefined;
    case 5:
      // Types React's action transport can deliver besides JSON.
      return random.pick([BigInt(1), new Date(Number.NaN), new Map([["a", 1]]), new Set([1])]);
    case 6:
      return "";
    case 7:
      return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
    case 8:
      return Object.fromEntries(Array.from({ length: random.int(4) }, () => [randomString(random).slice(0, 30), randomValue(random, depth + 1)]));
    default:
      return JSON.parse('{"__proto__": {"polluted": true}}');
  }
}

/**
 * One mutation of a valid input: a field dropped, replaced by a random value, or garbage added.
 * Inputs stay objects most of the time, so validation of single fields is reached.
 */
export function mutate(random: Random, valid: Record<string, unknown>): unknown {
  if (random.chance(0.05)) return randomValue(random);
  const input: Record<string, unknown> = { ...valid };
  const keys = Object.keys(input);
  const changes = 1 + random.int(3);
  for (let change = 0; change < changes; change++) {
    const key = random.pick(keys);
    const action = random.int(5);
    if (action === 0) delete input[key];
    else if (action === 1) input[randomString(random).slice(0, 20) || "extra"] = randomValue(random);
    else if (action === 2 && typeof input[key] === "string") input[key] = `${input[key] as string}${randomString(random)}`;
    else input[key] = randomValue(random);
  }
  return input;
}
