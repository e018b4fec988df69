import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser } from "@playwright/test";
import { can, type Permission } from "../lib/auth/permissions";
import { ensureUser } from "../lib/demo/people";
import { discoverRoutes } from "../tests/security/support/discover";
import { randomString, seeded, type Random } from "../tests/security/support/random";
import { createTenant, db, testPassword } from "./support/db";
import { expect, signIn, test } from "./support/fixtures";

/**
 * The route matrix of the security suite (issue 12): every page and route handler under app/,
 * found from the file tree, requested as anonymous, as a member of another municipality and as a
 * council member; then a bounded, seeded fuzz of every route's path and query. The data is the
 * demo's Voorbeeldstad (seeded into the e2e database), read only; the callers are made here.
 */

type Access = "public" | "signed-in" | "sign-in" | Permission;

/** Who may request each route; a route missing here fails the first test. */
const routeAccess: Record<string, Access> = {
  "/": "signed-in",
  "/account": "signed-in",
  "/account/two-factor": "signed-in",
  "/sign-in": "sign-in",
  "/sign-in/two-factor": "sign-in",
  "/frameworks": "public",
  "/frameworks/[id]": "public",
  "/method": "public",
  "/channels": "public",
  "/channels/[channelId]": "public",
  "/invite/[token]": "public",
  "/p/[slug]": "public",
  "/p/[slug]/[year]": "public",
  "/api/auth/[...all]": "public",
  "/api/frameworks": "public",
  "/api/frameworks/[id]": "public",
  "/api/health": "public",
  "/api/platforms": "public",
  "/api/public/[slug]/policies/[year]/html": "public",
  "/api/public/[slug]/policies/[year]/json": "public",
  "/api/public/[slug]/policies/[year]/pdf": "public",
  "/m/[slug]": "municipality.read",
  "/m/[slug]/admin/audit": "audit.read",
  "/m/[slug]/admin/audit/export": "audit.read",
  "/m/[slug]/admin/members": "members.manage",
  "/m/[slug]/admin/outbox": "outbox.read",
  "/m/[slug]/admin/peers": "peers.manage",
  "/m/[slug]/admin/settings": "settings.edit",
  "/m/[slug]/assessments": "assessment.read",
  "/m/[slug]/assessments/new": "assessment.create",
  "/m/[slug]/assessments/[id]": "assessment.read",
  "/m/[slug]/assessments/[id]/[step]": "assessment.read",
  "/m/[slug]/assessments/[id]/export": "assessment.read",
  "/m/[slug]/assessments/[id]/review": "assessment.read",
  "/m/[slug]/assessments/[id]/review/[section]": "assessment.read",
  "/m/[slug]/assessments/[id]/transparency": "assessment.read",
  "/m/[slug]/catalogue": "municipality.read",
  "/m/[slug]/catalogue/[channelId]": "municipality.read",
  "/m/[slug]/compare": "assessment.read",
  "/m/[slug]/evaluations": "evaluation.read",
  "/m/[slug]/evaluations/[id]": "evaluation.read",
  "/m/[slug]/policy": "policy.read",
  "/m/[slug]/policy/compare": "policy.read",
  "/m/[slug]/policy/import": "policy.import",
  "/m/[slug]/policy/[year]": "policy.read",
  "/m/[slug]/policy/[year]/changes": "policy.read",
  "/m/[slug]/policy/[year]/document": "policy.read",
  "/m/[slug]/policy/[year]/json": "policy.read",
  "/m/[slug]/policy/[year]/pdf": "policy.read",
  "/m/[slug]/risks": "assessment.read",
  "/m/[slug]/risks/sections": "settings.edit",
};

const routes = discoverRoutes();
type Caller = "anonymous" | "outsider" | "council";

type World = {
  params: Record<string, string>;
  callers: Record<Caller, APIRequestContext>;
  /** Text of Voorbeeldstad that only its members may see. */
  ownSecrets: string[];
  /** Text of the outsider's municipality, which nobody in Voorbeeldstad may see. */
  otherSecrets: string[];
  /** Where the start page sends each signed-in caller: the dashboard of their one municipality. */
  dashboards: Record<Exclude<Caller, "anonymous">, string>;
};

async function signedInRequest(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await page.close();
  return context.request;
}

async function setUp(browser: Browser, playwright: { request: { newContext(options?: object): Promise<APIRequestContext> } }): Promise<World> {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { slug: "voorbeeldstad" } });
  const published = await db.policyVersion.findFirstOrThrow({ where: { municipalityId: municipality.id, status: "adopted", publishedAt: { not: null } } });
  const assessment = await db.assessment.findFirstOrThrow({ where: { municipalityId: municipality.id } });
  const evaluation = await db.evaluation.findFirstOrThrow({ where: { municipalityId: municipality.id } });
  const key = randomUUID().slice(0, 8);
  // A comment is never public: its text may appear only to Voorbeeldstad's own members.
  const secretComment = `Vertrouwelijke opmerking ${key}`;
  const author = await db.membership.findFirstOrThrow({ where: { municipalityId: municipality.id, role: "advisor" } });
  await db.comment.create({ data: { assessmentId: assessment.id, authorId: author.userId, section: "privacy", body: secretComment } });
  const councilEmail = `raad-${key}@test.example`;
  await ensureUser(db, { email: councilEmail, name: `Raadslid ${key}`, password: testPassword, memberships: [{ municipalityId: municipality.id, roles: ["council"] }] });
  const other = await createTenant(["admin"]);
  return {
    params: {
      slug: municipality.slug,
      year: String(published.year),
      id: assessment.id,
      evaluationId: evaluation.id,
      step: "goals",
      section: "privacy",
      channelId: "facebook",
      token: `bestaat-niet-${"x".repeat(30)}`,
      "...all": "get-session",
    },
    callers: {
      anonymous: await playwright.request.newContext({ baseURL: test.info().project.use.baseURL }),
      outsider: await signedInRequest(browser, other.people.admin.email),
      council: await signedInRequest(browser, councilEmail),
    },
    ownSecrets: [secretComment, councilEmail],
    otherSecrets: [other.municipality.name, other.municipality.slug, other.people.admin.email],
    dashboards: { outsider: `/m/${other.municipality.slug}`, council: `/m/${municipality.slug}` },
  };
}

/** The URL of a route pattern with the world's values (the framework id for the frameworks routes, an evaluation's for evaluations). */
function urlOf(pattern: string, params: Record<string, string>) {
  return pattern.replace(/\[([^\]]+)\]/g, (_match, name: string) => {
    if (name === "id" && pattern.includes("frameworks")) return "vng-afwegingskader";
    if (name === "id" && pattern.includes("/evaluations/")) return params.evaluationId;
    return params[name];
  });
}

/**
 * A GET that tries again when the server closed an idle keep-alive connection just as the request
 * went out (ECONNRESET): that request was never answered, so it says nothing about the route.
 */
async function get(context: APIRequestContext, url: string, options: { maxRedirects?: number } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await context.get(url, options);
    } catch (error) {
      if (attempt >= 3 || !/ECONNRESET|socket hang up/.test(String(error))) throw error;
    }
  }
}

type Expected = { status: number; landsOn?: string };

function expected(pattern: string, caller: Caller): Expected {
  const access = routeAccess[pattern];
  const handler = routes.find((route) => route.pattern === pattern)?.kind === "route";
  if (access === "public") return { status: 200 };
  if (access === "sign-in") return { status: 200, landsOn: caller === "anonymous" ? "/sign-in" : world.dashboards[caller] };
  if (caller === "anonymous") return handler ? { status: 401 } : { status: 200, landsOn: "/sign-in" };
  if (access === "signed-in") return { status: 200, landsOn: pattern === "/" ? world.dashboards[caller] : pattern };
  if (caller === "outsider") return { status: 404 };
  return { status: can(["council"], access) ? 200 : 403 };
}

test.describe.configure({ mode: "serial" });

let world: World;
test.beforeAll(async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  world = await setUp(browser, playwright);
});

test("every page and route handler is in the route matrix", () => {
  expect(routes.map((route) => route.pattern).sort()).toEqual(Object.keys(routeAccess).sort());
});

test("each route answers anonymous, another municipality's member and a council member as expected, without another municipality's data", async () => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  for (const route of routes) {
    const url = urlOf(route.pattern, world.params);
    for (const caller of ["anonymous", "outsider", "council"] as const) {
      const response = await get(world.callers[caller], url);
      const want = expected(route.pattern, caller);
      const body = await response.text();
      const landed = new URL(response.url()).pathname;
      if (response.status() !== want.status) failures.push(`${caller} ${url}: ${response.status()}, expected ${want.status}`);
      if (want.landsOn && landed !== want.landsOn) failures.push(`${caller} ${url}: landed on ${landed}, expected ${want.landsOn}`);
      const secrets = caller === "council" ? world.otherSecrets : [...world.ownSecrets, ...world.otherSecrets.filter(() => caller === "anonymous")];
      for (const secret of secrets) if (body.includes(secret)) failures.push(`${caller} ${url}: body shows "${secret}"`);
    }
  }
  expect(failures).toEqual([]);
});

/** Percent-encodes the UTF-8 bytes of any string; a lone surrogate becomes U+FFFD, as a browser sends it. */
function encode(text: string): string {
  return [...Buffer.from(text, "utf8")].map((byte) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
}

/** Path segments and query values that have broken routers, decoders and redirects before. */
function fuzzSegment(random: Random): string {
  switch (random.int(5)) {
    case 0:
      return random.pick(["%ff%fe", "%", "%E0%A4%A", "%00", "%0a", "%2e%2e", "..%2f..%2f", "%5c", "%252F", "%C0%AF", "%u0041"]);
    case 1:
      return encode(randomString(random)).slice(0, 3_000);
    case 2:
      return random.pick(["0", "-1", "99999", "2025.5", "1e3", "null", "undefined", "__proto__", "constructor", "voorbeeldstad", "rivierdal"]);
    case 3:
      return "a".repeat(random.pick([256, 1_024, 4_000]));
    default:
      return encode(randomString(random).slice(0, 50)) || "x";
  }
}

function fuzzQuery(random: Random): string {
  const keys = ["next", "page", "year", "version", "from", "to", "q", "action", "result", "locale", "signedOut", randomString(random).slice(0, 10)];
  const pairs = Array.from({ length: 1 + random.int(3) }, () => `${encode(random.pick(keys))}=${random.chance(0.5) ? fuzzSegment(random) : encode(randomString(random).slice(0, 200))}`);
  return `?${pairs.join("&")}`;
}

const FUZZ_SEED = 20_261_203;
const VARIANTS_PER_ROUTE = 3;

test("a seeded fuzz of every route's path and query answers no 5xx, and a refused page is the translated one", async () => {
  test.setTimeout(420_000);
  const random = seeded(FUZZ_SEED);
  const failures: string[] = [];
  for (const route of routes) {
    for (let variant = 0; variant < VARIANTS_PER_ROUTE; variant++) {
      const params = Object.fromEntries(Object.entries(world.params).map(([name, value]) => [name, random.chance(0.6) ? fuzzSegment(random) : value]));
      const path = urlOf(route.pattern, params);
      const url = random.chance(0.7) ? `${path}${fuzzQuery(random)}` : path;
      const caller = random.pick(["anonymous", "council"] as const);
      const response = await get(world.callers[caller], url, { maxRedirects: 5 });
      const type = response.headers()["content-type"] ?? "";
      if (response.status() >= 500) failures.push(`${caller} ${url.slice(0, 300)}: ${response.status()} (seed ${FUZZ_SEED})`);
      else if (response.status() === 404 && type.includes("text/html") && !(await response.text()).includes("Pagina niet gevonden")) {
        failures.push(`${caller} ${url.slice(0, 300)}: 404 without the translated page`);
      }
    }
  }
  expect(failures).toEqual([]);
});

test("a path with broken percent-encoding answers 404 with the translated page, for every route shape", async () => {
  const failures: string[] = [];
  for (const route of routes) {
    const segments = urlOf(route.pattern, world.params).split("/");
    const url = segments.length > 1 ? [...segments.slice(0, -1), "%ff%fe"].join("/") : "/%ff%fe";
    const response = await get(world.callers.anonymous, url === "/" ? "/%ff%fe" : url, { maxRedirects: 0 });
    const isApi = url.startsWith("/api/");
    if (response.status() !== 404) failures.push(`${url}: ${response.status()}`);
    else if (isApi ? (await response.json()).error !== "not_found" : !(await response.text()).includes("Pagina niet gevonden")) failures.push(`${url}: not the translated 404`);
  }
  expect(failures).toEqual([]);
});
