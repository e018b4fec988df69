import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";

/**
 * What a signed-in request reads of the person's memberships (one statement, lib/municipalities/
 * queries.ts): their roles in the municipality they open, whether they must use a second factor,
 * the municipality's settings and the list of their municipalities.
 */
describe("a person's memberships", () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let queries: typeof import("./queries");
  let twoFactor: typeof import("@/lib/auth/two-factor");
  let zuid: Awaited<ReturnType<typeof createTestMunicipality>>;
  let noord: Awaited<ReturnType<typeof createTestMunicipality>>;

  beforeAll(async () => {
    const testDb = await createTestDb();
    ({ db, dispose } = testDb);
    Object.assign(process.env, { DATABASE_URL: testDb.url, BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123", BETTER_AUTH_URL: "http://localhost:3000" });
    [queries, twoFactor] = await Promise.all([import("./queries"), import("@/lib/auth/two-factor")]);
    zuid = await createTestMunicipality(db, "zuid");
    noord = await createTestMunicipality(db, "noord");
    await db.municipality.update({ where: { id: noord.municipality.id }, data: { requireAdminTwoFactor: false, settings: JSON.stringify({ weights: { reach: 2 } }) } });
    await db.membership.createMany({
      data: [
        { userId: zuid.advisor.id, municipalityId: zuid.municipality.id, role: "advisor" },
        { userId: zuid.advisor.id, municipalityId: zuid.municipality.id, role: "privacy" },
        { userId: zuid.advisor.id, municipalityId: noord.municipality.id, role: "council" },
        { userId: zuid.admin.id, municipalityId: zuid.municipality.id, role: "admin" },
        { userId: noord.admin.id, municipalityId: noord.municipality.id, role: "admin" },
      ],
    });
  });
  afterAll(async () => dispose?.());

  it("gives the roles in the municipality asked for and none of another", async () => {
    const membership = await queries.findMembershipBySlug(zuid.advisor.id, "zuid");
    expect(membership?.municipality).toEqual({ id: zuid.municipality.id, slug: "zuid", name: "Gemeente zuid", primaryColor: zuid.municipality.primaryColor, logoPath: null });
    expect(membership?.roles.sort()).toEqual(["advisor", "privacy"]);
    expect((await queries.findMembershipBySlug(zuid.advisor.id, "noord"))?.roles).toEqual(["council"]);
    expect(await queries.findMembershipBySlug(noord.admin.id, "zuid")).toBeNull();
    expect(await queries.findMembershipBySlug(zuid.advisor.id, "nergens")).toBeNull();
  });

  it("requires a second factor of an administrator only where the municipality requires it", async () => {
    expect(await twoFactor.isTwoFactorRequired(zuid.admin.id)).toBe(true);
    expect(await twoFactor.isTwoFactorRequired(noord.admin.id)).toBe(false);
    expect(await twoFactor.isTwoFactorRequired(zuid.advisor.id)).toBe(false);
    // An administrator where it is not required, and a member without that role where it is.
    const both = await db.user.create({ data: { id: "beide", name: "Beide Gemeenten", email: "beide@noord.test" } });
    await db.membership.createMany({
      data: [
        { userId: both.id, municipalityId: noord.municipality.id, role: "admin" },
        { userId: both.id, municipalityId: zuid.municipality.id, role: "advisor" },
      ],
    });
    expect(await twoFactor.isTwoFactorRequired(both.id)).toBe(false);
  });

  it("reads a municipality's settings by its id", async () => {
    expect(JSON.parse((await queries.getMunicipalitySettings(noord.municipality.id)) ?? "null")).toEqual({ weights: { reach: 2 } });
    expect(await queries.getMunicipalitySettings("no-such-municipality")).toBeNull();
  });

  it("lists the person's municipalities by name, each with all their roles there", async () => {
    const listed = await queries.listMunicipalitiesOfUser(zuid.advisor.id);
    expect(listed.map((municipality) => [municipality.slug, [...municipality.roles].sort()])).toEqual([
      ["noord", ["council"]],
      ["zuid", ["advisor", "privacy"]],
    ]);
  });
});
