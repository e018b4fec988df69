/**
 * The standing security suite for server actions, on a temporary copy of the demo data:
 * - the action matrix: every server action in the code, called as anonymous, as a member of
 *   another municipality and as each role, against the permission table; a refusal writes
 *   nothing but its audit entry; another municipality's ids are not found;
 * - a bounded, seeded fuzz of every action's input and of the import files: no server error,
 *   nothing written on refusal, every refusal translated.
 *
 * The actions run as they do in the app, with only what Next.js supplies per request replaced:
 * the signed-in person (getSessionUser), the request headers and the cache revalidation.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, type Role } from "@/lib/auth/permissions";
import { actionMatrix, idsOf, type ActionSpec, type Fixtures, type TenantFixtures } from "./support/action-matrix";
import { migrateTestDb } from "@/tests/test-db";
import { discoverServerActions } from "./support/discover";
import { mutate, randomString, randomValue, seeded, type Random } from "./support/random";
import { auditSince, describeInput, mark, trackWrites, untranslatedRefusal, writesSince, type AuditRow } from "./support/world";

const signedIn = vi.hoisted(() => {
  // The app's database client reads DATABASE_URL when first imported: point it at a throwaway file.
  const dir = require("node:fs").mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "afk-security-"));
  process.env.DATABASE_URL = `file:${dir}/security.db`;
  process.env.BETTER_AUTH_SECRET ??= "security-suite-secret-security-suite-0123";
  delete process.env.SMTP_URL;
  return { dir, user: null as SessionUser | null };
});

vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionUser: async () => signedIn.user,
}));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    headers: async () => new Headers({ "user-agent": "security-suite" }),
    cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), set: (name: string, value: string) => void jar.set(name, value), delete: (name: string) => void jar.delete(name) }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: async ({ locale, namespace }: { locale: "nl" | "en"; namespace?: string }) =>
      createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as never }),
  };
});

type Caller = "anonymous" | "outsider" | Role;
const callers: Caller[] = ["anonymous", "outsider", "council", "advisor", "privacy", "ciso", "admin"];
const modules = import.meta.glob<Record<string, unknown>>(["/lib/**/actions.ts", "/app/**/actions.ts"]);

let db: PrismaClient;
let fixtures: Fixtures;
const people = new Map<Caller, SessionUser>();

type Outcome = { kind: "result"; value: unknown } | { kind: "redirect" } | { kind: "threw"; error: unknown };
type Call = { outcome: Outcome; changed: string[]; audit: AuditRow[] };

function isRedirect(error: unknown) {
  return typeof error === "object" && error !== null && String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT");
}

async function actionFunction(file: string, name: string) {
  const load = modules[`/${file}`];
  if (!load) throw new Error(`${file} is not loaded by the suite's glob`);
  const fn = (await load())[name];
  if (typeof fn !== "function") throw new Error(`${file} does not export a function ${name}`);
  return fn as (input: unknown) => Promise<unknown>;
}

/** Calls an action as someone and records what it answered and wrote. */
async function call(fn: (input: unknown) => Promise<unknown>, caller: Caller, input: unknown): Promise<Call> {
  signedIn.user = caller === "anonymous" ? null : people.get(caller)!;
  const before = await mark(db);
  let outcome: Outcome;
  try {
    outcome = { kind: "result", value: await fn(input) };
  } catch (error) {
    outcome = isRedirect(error) ? { kind: "redirect" } : { kind: "threw", error };
  }
  return { outcome, changed: await writesSince(db, before), audit: await auditSince(db, before) };
}

type Refusal = { ok: false; code: string; fieldErrors?: Record<string, string> };
function refusalOf(outcome: Outcome): Refusal | null {
  if (outcome.kind !== "result") return null;
  const value = outcome.value as { ok?: boolean } | undefined;
  return value && value.ok === false ? (value as Refusal) : null;
}

/** What must hold for every call, whatever the input: no crash, no server error, a refusal is translated and writes nothing but audit entries. */
function expectSound(label: string, spec: ActionSpec, result: Call) {
  if (result.outcome.kind === "threw") throw new Error(`${label} threw: ${String(result.outcome.error)}`);
  const refusal = refusalOf(result.outcome);
  if (!refusal) return;
  expect(refusal.code, `${label}: answered server_error`).not.toBe("server_error");
  expect(untranslatedRefusal(refusal, spec.permission === "anyone" ? spec.ownCodes : undefined), label).toBeNull();
  expect(result.changed, `${label}: refused (${refusal.code}) but wrote to`).toEqual([]);
  expect(result.audit.filter((entry) => entry.result !== "refused"), `${label}: refused but audited as done`).toEqual([]);
}

async function tenantFixtures(slug: string): Promise<TenantFixtures> {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { slug } });
  const assessment = await db.assessment.findFirstOrThrow({
    where: { municipalityId: municipality.id, risks: { some: {} }, comments: { some: {} } },
    include: { risks: { take: 1 }, comments: { take: 1 } },
  });
  const [risk, comment] = [assessment.risks[0], assessment.comments[0]];
  const advisor = await db.membership.findFirstOrThrow({ where: { municipalityId: municipality.id, role: "advisor" } });
  const versions = await db.policyVersion.findMany({ where: { municipalityId: municipality.id }, orderBy: { year: "desc" } });
  const draftYear = versions.find((version) => version.status === "draft")?.year ?? new Date().getFullYear();
  const adoptedYear = versions.find((version) => version.status === "adopted")?.year ?? draftYear - 1;
  const evaluation = await db.evaluation.findFirst({ where: { municipalityId: municipality.id }, orderBy: { status: "asc" } });
  return { slug, assessmentId: risk.assessmentId, riskId: risk.id, commentId: comment.id, advisorId: advisor.userId, draftYear, adoptedYear, evaluationId: evaluation?.id ?? `no-evaluation-${slug}` };
}

beforeAll(async () => {
  migrateTestDb(process.env.DATABASE_URL!.slice("file:".length));

  db = (await import("@/lib/db")).db;
  const { seedDemo } = await import("@/lib/demo/seed");
  const { seedDemoAssessments } = await import("@/lib/demo/assessments");
  const { DIMENSION_IDS } = await import("@/lib/scoring/schema");
  const { todayInNL } = await import("@/lib/catalogue/schema");
  const demo = await seedDemo(db);

  // The other municipality gets assessments, risks and a comment of its own, so its ids exist.
  const rivierdal = demo.municipalities.get("rivierdal")!;
  const rivierdalAdvisor = demo.people.get("advies@rivierdal.nl")!;
  await seedDemoAssessments(db, { municipalityId: rivierdal, advisorId: rivierdalAdvisor, year: demo.year });
  const rivierdalRisk = await db.risk.findFirstOrThrow({ where: { assessment: { municipalityId: rivierdal } } });
  await db.comment.create({ data: { assessmentId: rivierdalRisk.assessmentId, authorId: rivierdalAdvisor, section: "privacy", body: "Rivierdal: interne opmerking" } });

  fixtures = { a: await tenantFixtures("voorbeeldstad"), b: await tenantFixtures("rivierdal"), today: todayInNL(), dimensionIds: DIMENSION_IDS };
  const person = async (email: string): Promise<SessionUser> => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    // Signed in as each would be in use: administrators with the second factor they must have.
    return { id: user.id, name: user.name, email: user.email, twoFactorEnabled: true, twoFactorSetupRequired: false };
  };
  people.set("outsider", await person("beheer@rivierdal.nl"));
  people.set("council", await person("raad@voorbeeldstad.nl"));
  people.set("advisor", await person("advies@voorbeeldstad.nl"));
  people.set("privacy", await person("privacy@voorbeeldstad.nl"));
  people.set("ciso", await person("ciso@voorbeeldstad.nl"));
  people.set("admin", await person("beheer@voorbeeldstad.nl"));
  await trackWrites(db);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(signedIn.dir, { recursive: true, force: true });
});

const discovered = discoverServerActions();

describe("action matrix", () => {
  it("covers every server action in the code, and only those", () => {
    expect(discovered.inline, "inline \"use server\" functions cannot be reached by the suite: move them to lib/<domain>/actions.ts").toEqual([]);
    expect(discovered.actions.map((action) => action.name).sort()).toEqual(Object.keys(actionMatrix).sort());
  });

  it.each(discovered.actions.map((action) => [action.name, action.file] as const))(
    "%s answers each caller as the permission table says",
    async (name, file) => {
      const spec = actionMatrix[name];
      expect(spec, `${name} (${file}) is missing from tests/security/support/action-matrix.ts`).toBeDefined();
      const fn = await actionFunction(file, name);
      for (const caller of callers) {
        const label = `${name} as ${caller}`;
        const result = await call(fn, caller, spec.input(fixtures));
        expectSound(label, spec, result);
        if (spec.permission === "anyone") {
          // Own-account actions with a wrong password or unknown token: refused or harmless, never a change of data.
          expect(result.changed, `${label} wrote to`).toEqual([]);
          continue;
        }
        const refusal = refusalOf(result.outcome);
        const permissionRefusals = result.audit.filter((entry) => entry.reason === `missing_permission:${spec.permission}`);
        if (caller === "anonymous") {
          expect(refusal?.code, label).toBe("unauthenticated");
          expect(result.audit, `${label}: nobody to audit`).toEqual([]);
        } else if (caller === "outsider") {
          expect(refusal?.code, label).toBe("not_found");
          expect(result.audit.map((entry) => entry.reason), label).toEqual(["not_member"]);
        } else if (!can([caller], spec.permission)) {
          expect(refusal?.code, label).toBe("forbidden");
          expect(result.audit.map((entry) => entry.reason), label).toEqual([`missing_permission:${spec.permission}`]);
        } else {
          // Allowed: done, or refused by the domain (a state, a version, a section that is another role's).
          expect(refusal?.code ?? "ok", label).not.toBe("unauthenticated");
          expect(permissionRefusals, label).toEqual([]);
          expect(result.audit.filter((entry) => entry.reason === "not_member"), label).toEqual([]);
          if (!refusal) expect(result.audit.filter((entry) => entry.result === "success").length, `${label}: a change without audit entry`).toBeGreaterThan(0);
        }
      }
    },
    120_000,
  );

  it.each(discovered.actions.map((action) => [action.name, action.file] as const).filter(([name]) => actionMatrix[name]?.permission !== "anyone"))(
    "%s does not find another municipality's ids",
    async (name, file) => {
      const spec = actionMatrix[name];
      if (spec.permission === "anyone") return;
      const input = spec.input(fixtures);
      const ownIds = idsOf(fixtures.a);
      const otherIds = idsOf(fixtures.b);
      const carried = Object.entries(input).filter(([, value]) => ownIds.includes(value as string));
      if (carried.length === 0) return; // The input names no record, only the municipality and a year.
      const foreign = Object.fromEntries(Object.entries(input).map(([key, value]) => [key, ownIds.includes(value as string) ? otherIds[ownIds.indexOf(value as string)] : value]));
      const caller = (["admin", "advisor", "privacy", "ciso"] as const).find((role) => can([role], spec.permission))!;
      const result = await call(await actionFunction(file, name), caller, foreign);
      expectSound(`${name} with ${carried.map(([key]) => key).join(", ")} of another municipality`, spec, result);
      expect(refusalOf(result.outcome)?.code, name).toBe("not_found");
    },
    60_000,
  );
});

describe("second factor required", () => {
  it.each(discovered.actions.map((action) => [action.name, action.file] as const).filter(([name]) => actionMatrix[name]?.permission !== "anyone"))(
    "%s refuses an administrator who has not yet set up the second factor the municipality requires",
    async (name, file) => {
      const spec = actionMatrix[name];
      const admin = people.get("admin")!;
      people.set("admin", { ...admin, twoFactorEnabled: false, twoFactorSetupRequired: true });
      try {
        const result = await call(await actionFunction(file, name), "admin", spec.input(fixtures));
        expectSound(`${name} before the second factor`, spec, result);
        expect(refusalOf(result.outcome)?.code, name).toBe("forbidden");
        expect(result.audit.map((entry) => entry.reason), name).toEqual(["two_factor_required"]);
      } finally {
        people.set("admin", admin);
      }
    },
    60_000,
  );
});

/** The caller of a fuzz: someone the action lets through to validation and beyond. */
function fuzzCaller(spec: ActionSpec): Caller {
  if (spec.permission === "anyone") return "advisor";
  return (["admin", "advisor", "privacy", "ciso", "council"] as const).find((role) => can([role], spec.permission))!;
}

const ACTION_SEED = 1_203_2026;

/** A form as the language switcher's action receives it, with a random value. */
function randomForm(random: Random) {
  const form = new FormData();
  form.set(random.pick(["locale", "x"]), randomString(random));
  return form;
}
const INPUTS_PER_ACTION = 6;

describe("bad input", () => {
  it.each(discovered.actions.map((action) => [action.name, action.file] as const))(
    "%s: seeded random inputs never give a server error, and a refusal writes nothing and is translated",
    async (name, file) => {
      const spec = actionMatrix[name];
      expect(spec, `${name} (${file}) is missing from tests/security/support/action-matrix.ts`).toBeDefined();
      const fn = await actionFunction(file, name);
      const random = seeded(ACTION_SEED + name.length * 7919 + name.charCodeAt(0));
      const valid = spec.input(fixtures);
      for (let run = 0; run < INPUTS_PER_ACTION; run++) {
        const input = valid instanceof FormData ? randomForm(random) : mutate(random, (valid ?? {}) as Record<string, unknown>);
        const caller = random.chance(0.2) ? "anonymous" : fuzzCaller(spec);
        expectSound(`${name} (seed ${ACTION_SEED}, run ${run}) as ${caller} with ${describeInput(input)}`, spec, await call(fn, caller, input));
      }
    },
    120_000,
  );

  it("import files: seeded mangled exports, random bytes and fake PDFs never give a server error, and a refused file writes nothing", async () => {
    const { exportAssessment, policyExportOf } = await import("@/lib/policy/export-import");
    const fn = await actionFunction("lib/policy/actions.ts", "importFileAction");
    const spec = actionMatrix.importFileAction;
    const municipality = await db.municipality.findUniqueOrThrow({ where: { slug: fixtures.b.slug } });
    const assessmentFile = await exportAssessment(db, municipality.id, fixtures.b.assessmentId, new Date());
    const own = await db.municipality.findUniqueOrThrow({ where: { slug: fixtures.a.slug } });
    const adopted = await db.policyVersion.findFirstOrThrow({ where: { municipalityId: own.id, status: "adopted" } });
    const policyFile = policyExportOf(fixtures.a.slug, adopted, adopted.snapshotJson ? JSON.parse(adopted.snapshotJson) : null, adopted.snapshotHash, new Date());
    const random = seeded(ACTION_SEED + 1);

    /** Replaces one value somewhere in the file by a random one. */
    function mangle(value: unknown, depth = 0): unknown {
      if (Array.isArray(value)) {
        if (value.length === 0 || random.chance(0.15)) return randomValue(random);
        const copy = [...value];
        const index = random.int(copy.length);
        copy[index] = mangle(copy[index], depth + 1);
        return copy;
      }
      if (value && typeof value === "object") {
        const keys = Object.keys(value);
        if (keys.length === 0 || random.chance(0.15)) return randomValue(random);
        const key = random.pick(keys);
        return { ...value, [key]: mangle((value as Record<string, unknown>)[key], depth + 1) };
      }
      return randomValue(random);
    }
    const jsonOf = (value: unknown) => JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? Number(item) : item instanceof Map || item instanceof Set ? [...item] : item));
    const bytes = (length: number) => Buffer.from(Array.from({ length }, () => random.int(256)));

    const files: { content: string; encoding: "text" | "base64"; fileName: string }[] = [];
    for (let run = 0; run < 24; run++) {
      const base = random.pick([assessmentFile, policyFile]);
      const kind = random.int(6);
      if (kind <= 1) files.push({ content: jsonOf(mangle(base)), encoding: "text", fileName: "gewijzigd.json" });
      else if (kind === 2) {
        const text = jsonOf(base);
        files.push({ content: text.slice(0, random.int(text.length)), encoding: "text", fileName: "afgebroken.json" });
      } else if (kind === 3) files.push({ content: bytes(random.int(4_000)).toString("base64"), encoding: "base64", fileName: "ruis.pdf" });
      else if (kind === 4) files.push({ content: Buffer.from(`%PDF-1.7\n${bytes(random.int(3_000)).toString("latin1")}\n%%EOF`, "latin1").toString("base64"), encoding: "base64", fileName: "nep.pdf" });
      else files.push({ content: `${"[".repeat(2_000 + random.int(3_000))}1${"]".repeat(random.int(5_000))}`, encoding: "text", fileName: "diep.json" });
    }
    for (const [index, file] of files.entries()) {
      const caller = random.pick(["admin", "advisor"] as const);
      const result = await call(fn, caller, { municipalitySlug: fixtures.a.slug, ...file });
      expectSound(`import ${index} (${file.fileName}, seed ${ACTION_SEED + 1}) as ${caller}`, spec, result);
    }
  }, 180_000);
});
