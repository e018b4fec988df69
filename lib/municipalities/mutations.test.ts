import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { ensureUser } from "@/lib/demo/people";
import { createTestDb, createTestMunicipality } from "@/tests/test-db";
import { ActionError } from "@/lib/validation/action-error";
import { acceptInvitation, acceptInvitationBySso, createInvitation, saveSsoProvider, setRoles, type SsoProviderData } from "./mutations";

/**
 * Accepting an invitation on a real (temporary) database. The token is the only thing the person
 * accepting shows, so it must never give them an account that already exists or its password.
 */
describe("acceptInvitation", { timeout: 60_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let townA: Awaited<ReturnType<typeof createTestMunicipality>>;
  let townB: Awaited<ReturnType<typeof createTestMunicipality>>;
  const tx = <T>(run: (client: Tx) => Promise<T>) => db.$transaction((client) => run(client));

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    townA = await createTestMunicipality(db, "a");
    townB = await createTestMunicipality(db, "b");
  });
  afterAll(async () => dispose?.());

  const invite = (town: typeof townA, email: string, roles: ("council" | "privacy" | "advisor")[]) =>
    tx((client) => createInvitation(client, { municipalityId: town.municipality.id, email, roles, invitedById: town.admin.id }));
  const passwordHashOf = async (userId: string) => (await db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password;
  const rolesIn = async (userId: string, town: typeof townA) =>
    (await db.membership.findMany({ where: { userId, municipalityId: town.municipality.id } })).map((membership) => membership.role).sort();
  async function refusal(attempt: Promise<unknown>) {
    const error = await attempt.then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ActionError);
    return error as ActionError;
  }

  it("replayed as reported: a token from another municipality's outbox no longer hands over the account A invites later", async () => {
    // B's administrator invites an address of A and accepts with a password of their own: no account
    // existed, so this creates one (with SMTP configured, B's administrator never sees the token).
    const { token: bToken } = await invite(townB, "privacy@a.test", ["council"]);
    const { user: squatted } = await tx((client) => acceptInvitation(client, { token: bToken, acceptor: { kind: "new_account", name: "Echte Naam", password: "aanvaller-wachtwoord" } }));
    const attackerHash = await passwordHashOf(squatted.id);

    // A invites the real person; their own password must not be taken as proof of anything.
    const { token: aToken } = await invite(townA, "privacy@a.test", ["privacy"]);
    const error = await refusal(tx((client) => acceptInvitation(client, { token: aToken, acceptor: { kind: "new_account", name: "Echte Naam", password: "echt-wachtwoord-123" } })));
    expect(error.code).toBe("forbidden");
    expect(error.reason).toBe("account_exists");
    expect(await rolesIn(squatted.id, townA)).toEqual([]);
    expect(await passwordHashOf(squatted.id)).toBe(attackerHash);
    // Refused without using the invitation up: the real person can still accept once signed in.
    expect((await db.invitation.findFirstOrThrow({ where: { municipalityId: townA.municipality.id, email: "privacy@a.test" } })).acceptedAt).toBeNull();
  });

  it("gives an existing account the roles only when that account is signed in, and never touches its password", async () => {
    const member = await ensureUser(db, { email: "raadslid@a.test", name: "Raadslid A", password: "eigen-wachtwoord-1", memberships: [{ municipalityId: townA.municipality.id, roles: ["council"] }] });
    const hashBefore = await passwordHashOf(member.id);
    const { token } = await invite(townB, "raadslid@a.test", ["advisor"]);

    const asNewAccount = await refusal(tx((client) => acceptInvitation(client, { token, acceptor: { kind: "new_account", name: "Iemand", password: "ander-wachtwoord-2" } })));
    expect(asNewAccount.reason).toBe("account_exists");
    const asSomeoneElse = await refusal(tx((client) => acceptInvitation(client, { token, acceptor: { kind: "signed_in", userId: townB.admin.id } })));
    expect(asSomeoneElse.code).toBe("forbidden");
    expect(asSomeoneElse.reason).toBe("not_invitee");
    expect(await rolesIn(member.id, townB)).toEqual([]);
    expect(await rolesIn(townB.admin.id, townB)).toEqual([]);

    const accepted = await tx((client) => acceptInvitation(client, { token, acceptor: { kind: "signed_in", userId: member.id } }));
    expect(accepted.user.id).toBe(member.id);
    expect(accepted.created).toBe(false);
    expect(await rolesIn(member.id, townB)).toEqual(["advisor"]);
    expect(await passwordHashOf(member.id)).toBe(hashBefore);
    expect(await verifyPassword({ hash: (await passwordHashOf(member.id))!, password: "eigen-wachtwoord-1" })).toBe(true);
  });

  it("creates an account only when none exists, with the password typed, and the token works once", async () => {
    const { token } = await invite(townA, "nieuw@a.test", ["advisor", "privacy"]);
    const signedInElsewhere = await refusal(tx((client) => acceptInvitation(client, { token, acceptor: { kind: "signed_in", userId: townA.advisor.id } })));
    expect(signedInElsewhere.reason).toBe("not_invitee");

    const accepted = await tx((client) => acceptInvitation(client, { token, acceptor: { kind: "new_account", name: "Nieuwe Collega", password: "gekozen-wachtwoord-3" } }));
    expect(accepted.created).toBe(true);
    expect(accepted.user).toMatchObject({ email: "nieuw@a.test", name: "Nieuwe Collega" });
    expect(await verifyPassword({ hash: (await passwordHashOf(accepted.user.id))!, password: "gekozen-wachtwoord-3" })).toBe(true);
    expect(await rolesIn(accepted.user.id, townA)).toEqual(["advisor", "privacy"]);

    const again = await refusal(tx((client) => acceptInvitation(client, { token, acceptor: { kind: "signed_in", userId: accepted.user.id } })));
    expect(again.code).toBe("not_found");
  });

  it("refuses an unknown or expired token", async () => {
    const { invitation, token } = await invite(townA, "laat@a.test", ["council"]);
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refusal(tx((client) => acceptInvitation(client, { token, acceptor: { kind: "new_account", name: "Laat", password: "te-laat-wachtwoord" } })))).code).toBe("not_found");
    expect((await refusal(tx((client) => acceptInvitation(client, { token: "x".repeat(43), acceptor: { kind: "new_account", name: "Niemand", password: "geen-wachtwoord-9" } })))).code).toBe("not_found");
    expect(await db.user.count({ where: { email: "laat@a.test" } })).toBe(0);
  });
});

describe("setRoles", { timeout: 60_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let town: Awaited<ReturnType<typeof createTestMunicipality>>;
  let other: Awaited<ReturnType<typeof createTestMunicipality>>;
  const tx = <T>(run: (client: Tx) => Promise<T>) => db.$transaction((client) => run(client));

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    town = await createTestMunicipality(db, "c");
    other = await createTestMunicipality(db, "d");
  });
  afterAll(async () => dispose?.());

  const refusalOf = (attempt: Promise<unknown>) => attempt.then(() => null, (caught: unknown) => caught as ActionError);

  it("changes a member's roles and reports before and after", async () => {
    const member = await ensureUser(db, { email: "lid@c.test", name: "Lid C", password: "wachtwoord-lid-c", memberships: [{ municipalityId: town.municipality.id, roles: ["council"] }] });
    const change = await tx((client) => setRoles(client, { userId: member.id, municipalityId: town.municipality.id, roles: ["advisor", "privacy"], actorId: town.admin.id }));
    expect(change).toEqual({ before: ["council"], after: ["advisor", "privacy"] });
  });

  it("refuses someone who is not a member of this municipality, and changes nothing", async () => {
    const outsider = await ensureUser(db, { email: "lid@d.test", name: "Lid D", password: "wachtwoord-lid-d", memberships: [{ municipalityId: other.municipality.id, roles: ["council"] }] });
    const error = await refusalOf(tx((client) => setRoles(client, { userId: outsider.id, municipalityId: town.municipality.id, roles: ["admin"], actorId: town.admin.id })));
    expect(error?.reason).toBe("not_member");
    expect(await db.membership.count({ where: { userId: outsider.id, municipalityId: town.municipality.id } })).toBe(0);
  });

  it("refuses an administrator taking away their own administrator role", async () => {
    const admin = await ensureUser(db, { email: "beheer@c.test", name: "Beheer C", password: "wachtwoord-beheer", memberships: [{ municipalityId: town.municipality.id, roles: ["admin"] }] });
    const error = await refusalOf(tx((client) => setRoles(client, { userId: admin.id, municipalityId: town.municipality.id, roles: ["advisor"], actorId: admin.id })));
    expect(error?.reason).toBe("own_admin_role");
    expect(error?.fieldErrors).toEqual({ roles: "own_admin_role" });
    expect((await db.membership.findMany({ where: { userId: admin.id, municipalityId: town.municipality.id } })).map((m) => m.role)).toEqual(["admin"]);
  });
});

describe("single sign-on settings and invitations", { timeout: 60_000 }, () => {
  let db: PrismaClient;
  let dispose: () => Promise<void>;
  let town: Awaited<ReturnType<typeof createTestMunicipality>>;
  const tx = <T>(run: (client: Tx) => Promise<T>) => db.$transaction((client) => run(client));
  const settings = (secret: SsoProviderData["secret"]): SsoProviderData => ({
    issuer: "https://login.stad.test",
    clientId: "afwegingskader",
    domains: ["stad.test"],
    roleClaim: null,
    roleMapping: {},
    secret,
  });

  beforeAll(async () => {
    ({ db, dispose } = await createTestDb());
    town = await createTestMunicipality(db, "sso");
  });
  afterAll(async () => dispose?.());

  it("keeps a stored secret when none is typed, needs one the first time, and drops it for an environment variable", async () => {
    const municipalityId = town.municipality.id;
    const refused = await tx((client) => saveSsoProvider(client, { municipalityId, data: settings({ kind: "keep" }) })).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(ActionError);
    expect((refused as ActionError).fieldErrors).toEqual({ clientSecret: "required" });

    const saved = await tx((client) => saveSsoProvider(client, { municipalityId, data: settings({ kind: "stored", encrypted: "v1.a.b.c" }) }));
    expect(JSON.stringify(saved)).not.toContain("v1.a.b.c");
    await tx((client) => saveSsoProvider(client, { municipalityId, data: { ...settings({ kind: "keep" }), clientId: "nieuw" } }));
    expect(await db.ssoProvider.findUniqueOrThrow({ where: { municipalityId } })).toMatchObject({ clientId: "nieuw", clientSecretEncrypted: "v1.a.b.c", clientSecretEnv: null });

    await tx((client) => saveSsoProvider(client, { municipalityId, data: settings({ kind: "env", name: "SSO_SECRET_STAD" }) }));
    expect(await db.ssoProvider.findUniqueOrThrow({ where: { municipalityId } })).toMatchObject({ clientSecretEncrypted: null, clientSecretEnv: "SSO_SECRET_STAD" });
  });

  it("accepts an open invitation once for the account the provider vouched for, and not an expired one", async () => {
    const user = await db.user.create({ data: { id: "sso-nieuw", name: "Nieuw", email: "nieuw@stad.test", emailVerified: true } });
    const { invitation } = await tx((client) => createInvitation(client, { municipalityId: town.municipality.id, email: user.email, roles: ["privacy"], invitedById: town.admin.id }));
    expect(await tx((client) => acceptInvitationBySso(client, { invitationId: invitation.id, userId: user.id }))).toEqual({ invitationId: invitation.id, roles: ["privacy"] });
    expect(await tx((client) => acceptInvitationBySso(client, { invitationId: invitation.id, userId: user.id }))).toBeNull();
    expect((await db.membership.findMany({ where: { userId: user.id } })).map((membership) => membership.role)).toEqual(["privacy"]);

    const { invitation: old } = await tx((client) => createInvitation(client, { municipalityId: town.municipality.id, email: user.email, roles: ["admin"], invitedById: town.admin.id }));
    await db.invitation.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await tx((client) => acceptInvitationBySso(client, { invitationId: old.id, userId: user.id }))).toBeNull();
    // Someone else's invitation is not taken over by this account.
    const { invitation: other } = await tx((client) => createInvitation(client, { municipalityId: town.municipality.id, email: "ander@stad.test", roles: ["admin"], invitedById: town.admin.id }));
    expect(await tx((client) => acceptInvitationBySso(client, { invitationId: other.id, userId: user.id }))).toBeNull();
    expect(await db.membership.count({ where: { userId: user.id, role: "admin" } })).toBe(0);
  });
});
