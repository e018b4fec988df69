import { createTenant, db } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { readInvitationLink } from "./support/invitations";

test("an administrator invites a colleague who activates the account and signs in", async ({ page, browser }) => {
  const { municipality, people } = await createTenant(["admin"]);
  await signIn(page, people.admin.email);
  await page.goto(`/m/${municipality.slug}/admin/members`);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in").or(page.getByText("Dit veld is verplicht.")).first()).toBeVisible();

  const email = `collega-${municipality.slug}@test.example`;
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("group", { name: "Rollen", exact: true }).getByLabel("Privacy officer / FG").check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();

  const link = await readInvitationLink(page, municipality.slug, email);
  await expectAccessible(page);

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expectAccessible(invitee);
  await invitee.getByLabel("Uw naam").fill("Nieuwe Collega");
  await invitee.getByLabel("Wachtwoord", { exact: true }).fill("Een-goed-wachtwoord-1");
  await invitee.getByLabel("Herhaal het wachtwoord").fill("Een-goed-wachtwoord-1");
  await invitee.getByRole("button", { name: "Account activeren" }).click();
  await expect(invitee.getByText("Uw account is klaar.")).toBeVisible();
  await signIn(invitee, email, "Een-goed-wachtwoord-1");
  await expect(invitee).toHaveURL(`/m/${municipality.slug}`);
  await context.close();
});

test("an administrator changes roles, and cannot drop their own administrator role", async ({ page }) => {
  const { municipality, people } = await createTenant(["admin", "advisor"]);
  await signIn(page, people.admin.email);
  await page.goto(`/m/${municipality.slug}/admin/members`);

  const advisorRoles = page.getByRole("group", { name: `Rollen van ${people.advisor.name}` });
  await advisorRoles.getByLabel("CISO").check();
  await advisorRoles.locator("xpath=..").getByRole("button", { name: "Rollen opslaan" }).click();
  await expect(page.getByText(`De rollen van ${people.advisor.name} zijn opgeslagen.`)).toBeVisible();
  const roles = await db.membership.findMany({ where: { userId: people.advisor.id, municipalityId: municipality.id } });
  expect(roles.map((r) => r.role).sort()).toEqual(["advisor", "ciso"]);

  const ownRoles = page.getByRole("group", { name: `Rollen van ${people.admin.name}` });
  await ownRoles.getByLabel("Beheerder").uncheck();
  await ownRoles.locator("xpath=..").getByRole("button", { name: "Rollen opslaan" }).click();
  await expect(page.getByText("U kunt uw eigen beheerdersrol niet intrekken.")).toBeVisible();
  expect(await db.membership.count({ where: { userId: people.admin.id, role: "admin" } })).toBe(1);
});

test("the audit trail lists who did what, filters, and exports CSV", async ({ page }) => {
  const { municipality, people } = await createTenant(["admin", "advisor"]);
  await signIn(page, people.admin.email);
  await page.goto(`/m/${municipality.slug}/admin/members`);
  const advisorRoles = page.getByRole("group", { name: `Rollen van ${people.advisor.name}` });
  await advisorRoles.getByLabel("Raadslid").check();
  await advisorRoles.locator("xpath=..").getByRole("button", { name: "Rollen opslaan" }).click();
  await expect(page.getByText("zijn opgeslagen")).toBeVisible();

  await page.goto(`/m/${municipality.slug}/admin/audit`);
  await expectAccessible(page);
  const table = page.getByRole("table");
  await expect(table).toContainText("member.set_roles");
  await expect(table).toContainText(people.advisor.id);

  await page.getByLabel("Resultaat").selectOption("refused");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/result=refused/);
  await expect(page.getByText("Geen regels gevonden met deze filters.")).toBeVisible();

  await page.getByLabel("Resultaat").selectOption("");
  await page.getByLabel("Soort object").selectOption("user");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page.getByRole("table")).toContainText("member.set_roles");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporteren als CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^audittrail-${municipality.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe("at,actorEmail,actorId,municipalityId,action,objectType,objectId,result,reason,ip,userAgent,details");
  expect(text).toContain("member.set_roles");
});

test("audit entries cannot be changed or removed, not even in the database", async () => {
  const { municipality } = await createTenant(["admin"]);
  const entry = await db.auditEntry.create({ data: { municipalityId: municipality.id, action: "test.append", objectType: "test", result: "success" } });
  await expect(db.auditEntry.update({ where: { id: entry.id }, data: { result: "refused" } })).rejects.toThrow();
  await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
  expect(await db.auditEntry.findUnique({ where: { id: entry.id } })).toMatchObject({ result: "success", action: "test.append" });
});
