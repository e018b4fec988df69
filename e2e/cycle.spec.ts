import { createTenant, db, retryBusy, testPassword } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { ensureUser } from "../lib/demo/people";
import { seedDemoAssessments } from "../lib/demo/assessments";
import { seedDemoReviews } from "../lib/demo/reviews";
import { seedDemoPolicies } from "../lib/demo/policies";
import { policyYearNow } from "../lib/assessments/policy-year";
import { todayInNL } from "../lib/catalogue/schema";
import { carryThrough } from "../tests/carry-through";

const year = policyYearNow();

/**
 * The demo's cycle, played through: last year adopted, this year's assessments in every state of
 * the workflow (Facebook phased out over a risk that was not accepted). This year's policy is
 * adopted and next year started; on the way a decision is reopened with a reason.
 */
test("the demo-like year is adopted and the next year started; a decision is reopened on the way", async ({ browser }) => {
  test.setTimeout(540_000);
  const { municipality, people } = await createTenant(["advisor", "privacy", "ciso", "admin"]);
  const slug = municipality.slug;
  const colleague = await ensureUser(db, {
    email: `colleague-${slug}@test.example`,
    name: "Collega adviseur",
    password: testPassword,
    memberships: [{ municipalityId: municipality.id, roles: ["advisor"] }],
  });
  // The server writes to the same SQLite file for the specs running beside this one: a transaction
  // that meets a lock is tried again as a whole (each step is its own transaction and skips what is done).
  const assessments = await retryBusy(() => seedDemoAssessments(db, { municipalityId: municipality.id, advisorId: people.advisor.id, year }));
  await retryBusy(() => seedDemoReviews(db, {
    municipalityId: municipality.id,
    people: { advisor: people.advisor.id, privacy: people.privacy.id, ciso: people.ciso.id, admin: people.admin.id, colleague: colleague.id },
    assessmentsByChannel: assessments,
  }));
  await retryBusy(() => seedDemoPolicies(db, { municipalityId: municipality.id, adminId: people.admin.id, advisorId: people.advisor.id, year }));
  const actors = {
    advisor: { id: people.advisor.id, roles: ["advisor" as const] },
    reviewers: {
      privacy: { id: people.privacy.id, roles: ["privacy" as const] },
      security: { id: people.ciso.id, roles: ["ciso" as const] },
      communication: { id: colleague.id, roles: ["advisor" as const] },
    },
  };

  // The policy list says why next year cannot start yet, and leads to what is open.
  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await signIn(advisor, people.advisor.email);
  await advisor.goto(`/m/${slug}/policy`);
  await expect(advisor.getByText(`Versie ${year + 1} kan pas beginnen als versie ${year} is vastgesteld.`)).toBeVisible();
  await expectAccessible(advisor);
  await advisor.getByRole("link", { name: `Zie wat er voor versie ${year} nog openstaat` }).click();
  const openItems = advisor.getByRole("region", { name: "Wat staat nog open" });
  await expect(openItems).toContainText(`Versie ${year + 1} kan pas beginnen als deze versie is vastgesteld.`);
  // Each open item says what resolves it, as a link to where that is done.
  await expect(openItems.getByRole("link", { name: "De adviseur verwerkt de gevraagde wijzigingen en dient opnieuw in." }).first()).toBeVisible();
  await expect(openItems.getByRole("link", { name: "De adviseur of beheerder legt het besluit over het kanaal vast." }).first()).toBeVisible();
  // Phasing Facebook out because its transfer risk was not accepted is a consistent decision: nothing open about it.
  await expect(openItems).not.toContainText("Facebook");
  await expectAccessible(advisor);

  // The advisor reopens the Facebook decision with a reason; it goes through review again.
  await advisor.goto(`/m/${slug}/assessments/${assessments.facebook.current}/review`);
  const reopen = advisor.getByRole("region", { name: "Besluit heropenen" });
  await reopen.getByRole("button", { name: "Besluit heropenen" }).click();
  await expect(reopen.getByText("Geef een onderbouwing.")).toBeVisible();
  await reopen.getByLabel("Waarom heropent u het besluit?").fill("De afbouwdatum is te krap voor de inwoners die Facebook gebruiken.");
  await reopen.getByRole("button", { name: "Besluit heropenen" }).click();
  await expect(advisor.getByRole("region", { name: "Besluit heropenen" })).toHaveCount(0);
  await expect(advisor.getByText("Het besluit kan worden vastgelegd zodra alle onderdelen zijn goedgekeurd.")).toBeVisible();
  await expectAccessible(advisor);
  const entry = await db.auditEntry.findFirstOrThrow({ where: { municipalityId: municipality.id, action: "review.reopen", result: "success" } });
  expect(JSON.parse(entry.details ?? "{}")).toMatchObject({ reason: "De afbouwdatum is te krap voor de inwoners die Facebook gebruiken.", previous: { decision: "phase_out" } });

  // Facebook is open again on the policy page, with the step that resolves it.
  await advisor.goto(`/m/${slug}/policy/${year}`);
  await expect(openItems).toContainText("Facebook");
  await openItems.getByRole("listitem").filter({ hasText: "Facebook: het onderdeel" }).first().getByRole("link").click();
  await expect(advisor).toHaveURL(new RegExp(`/assessments/${assessments.facebook.current}/review/(privacy|security|communication)$`));
  await expectAccessible(advisor);

  // The reviewers and the advisor do their part (the review pages are covered by reviews.spec.ts).
  const current = await db.assessment.findMany({ where: { municipalityId: municipality.id, year }, orderBy: { channelId: "asc" } });
  for (const assessment of current) await retryBusy(() => carryThrough(db, { municipalityId: municipality.id, assessmentId: assessment.id, actors }));

  await advisor.goto(`/m/${slug}/policy/${year}`);
  await advisor.getByLabel("Samenvatting in gewone taal (taalniveau B1)").fill("Alle informatie staat op de website; sociale media zijn een extra kanaal.");
  await advisor.getByRole("button", { name: "Opslaan" }).click();
  await expect(advisor.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
  await expect(openItems).toContainText("Alles is afgerond.");
  await expect(openItems).toContainText(`Versie ${year + 1} kan beginnen zodra een beheerder deze versie heeft vastgesteld.`);

  // The administrator adopts this year and starts the next.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, people.admin.email);
  await admin.goto(`/m/${slug}/policy/${year}`);
  await admin.getByLabel("Datum van het raadsbesluit").fill(todayInNL());
  await admin.getByLabel("Kenmerk van het raadsbesluit").fill(`RB-${year}-101`);
  await admin.getByRole("button", { name: "Versie vaststellen" }).click();
  await expect(admin.getByText(/Deze versie ligt vast en kan niet meer worden gewijzigd/)).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: `Versie ${year + 1} beginnen` }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${year + 1}`);
  await expectAccessible(admin);
  expect(await db.assessment.count({ where: { municipalityId: municipality.id, year: year + 1 } })).toBe(current.length);

  await advisorContext.close();
  await adminContext.close();
});
