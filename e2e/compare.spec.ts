import { createTenant, db } from "./support/db";
import { startAssessment } from "./support/assessment-data";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

async function answer(assessmentId: string, userId: string, itemId: string, value: unknown, rationale = "Onderbouwing voor de test.") {
  await db.answer.create({ data: { assessmentId, itemId, value: JSON.stringify(value), rationale, updatedById: userId } });
}

test("channels of one year side by side: scores, chart data and the audience coverage with warnings", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const tiktok = await startAssessment({ municipalityId: municipality.id, channelId: "tiktok", year: 2026, userId: people.advisor.id });
  const website = await startAssessment({ municipalityId: municipality.id, channelId: "municipal-website", year: 2026, userId: people.advisor.id });
  await answer(tiktok.id, people.advisor.id, "assessment-plan:plan.goals.audiences", ["young-people"]);
  await answer(tiktok.id, people.advisor.id, "assessment-plan:plan.alternatives.channels", ["instagram"]);
  await answer(tiktok.id, people.advisor.id, "assessment-plan:plan.crisis.fallback", ["instagram"]);
  await answer(website.id, people.advisor.id, "assessment-plan:plan.goals.audiences", ["elderly"]);
  await answer(website.id, people.advisor.id, "assessment-plan:plan.crisis.fallback", ["local-radio", "nl-alert"]);

  await signIn(page, people.advisor.email);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Vergelijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kanalen vergelijken");
  await expectAccessible(page);

  const scores = page.getByRole("table", { name: "Scores en advies per kanaal, 2026" });
  await expect(scores.getByRole("row")).toHaveCount(3);
  await expect(scores.getByRole("rowheader", { name: "TikTok" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Scores per kanaal (0–100)" })).toBeVisible();

  const coverage = page.getByRole("table", { name: "Bereik per doelgroep, 2026" });
  const young = coverage.getByRole("row", { name: /Jongeren/ });
  await expect(young).toContainText("Alleen bereikt via commerciële platforms.");
  await expect(young).toContainText("Geen terugval buiten commerciële platforms bij een crisis.");
  const elderly = coverage.getByRole("row", { name: /Ouderen/ });
  await expect(elderly).not.toContainText("Alleen bereikt via commerciële platforms.");
  await expect(coverage.getByRole("row", { name: /Ondernemers/ })).toContainText("Geen kanaal bereikt deze doelgroep.");
});

test("an administrator sets weights; a negative or absurd weight is refused on the field", async ({ page }) => {
  const { municipality, people } = await createTenant(["admin"]);
  await signIn(page, people.admin.email);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Instellingen" }).click();
  const sovereignty = page.getByLabel("Soevereiniteit", { exact: true });
  await expect(sovereignty).toBeVisible();
  await expectAccessible(page);
  await sovereignty.fill("-1");
  await page.getByRole("button", { name: "Gewichten opslaan" }).click();
  await expect(page.getByText("Deze waarde is te klein.")).toBeVisible();
  await sovereignty.fill("1000");
  await page.getByRole("button", { name: "Gewichten opslaan" }).click();
  await expect(page.getByText("Deze waarde is te groot.")).toBeVisible();
  let settings = JSON.parse((await db.municipality.findUniqueOrThrow({ where: { id: municipality.id } })).settings);
  expect(settings.weights).toBeUndefined();

  await sovereignty.fill("5");
  await page.getByRole("button", { name: "Gewichten opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
  settings = JSON.parse((await db.municipality.findUniqueOrThrow({ where: { id: municipality.id } })).settings);
  expect(settings.weights["value.sovereignty"]).toBe(5);
  const audit = await db.auditEntry.findFirst({ where: { municipalityId: municipality.id, action: "settings.weights.save", result: "success" } });
  expect(audit).not.toBeNull();
});

test("the scoring method is public and readable", async ({ page }) => {
  await page.goto("/method");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hoe de score tot stand komt");
  await expect(page.getByRole("heading", { name: "Knock-outcriteria" })).toBeVisible();
  await expectAccessible(page);
});
