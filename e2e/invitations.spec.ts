import type { Browser, Page } from "@playwright/test";
import { createTenant, db, testPassword } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { readInvitationLink } from "./support/invitations";

/** An administrator invites an address in one role and reads the link the invitee gets. */
async function inviteAndReadLink(page: Page, slug: string, email: string, role: string) {
  await page.goto(`/m/${slug}/admin/members`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("group", { name: "Rollen", exact: true }).getByLabel(role).check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
  return readInvitationLink(page, slug, email);
}

async function newPerson(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("a token read from another municipality's outbox no longer takes over the account that municipality invites later", async ({ page, browser }) => {
  test.slow(); // three people in their own browsers, two invitations
  const a = await createTenant(["admin"]);
  const b = await createTenant(["admin"]);
  const target = `privacy-${a.municipality.slug}@test.example`;

  // B's administrator invites an address of A and accepts the invitation with a password of their own.
  await signIn(page, b.people.admin.email);
  const bLink = await inviteAndReadLink(page, b.municipality.slug, target, "Raadslid");
  await expectAccessible(page);
  const attacker = await newPerson(browser);
  await attacker.page.goto(bLink);
  await attacker.page.getByLabel("Uw naam").fill("Echte Naam");
  await attacker.page.getByLabel("Wachtwoord", { exact: true }).fill("Aanvaller-wachtwoord-1");
  await attacker.page.getByLabel("Herhaal het wachtwoord").fill("Aanvaller-wachtwoord-1");
  await attacker.page.getByRole("button", { name: "Account activeren" }).click();
  await expect(attacker.page.getByText("Uw account is klaar.")).toBeVisible();
  const squatted = await db.user.findUniqueOrThrow({ where: { email: target } });
  const attackerHash = (await db.account.findFirstOrThrow({ where: { userId: squatted.id } })).password;

  // A invites the real person as privacy officer. The link asks them to sign in as that account;
  // it offers no password field that would hand A's role to whoever owns the account.
  const aAdmin = await newPerson(browser);
  await signIn(aAdmin.page, a.people.admin.email);
  const aLink = await inviteAndReadLink(aAdmin.page, a.municipality.slug, target, "Privacy officer / FG");
  const realPerson = await newPerson(browser);
  await realPerson.page.goto(aLink);
  await expect(realPerson.page.getByText(`Er is al een account voor ${target}.`)).toBeVisible();
  await expect(realPerson.page.getByRole("link", { name: `Aanmelden als ${target}` })).toBeVisible();
  await expect(realPerson.page.getByLabel("Wachtwoord", { exact: true })).toHaveCount(0);
  await expectAccessible(realPerson.page);

  expect(await db.membership.count({ where: { userId: squatted.id, municipalityId: a.municipality.id } })).toBe(0);
  expect((await db.account.findFirstOrThrow({ where: { userId: squatted.id } })).password).toBe(attackerHash);
  expect(await db.invitation.count({ where: { municipalityId: a.municipality.id, email: target, acceptedAt: null } })).toBe(1);
  for (const person of [attacker, aAdmin, realPerson]) await person.context.close();
});

test("a person with an account signs in to accept an invitation, and keeps their password", async ({ page, browser }) => {
  test.slow(); // two people in their own browsers, a sign-in on the way
  const a = await createTenant(["admin"]);
  const b = await createTenant(["advisor"]);
  const invitee = b.people.advisor;
  const hashBefore = (await db.account.findFirstOrThrow({ where: { userId: invitee.id } })).password;

  await signIn(page, a.people.admin.email);
  const link = await inviteAndReadLink(page, a.municipality.slug, invitee.email, "Raadslid");
  // Signed in as someone else, the invitation is not theirs to accept.
  await page.goto(link);
  await expect(page.getByText(`Deze uitnodiging is voor ${invitee.email}, maar u bent aangemeld als ${a.people.admin.email}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitnodiging aannemen" })).toHaveCount(0);
  await expectAccessible(page);

  const person = await newPerson(browser);
  await person.page.goto(link);
  await person.page.getByRole("link", { name: `Aanmelden als ${invitee.email}` }).click();
  await expect(person.page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
  await expect(person.page.getByText("Uw sessie is verlopen")).toHaveCount(0);
  await expectAccessible(person.page);
  await person.page.getByLabel("E-mailadres").fill(invitee.email);
  await person.page.getByLabel("Wachtwoord").fill(testPassword);
  await person.page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(person.page).toHaveURL(link);
  await expect(person.page.getByText(`U bent aangemeld als ${invitee.email}.`)).toBeVisible();
  await expectAccessible(person.page);
  await person.page.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(person.page.getByRole("status").getByText("De rollen zijn aan uw account toegevoegd.")).toBeVisible();
  await person.page.getByRole("link", { name: `Naar ${a.municipality.name}` }).click();
  await expect(person.page).toHaveURL(`/m/${a.municipality.slug}`);

  const roles = await db.membership.findMany({ where: { userId: invitee.id }, select: { municipalityId: true, role: true } });
  expect(roles).toEqual(expect.arrayContaining([{ municipalityId: a.municipality.id, role: "council" }, { municipalityId: b.municipality.id, role: "advisor" }]));
  expect((await db.account.findFirstOrThrow({ where: { userId: invitee.id } })).password).toBe(hashBefore);
  const audit = await db.auditEntry.findFirst({ where: { action: "invitation.accept", actorId: invitee.id, result: "success" } });
  expect(audit?.municipalityId).toBe(a.municipality.id);
  await person.context.close();
});
