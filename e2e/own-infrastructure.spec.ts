import { createTenant, db } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("a commercial platform's facts propose its risks, marked as proposed, for the privacy officer to decide", async ({ browser }) => {
  test.setTimeout(240_000);
  const { municipality, people } = await createTenant(["advisor", "privacy"]);
  const advisor = await (await browser.newContext()).newPage();
  await signIn(advisor, people.advisor.email);
  await advisor.goto(`/m/${municipality.slug}/assessments/new`);
  await advisor.getByLabel("Kanaal uit de catalogus").selectOption("tiktok");
  await advisor.getByRole("button", { name: "Beoordeling starten" }).click();
  await expect(advisor).toHaveURL(/\/goals$/);
  const assessmentId = advisor.url().split("/").at(-2)!;

  await advisor.goto(`/m/${municipality.slug}/assessments/${assessmentId}/risks`);
  const table = advisor.getByRole("table", { name: "Risico's van deze beoordeling" });
  const crossBorder = table.getByRole("row").filter({ has: advisor.getByRole("rowheader", { name: /Gegevensverwerking buiten EU-jurisdictie/ }) });
  await expect(crossBorder).toContainText("Voorgesteld uit de feiten – wacht op besluit");
  await expect(crossBorder).toContainText("Jurisdictie: Gemengd: EU en daarbuiten");
  await expect(crossBorder).toContainText("Nog geen besluit");
  await expect(table.getByRole("rowheader", { name: /Geen DPIA bekend voor dit platform/ })).toBeVisible();
  await expectAccessible(advisor);

  const risks = await db.risk.findMany({ where: { assessmentId } });
  expect(risks.map((risk) => [risk.familyId, risk.ownerRole, risk.decision]).sort()).toEqual([
    ["risk.no-dpia", "privacy", null],
    ["risk.processing-outside-eu", "privacy", null],
  ]);
  const created = await db.auditEntry.findFirst({ where: { objectId: assessmentId, action: "assessment.create" } });
  expect(JSON.parse(created!.details!).proposedRisks).toHaveLength(2);

  const privacy = await (await browser.newContext()).newPage();
  await signIn(privacy, people.privacy.email);
  await privacy.goto(`/m/${municipality.slug}/assessments/${assessmentId}/review/privacy`);
  const proposed = privacy.getByRole("region", { name: "Gegevensverwerking buiten EU-jurisdictie" });
  await expect(proposed).toContainText("Voorgesteld uit de feiten – wacht op besluit");
  await expect(proposed).toContainText("Nog geen besluit");
  await expectAccessible(privacy);
});
