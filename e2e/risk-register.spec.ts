import { createTenant, db } from "./support/db";
import { createAssessmentWithAnswers } from "./support/assessments";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

/**
 * The register shows the risks in force: per channel those of its latest decided assessment and of
 * a newer one under way. Earlier years stay one choice away, so the page does not grow with years
 * of history, and next year's draft does not hide this year's decisions.
 */
test("the risk register shows the risks in force; a year or all years are one choice away", async ({ page }) => {
  const { municipality, people } = await createTenant(["advisor", "ciso"]);
  const assess = async (channelId: string, year: number, status: "decided" | "in_review" | "draft", acceptedRisk?: string) => {
    const { assessment, riskIds } = await createAssessmentWithAnswers({
      municipalityId: municipality.id,
      advisorId: people.advisor.id,
      channelId,
      year,
      risks: acceptedRisk ? [{ title: acceptedRisk, ownerRole: "ciso" }] : [],
    });
    if (acceptedRisk) {
      await db.risk.update({
        where: { id: riskIds[0] },
        data: { decision: "accepted", decisionRationale: "Aanvaardbaar voor dit jaar.", riskOwner: "Afdelingshoofd", reviewDate: "2099-06-30", decidedById: people.ciso.id, decidedAt: new Date() },
      });
    }
    await db.assessment.update({ where: { id: assessment.id }, data: { status } });
  };
  await assess("facebook", 2024, "decided", "Facebook-risico van 2024");
  await assess("facebook", 2025, "decided", "Facebook-risico van 2025");
  await assess("facebook", 2026, "in_review", "Facebook-risico van 2026");
  await assess("x", 2025, "decided", "X-risico van 2025");
  await assess("x", 2026, "draft");

  await signIn(page, people.ciso.email);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Risico's" }).click();
  const register = page.getByRole("table", { name: /Geaccepteerde risico's van .* \(van kracht\)/ });
  // Facebook: decided in 2025 (which weighed 2024's risks again), 2026 under review.
  await expect(register).toContainText("Facebook-risico van 2025");
  await expect(register).toContainText("Facebook-risico van 2026");
  await expect(register).not.toContainText("Facebook-risico van 2024");
  // X: decided in 2025; the draft of 2026 has decided nothing yet.
  await expect(register).toContainText("X-risico van 2025");
  await expect(page.getByText("3 geaccepteerde risico's, waarvan 0 met een verstreken herbeoordelingsdatum.")).toBeVisible();
  await expectAccessible(page);

  // By keyboard: choose all years, then show.
  const scope = page.getByLabel("Toon de risico's van");
  await expect(scope.locator("option")).toHaveText([
    "de laatst besloten en lopende beoordelingen per kanaal (van kracht)",
    "de beoordelingen van 2026",
    "de beoordelingen van 2025",
    "de beoordelingen van 2024",
    "alle jaren",
  ]);
  await scope.selectOption({ label: "alle jaren" });
  await page.getByRole("button", { name: "Tonen" }).press("Enter");
  await expect(page).toHaveURL(/\?scope=all$/);
  const all = page.getByRole("table", { name: /\(alle jaren\)/ });
  for (const title of ["Facebook-risico van 2024", "Facebook-risico van 2025", "Facebook-risico van 2026", "X-risico van 2025"]) await expect(all).toContainText(title);
  await expect(page.getByLabel("Toon de risico's van")).toHaveValue("all");

  await page.getByLabel("Toon de risico's van").selectOption({ label: "de beoordelingen van 2025" });
  await page.getByRole("button", { name: "Tonen" }).click();
  const year = page.getByRole("table", { name: /\(2025\)/ });
  await expect(year).toContainText("Facebook-risico van 2025");
  await expect(year).toContainText("X-risico van 2025");
  await expect(year).not.toContainText("Facebook-risico van 2026");
  await expectAccessible(page);

  // An address with a year without assessments, or nonsense, shows the risks in force.
  for (const value of ["2019", "%3Cscript%3E"]) {
    await page.goto(`/m/${municipality.slug}/risks?scope=${value}`);
    await expect(page.getByRole("table", { name: /\(van kracht\)/ })).toContainText("Facebook-risico van 2026");
    await expect(page.getByLabel("Toon de risico's van")).toHaveValue("in_force");
  }
});
