import type { Browser, Page } from "@playwright/test";
import { createTenant, db } from "./support/db";
import { addPerson, approveAs, createAssessmentWithAnswers, decideRiskAs, reviewItems, sectionStatuses, submitAsAdvisor } from "./support/assessments";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const risk = "Afhankelijkheid van een aanbieder buiten de EU";
const inAYear = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString().slice(0, 10);
};

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const sectionRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });

async function latestAudit(objectId: string, action: string) {
  return db.auditEntry.findFirst({ where: { objectId, action }, orderBy: { at: "desc" } });
}

test("submit, request changes, change, approve, accept a risk; four eyes; editing reopens only its section", async ({ browser }) => {
  test.setTimeout(600_000);
  const { municipality, people } = await createTenant(["advisor", "privacy", "ciso", "admin"]);
  const { assessment } = await createAssessmentWithAnswers({ municipalityId: municipality.id, advisorId: people.advisor.id });
  const reviewUrl = `/m/${municipality.slug}/assessments/${assessment.id}/review`;

  // The advisor submits.
  const advisor = await as(browser, people.advisor.email);
  await advisor.goto(reviewUrl);
  await expect(advisor.getByRole("heading", { level: 2, name: "Review en akkoord" })).toBeVisible();
  await expectAccessible(advisor);
  await advisor.getByRole("button", { name: "Indienen voor review" }).click();
  await expect(advisor.getByText("Ingediend. De beoordelaars hebben een bericht gekregen.")).toBeVisible();
  await expect(sectionRow(advisor, "Juridisch en privacy")).toContainText("Te beoordelen");
  expect(await db.outboxMessage.count({ where: { municipalityId: municipality.id, to: people.privacy.email } })).toBe(1);
  expect(await db.outboxMessage.count({ where: { municipalityId: municipality.id, to: people.ciso.email } })).toBe(1);

  // The privacy officer finds the review waiting, and requests changes on the privacy section.
  const privacy = await as(browser, people.privacy.email);
  await expect(privacy).toHaveURL(`/m/${municipality.slug}`);
  const waiting = privacy.getByRole("link", { name: /Beoordelen: Juridisch en privacy van Facebook 2026/ });
  await expect(waiting).toBeVisible();
  await expectAccessible(privacy);
  await waiting.click();
  await expect(privacy.getByRole("heading", { level: 2, name: "Juridisch en privacy" })).toBeVisible();
  await expectAccessible(privacy);

  // Bad input: no rationale, no message.
  await privacy.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(privacy.getByText("Geef een onderbouwing.")).toBeVisible();
  await privacy.getByRole("button", { name: "Wijzigingen vragen" }).click();
  await expect(privacy.getByText("Dit veld is verplicht.").first()).toBeVisible();
  await expectAccessible(privacy);

  await privacy.getByLabel("Wat moet er veranderen?").fill("Noem welke DPIA van toepassing is en voeg de verwijzing toe als bewijs.");
  await privacy.getByLabel("Over welke vraag gaat het?").selectOption(reviewItems.privacy);
  await privacy.getByRole("button", { name: "Wijzigingen vragen" }).click();
  await expect(privacy.getByText("De wijzigingen zijn gevraagd.")).toBeVisible();
  await expect(privacy.getByText(/Wijzigingen gevraagd door .* \(Privacy officer \/ FG\)/)).toBeVisible();
  // The request is a comment thread on the question, readable as a list.
  await expect(privacy.getByRole("list", { name: /Opmerkingen over vraag 1: 1 \(1 open\)/ })).toContainText("Noem welke DPIA van toepassing is");
  await expectAccessible(privacy);
  expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).status).toBe("changes_requested");
  expect(await db.outboxMessage.count({ where: { municipalityId: municipality.id, to: people.advisor.email } })).toBe(1);

  // The advisor sees the request, replies, changes the answer and submits again.
  await advisor.goto(`/m/${municipality.slug}`);
  await expect(advisor.getByRole("link", { name: "Wijzigingen gevraagd voor Facebook 2026: Juridisch en privacy" })).toBeVisible();
  await advisor.getByRole("link", { name: "Wijzigingen gevraagd voor Facebook 2026: Juridisch en privacy" }).click();
  const thread = advisor.getByRole("list", { name: /Opmerkingen over vraag 1/ });
  await thread.locator("summary", { hasText: "Reageren" }).click();
  await thread.getByLabel(/Uw reactie aan/).fill("De DPIA van het Rijk uit 2024; verwijzing toegevoegd.");
  await thread.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(thread).toContainText("De DPIA van het Rijk uit 2024");
  await thread.getByRole("button", { name: /Markeren als afgehandeld/ }).click();
  await expect(advisor.getByRole("list", { name: /Opmerkingen over vraag 1: 1 \(0 open\)/ })).toBeVisible();
  await expectAccessible(advisor);

  await advisor.goto(`/m/${municipality.slug}/assessments/${assessment.id}/vng`);
  const dpia = advisor.getByRole("group", { name: /een DPIA \(gegevensbeschermingseffectbeoordeling\)/ });
  await dpia.getByLabel("Ja", { exact: true }).check();
  await expect(dpia.getByRole("status")).toHaveText("Opgeslagen");
  await advisor.goto(reviewUrl);
  await advisor.getByRole("button", { name: "Opnieuw indienen voor review" }).click();
  await expect(sectionRow(advisor, "Juridisch en privacy")).toContainText("Te beoordelen");

  // The privacy officer sees what changed and approves.
  await privacy.reload();
  const changes = privacy.getByRole("table", { name: "Gewijzigde antwoorden: oude en nieuwe waarde" });
  await expect(changes).toContainText("Gedeeltelijk");
  await expect(changes).toContainText("Ja");
  await expect(changes).toContainText(people.advisor.name);
  await privacy.getByLabel("Onderbouwing van uw goedkeuring").fill("De DPIA is van toepassing en de hoge risico's zijn besproken.");
  await privacy.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(privacy.getByText("Het onderdeel is goedgekeurd.")).toBeVisible();
  await expect(privacy.getByText(/Goedgekeurd door .* \(Privacy officer \/ FG\)/)).toBeVisible();
  await expectAccessible(privacy);

  // The CISO accepts the risk with a review date (not without one), then approves security.
  const ciso = await as(browser, people.ciso.email);
  await ciso.goto(`${reviewUrl}/security`);
  await expectAccessible(ciso);
  const riskRegion = ciso.getByRole("region", { name: risk });
  await riskRegion.getByLabel("Geaccepteerd", { exact: true }).check();
  await riskRegion.getByLabel("Risico-eigenaar").fill("Afdelingshoofd Communicatie");
  await riskRegion.getByLabel("Onderbouwing", { exact: true }).fill("Er is geen Europees alternatief met hetzelfde bereik; we bekijken dit jaarlijks.");
  await riskRegion.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(riskRegion.getByText("Dit veld is verplicht.")).toBeVisible();
  await expectAccessible(ciso);
  const riskRow = await db.risk.findFirstOrThrow({ where: { assessmentId: assessment.id, title: risk } });
  expect(riskRow.decision).toBeNull();
  await riskRegion.getByLabel("Opnieuw bekijken op").fill(inAYear());
  await riskRegion.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(riskRegion.getByText("Het besluit over dit risico is vastgelegd.")).toBeVisible();
  const accepted = await db.risk.findUniqueOrThrow({ where: { id: riskRow.id } });
  expect(accepted).toMatchObject({ decision: "accepted", reviewDate: inAYear(), riskOwner: "Afdelingshoofd Communicatie", decidedById: people.ciso.id });
  expect((await latestAudit(riskRow.id, "review.risk.decide"))?.result).toBe("success");

  await ciso.getByLabel("Onderbouwing van uw goedkeuring").fill("Terugval via website, lokale radio en NL-Alert is geregeld.");
  await ciso.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(ciso.getByText("Het onderdeel is goedgekeurd.")).toBeVisible();

  // The advisor cannot approve the communication section they filled in themselves.
  await advisor.goto(`${reviewUrl}/communication`);
  // The notice says why; the approve button is not offered (the server refuses it too: lib/reviews/mutations.test.ts).
  await expect(advisor.getByText(/Volgens het vier-ogenprincipe keurt een collega/)).toBeVisible();
  await expect(advisor.getByRole("button", { name: "Goedkeuren" })).toHaveCount(0);
  await expectAccessible(advisor);
  expect((await sectionStatuses(assessment.id)).communication).toBe("open");

  // Editing an approved answer reopens only that section, and the reviewer sees what changed.
  expect(await sectionStatuses(assessment.id)).toEqual({ privacy: "approved", security: "approved", communication: "open" });
  await advisor.goto(`/m/${municipality.slug}/assessments/${assessment.id}/vng`);
  const dpiaAgain = advisor.getByRole("group", { name: /een DPIA \(gegevensbeschermingseffectbeoordeling\)/ });
  await dpiaAgain.getByLabel("Nee", { exact: true }).check();
  await expect(dpiaAgain.getByRole("status")).toHaveText("Opgeslagen");
  expect(await sectionStatuses(assessment.id)).toEqual({ privacy: "needs_reapproval", security: "approved", communication: "open" });
  await advisor.goto(reviewUrl);
  await expect(sectionRow(advisor, "Juridisch en privacy")).toContainText("Opnieuw goedkeuren");
  await expect(sectionRow(advisor, "Beveiliging en weerbaarheid")).toContainText("Goedgekeurd");

  await privacy.goto(`/m/${municipality.slug}`);
  await privacy.getByRole("link", { name: /Opnieuw goedkeuren na een wijziging: Juridisch en privacy van Facebook 2026/ }).click();
  await expect(privacy.getByRole("heading", { name: /Gewijzigd sinds de goedkeuring van/ })).toBeVisible();
  const sinceApproval = privacy.getByRole("table", { name: "Gewijzigde antwoorden: oude en nieuwe waarde" });
  await expect(sinceApproval.getByRole("row").nth(1)).toContainText("Ja");
  await expect(sinceApproval.getByRole("row").nth(1)).toContainText("Nee");
  await expect(sinceApproval).toContainText(people.advisor.name);
  await expectAccessible(privacy);

  // The accepted risk is on the municipality-wide page.
  await ciso.goto(`/m/${municipality.slug}/risks`);
  await expect(ciso.getByRole("table", { name: /Geaccepteerde risico's van/ })).toContainText(risk);
  await expectAccessible(ciso);

  for (const page of [advisor, privacy, ciso]) await page.context().close();
});

test("refusals posted straight to the server: wrong role, wrong state, no rationale — nothing changes, all audited", async ({ browser }) => {
  const { municipality, people } = await createTenant(["advisor", "privacy", "ciso"]);
  const { assessment } = await createAssessmentWithAnswers({ municipalityId: municipality.id, advisorId: people.advisor.id, risks: [] });
  const { assessment: draft } = await createAssessmentWithAnswers({ municipalityId: municipality.id, advisorId: people.advisor.id, channelId: "tiktok", risks: [] });
  await submitAsAdvisor({ municipalityId: municipality.id, assessmentId: assessment.id, advisorId: people.advisor.id });

  // The CISO approves the security section in the browser; we keep the request to replay it.
  const ciso = await as(browser, people.ciso.email);
  const url = `/m/${municipality.slug}/assessments/${assessment.id}/review/security`;
  await ciso.goto(url);
  await ciso.getByLabel("Onderbouwing van uw goedkeuring").fill("In orde.");
  const [request] = await Promise.all([
    ciso.waitForRequest((candidate) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"])),
    ciso.getByRole("button", { name: "Goedkeuren" }).click(),
  ]);
  await expect(ciso.getByText("Het onderdeel is goedgekeurd.")).toBeVisible();
  const actionId = request.headers()["next-action"];
  const [input] = JSON.parse(request.postData() ?? "[]") as [Record<string, unknown>];
  expect(input).toMatchObject({ section: "security", assessmentId: assessment.id });

  const post = (body: Record<string, unknown>) =>
    ciso.request.post(url, {
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: new URL(ciso.url()).origin },
      data: JSON.stringify([body]),
    });

  // The privacy section is not the CISO's.
  const before = await sectionStatuses(assessment.id);
  await post({ ...input, section: "privacy", rationale: "Ik keur het toch goed." });
  expect(await sectionStatuses(assessment.id)).toEqual(before);
  expect(await latestAudit(assessment.id, "review.section.approve")).toMatchObject({ result: "refused", reason: "wrong_role", actorId: people.ciso.id });

  // A draft cannot be approved.
  await post({ ...input, assessmentId: draft.id });
  expect(await sectionStatuses(draft.id)).toEqual({});
  expect(await latestAudit(draft.id, "review.section.approve")).toMatchObject({ result: "refused", reason: "not_submitted" });

  // An approval without rationale.
  await post({ ...input, rationale: "   " });
  const invalid = await db.auditEntry.findFirst({ where: { action: "review.section.approve", actorId: people.ciso.id, reason: "invalid_input" } });
  expect(invalid?.details).toContain("rationale");
  await ciso.context().close();
});

test("a 'use' decision is refused while a risk is not accepted; another decision is recorded and freezes the assessment", async ({ browser }) => {
  const { municipality, people } = await createTenant(["advisor", "privacy", "ciso"]);
  const colleague = await addPerson(municipality.id, "advisor", "b");
  const { assessment, riskIds } = await createAssessmentWithAnswers({ municipalityId: municipality.id, advisorId: people.advisor.id });
  const ids = { municipalityId: municipality.id, assessmentId: assessment.id };
  await submitAsAdvisor({ ...ids, advisorId: people.advisor.id });
  await decideRiskAs({ ...ids, riskId: riskIds[0], userId: people.ciso.id, role: "ciso", decision: "not_accepted" });
  await approveAs({ ...ids, section: "security", userId: people.ciso.id, role: "ciso" });
  await approveAs({ ...ids, section: "privacy", userId: people.privacy.id, role: "privacy" });
  await approveAs({ ...ids, section: "communication", userId: colleague.id, role: "advisor" });

  const advisor = await as(browser, people.advisor.email);
  await expect(advisor.getByRole("link", { name: "Besluit vastleggen: alle onderdelen van Facebook 2026 zijn goedgekeurd" })).toBeVisible();
  await advisor.goto(`/m/${municipality.slug}/assessments/${assessment.id}/review`);
  await expectAccessible(advisor);
  await advisor.getByLabel("Gebruiken", { exact: true }).check();
  await advisor.getByLabel("Onderbouwing van het besluit").fill("Het bereik is groot.");
  await advisor.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(advisor.getByRole("alert").filter({ hasText: "Minstens één risico is niet geaccepteerd." })).toBeVisible();
  await expectAccessible(advisor);
  expect(await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).toMatchObject({ status: "approved", decision: null });
  expect(await latestAudit(assessment.id, "review.decision.record")).toMatchObject({ result: "refused", reason: "risk_not_accepted" });

  // Phase out needs a future date.
  await advisor.getByLabel("Afbouwen", { exact: true }).check();
  await advisor.getByLabel("Afgebouwd uiterlijk op").fill("2020-01-01");
  await advisor.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(advisor.getByText("Deze datum moet in de toekomst liggen.")).toBeVisible();
  await advisor.getByLabel("Afgebouwd uiterlijk op").fill(inAYear());
  await advisor.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(advisor.getByText("Het besluit is vastgelegd.")).toBeVisible();
  await expect(advisor.getByRole("definition").filter({ hasText: "Afbouwen" })).toBeVisible();
  expect(await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).toMatchObject({ status: "decided", decision: "phase_out", phaseOutDate: inAYear() });
  await expectAccessible(advisor);
  await advisor.context().close();
});

test("an administrator changes the sections and reviewers; a council member reads the review without forms", async ({ browser }) => {
  const { municipality, people } = await createTenant(["advisor", "admin", "council", "privacy"]);
  const { assessment } = await createAssessmentWithAnswers({ municipalityId: municipality.id, advisorId: people.advisor.id });
  await submitAsAdvisor({ municipalityId: municipality.id, assessmentId: assessment.id, advisorId: people.advisor.id });

  const admin = await as(browser, people.admin.email);
  await admin.goto(`/m/${municipality.slug}/risks`);
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Onderdelen en beoordelaars instellen" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Onderdelen en beoordelaars" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Beoordelaar van Beveiliging en weerbaarheid").selectOption("privacy");
  await admin.getByLabel(/^Onderdeel voor: Is voor het gebruik van dit kanaal een DPIA/).selectOption("security");
  await admin.getByRole("button", { name: "Indeling opslaan" }).click();
  await expect(admin.getByText("De indeling is opgeslagen.")).toBeVisible();
  const settings = JSON.parse((await db.municipality.findUniqueOrThrow({ where: { id: municipality.id } })).settings);
  expect(settings.sectionOwners).toEqual({ reviewers: { security: "privacy" }, items: { [reviewItems.privacy]: "security" } });
  expect(await db.auditEntry.count({ where: { municipalityId: municipality.id, action: "review.settings.section_owners", result: "success" } })).toBe(1);
  await admin.context().close();

  // The privacy officer now reviews the security section, which holds the DPIA question.
  const privacy = await as(browser, people.privacy.email);
  await expect(privacy.getByRole("link", { name: /Beoordelen: Beveiliging en weerbaarheid van Facebook 2026/ })).toBeVisible();
  await privacy.goto(`/m/${municipality.slug}/assessments/${assessment.id}/review/security`);
  await expect(privacy.getByRole("heading", { level: 4, name: /een DPIA \(gegevensbeschermingseffectbeoordeling\)/ })).toBeVisible();
  await expect(privacy.getByRole("button", { name: "Goedkeuren" })).toBeVisible();
  await privacy.context().close();

  const council = await as(browser, people.council.email);
  await council.goto(`/m/${municipality.slug}/assessments/${assessment.id}/review/privacy`);
  await expect(council.getByRole("heading", { level: 2, name: "Juridisch en privacy" })).toBeVisible();
  await expect(council.locator("#main form")).toHaveCount(0);
  await expect(council.locator("#main details")).toHaveCount(0);
  await expectAccessible(council);
  await council.goto(`/m/${municipality.slug}/risks/sections`);
  await expect(council.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await council.context().close();
});
