import type { Browser, Page } from "@playwright/test";
import { createTenant } from "./support/db";
import { createAssessmentWithAnswers, submitAsAdvisor } from "./support/assessments";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const dpiaQuestion = /een DPIA \(gegevensbeschermingseffectbeoordeling\)/;

test("a reviewer's comment shows under its question in the wizard, and each reviewed question links to its place in the wizard", async ({ browser }) => {
  test.setTimeout(360_000);
  const { municipality, people } = await createTenant(["advisor", "privacy"]);
  const { assessment } = await createAssessmentWithAnswers({ municipalityId: municipality.id, advisorId: people.advisor.id, risks: [] });
  await submitAsAdvisor({ municipalityId: municipality.id, assessmentId: assessment.id, advisorId: people.advisor.id });
  const baseUrl = `/m/${municipality.slug}/assessments/${assessment.id}`;

  // The privacy officer comments on the DPIA question on the review page.
  const privacy = await as(browser, people.privacy.email);
  await privacy.goto(`${baseUrl}/review/privacy`);
  const question = privacy.getByRole("article", { name: dpiaQuestion });
  await question.locator("summary", { hasText: "Opmerking plaatsen over vraag 1" }).click();
  await question.getByLabel("Uw opmerking over vraag 1").fill("Welke DPIA bedoelt u: die van het Rijk of een eigen?");
  await question.getByRole("button", { name: "Opmerking plaatsen" }).click();
  await expect(question.getByRole("list", { name: /Opmerkingen over vraag 1: 1 \(1 open\)/ })).toBeVisible();
  await expectAccessible(privacy);

  // The reviewed question links to where it is answered: its wizard step, at the question.
  await question.getByRole("link", { name: "Naar deze vraag in stap „VNG-afwegingskader”" }).click();
  await expect(privacy).toHaveURL(new RegExp(`${baseUrl}/vng#question-vng-afwegingskader-vng-law-dpia$`));
  await expect(privacy.locator("#question-vng-afwegingskader-vng-law-dpia")).toContainText("Is voor het gebruik van dit kanaal een DPIA");
  await expectAccessible(privacy);
  await privacy.context().close();

  // The advisor, in the wizard, finds the comment under the question it is about, not under others.
  const advisor = await as(browser, people.advisor.email);
  await advisor.goto(`${baseUrl}/vng`);
  const dpia = advisor.locator("#question-vng-afwegingskader-vng-law-dpia");
  await expect(dpia.getByRole("group", { name: dpiaQuestion })).toBeVisible();
  const comments = dpia.getByRole("region", { name: /^Opmerkingen uit de review over vraag \d+$/ });
  await expect(comments).toContainText("Welke DPIA bedoelt u: die van het Rijk of een eigen?");
  await expect(comments).toContainText(people.privacy.name);
  await expect(advisor.getByRole("region", { name: /^Opmerkingen uit de review over/ })).toHaveCount(1);
  await expectAccessible(advisor);

  // Its link leads to the thread on the review page, to reply or resolve there.
  await comments.getByRole("link", { name: /Reageren of afhandelen op de reviewpagina/ }).click();
  await expect(advisor).toHaveURL(new RegExp(`${baseUrl}/review/privacy#q-1$`));
  await expect(advisor.getByRole("list", { name: /Opmerkingen over vraag 1: 1 \(1 open\)/ })).toContainText("Welke DPIA bedoelt u");
  await expectAccessible(advisor);
  await advisor.context().close();
});
