import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTenant, db } from "./support/db";
import { createPolicyDraft, pdfTool, seedDecidedAssessments, settleAssessment } from "./support/policy-data";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { policyYearNow } from "../lib/assessments/policy-year";
import { todayInNL } from "../lib/catalogue/schema";

const thisYear = policyYearNow();
const lastYear = thisYear - 1;

test.describe.configure({ mode: "serial" });

test("a version is completed, refused while a risk is open, adopted, frozen, exported as PDF/A, published and followed by next year", async ({ browser }) => {
  test.setTimeout(600_000);
  const { municipality, people } = await createTenant(["advisor", "admin", "council"]);
  const slug = municipality.slug;
  await seedDecidedAssessments({
    municipalityId: municipality.id,
    userId: people.advisor.id,
    year: lastYear,
    channels: [
      { channelId: "facebook", decision: "phase_out" },
      { channelId: "mastodon", decision: "use" },
      { channelId: "municipal-website", decision: "use" },
    ],
    undecidedRisk: "Afhankelijkheid van één leverancier",
  });
  await createPolicyDraft(municipality.id, lastYear);

  // The advisor writes the introduction, summary and evaluation date; the open items show what else is left.
  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await signIn(advisor, people.advisor.email);
  await advisor.goto(`/m/${slug}/policy`);
  await expectAccessible(advisor);
  await advisor.getByRole("link", { name: `Beleid ${lastYear}` }).click();
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${lastYear}`);
  const openItems = advisor.getByRole("region", { name: "Wat staat nog open" });
  await expect(openItems).toContainText("De samenvatting in gewone taal ontbreekt.");
  await expectAccessible(advisor);
  await advisor.getByRole("textbox", { name: "Inleiding", exact: true }).fill("Dit beleid beschrijft welke kanalen de gemeente gebruikt en waarom.");
  await advisor.getByLabel("Samenvatting in gewone taal (taalniveau B1)").fill("We zijn zuinig met sociale media. Alle informatie staat ook op de website.");
  await advisor.getByLabel("Evaluatie en nieuwe versie uiterlijk").fill(`${thisYear}-10-01`);
  await advisor.getByRole("button", { name: "Opslaan" }).click();
  await expect(advisor.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
  await expect(openItems).not.toContainText("De samenvatting in gewone taal ontbreekt.");
  await expect(openItems).toContainText("Afhankelijkheid van één leverancier");

  // The administrator tries to adopt: refused with the list of what is open, nothing changes.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, people.admin.email);
  await admin.goto(`/m/${slug}/policy/${lastYear}`);
  await admin.getByLabel("Datum van het raadsbesluit").fill(`${lastYear}-12-11`);
  await admin.getByLabel("Kenmerk van het raadsbesluit").fill(`RB-${lastYear}-087`);
  await admin.getByRole("button", { name: "Versie vaststellen" }).click();
  const refusal = admin.getByRole("alert").filter({ hasText: "Vaststellen kan nog niet" });
  await expect(refusal).toBeVisible();
  await expect(admin.locator("form").getByText(/Facebook: over het risico ‘Afhankelijkheid van één leverancier’ is nog niet besloten/)).toBeVisible();
  await expectAccessible(admin);
  expect((await db.policyVersion.findFirstOrThrow({ where: { municipalityId: municipality.id, year: lastYear } })).status).toBe("draft");

  // The CISO decides the risk (outside this spec's scope), then adoption succeeds.
  await db.risk.updateMany({
    where: { title: "Afhankelijkheid van één leverancier", assessment: { municipalityId: municipality.id } },
    data: { decision: "accepted", riskOwner: "CISO", reviewDate: `${thisYear}-09-30`, decidedAt: new Date() },
  });
  await admin.getByRole("button", { name: "Versie vaststellen" }).click();
  await expect(admin.getByText(`Vastgesteld door de gemeenteraad op 11 december ${lastYear} (kenmerk RB-${lastYear}-087).`)).toBeVisible();
  await expect(admin.getByText(/Deze versie ligt vast en kan niet meer worden gewijzigd/)).toBeVisible();
  await expect(admin.getByRole("button", { name: "Versie vaststellen" })).toHaveCount(0);
  await expectAccessible(admin);
  const adopted = await db.policyVersion.findFirstOrThrow({ where: { municipalityId: municipality.id, year: lastYear } });
  expect(adopted.status).toBe("adopted");
  expect(adopted.snapshotHash).toMatch(/^[0-9a-f]{64}$/);

  // Frozen: the advisor's page, still showing the form, cannot change the adopted version; the refusal is audited.
  await advisor.getByRole("textbox", { name: "Inleiding", exact: true }).fill("Een late wijziging.");
  await advisor.getByRole("button", { name: "Opslaan" }).click();
  await expect(advisor.getByRole("alert").filter({ hasText: "Deze versie is intussen vastgesteld" })).toBeVisible();
  const refused = await db.auditEntry.findFirst({ where: { municipalityId: municipality.id, action: "policy.draft.update", result: "refused" }, orderBy: { at: "desc" } });
  expect(refused?.reason).toBe("policy_frozen");
  expect((await db.policyVersion.findUniqueOrThrow({ where: { id: adopted.id } })).introduction).toBe("Dit beleid beschrijft welke kanalen de gemeente gebruikt en waarom.");
  await advisor.reload();
  await expect(advisor.getByRole("textbox", { name: "Inleiding", exact: true })).toHaveCount(0);

  // The PDF: pages, title and PDF/A claim, embedded fonts, every channel with its decision, a sound file.
  const downloadPromise = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Document downloaden als PDF" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`beleid-sociale-media-${slug}-${lastYear}.pdf`);
  const file = path.join(os.tmpdir(), `policy-${slug}.pdf`);
  await download.saveAs(file);
  const info = pdfTool("pdfinfo", [file]);
  expect(info).toContain(`Title:           Beleid sociale media ${lastYear} – ${municipality.name}`);
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(8);
  const meta = pdfTool("pdfinfo", ["-meta", file]);
  expect(meta).toContain("<pdfaid:part>3</pdfaid:part>");
  expect(meta).toContain("<pdfaid:conformance>A</pdfaid:conformance>");
  expect(meta).toContain("<pdfuaid:part>1</pdfuaid:part>");
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  const fonts = pdfTool("pdffonts", [file]).trim().split("\n").slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe("yes");
  const text = pdfTool("pdftotext", ["-layout", file, "-"]);
  for (const expected of ["Facebook", "Mastodon", "Gemeentelijke website", "Afbouwen", "Gebruiken", "Inhoud", `RB-${lastYear}-087`, adopted.snapshotHash!.slice(0, 12)]) {
    expect(text, expected).toContain(expected);
  }
  expect(text).not.toContain("CONCEPT");
  expect(pdfTool("qpdf", ["--check", file])).toContain("No syntax or stream encoding errors");
  fs.rmSync(file, { force: true });

  // The web version says the same, accessibly.
  await admin.goto(`/m/${slug}/policy/${lastYear}/document`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${lastYear}`);
  await expect(admin.getByRole("heading", { level: 2, name: "Facebook" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Scores per kanaal (0 tot 100) en de zekerheid van de totaalscore" })).toBeVisible();
  await expect(admin.getByRole("img", { name: /Scores per kanaal/ })).toBeVisible();
  await expectAccessible(admin);

  // Publication: signed out, the PDF, the JSON and the web page are there; next year's draft is not.
  await admin.goto(`/m/${slug}/policy/${lastYear}`);
  await admin.getByRole("button", { name: "Publiceren" }).click();
  await expect(admin.getByRole("link", { name: "Openbare webversie" })).toBeVisible();
  await expectAccessible(admin);

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const pdf = await visitor.request.get(`/api/public/${slug}/policies/${lastYear}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe(`attachment; filename="beleid-sociale-media-${slug}-${lastYear}.pdf"`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // Caches may keep it, but ask again each time: unchanged gives 304 by its ETag.
  expect(pdf.headers()["cache-control"]).toBe("public, no-cache");
  const pdfTag = pdf.headers()["etag"];
  expect((await visitor.request.get(`/api/public/${slug}/policies/${lastYear}/pdf`, { headers: { "If-None-Match": pdfTag } })).status()).toBe(304);
  const json = await visitor.request.get(`/api/public/${slug}/policies/${lastYear}/json`);
  expect(json.status()).toBe(200);
  const exported = await json.json();
  expect(exported).toMatchObject({ format: "afwegingskader/policy", formatVersion: 1, policy: { year: lastYear, status: "adopted", snapshotHash: adopted.snapshotHash } });
  // Without a session the page is its frozen copy: a document that runs no script, in the visitor's language.
  const publicPage = await visitor.goto(`/p/${slug}/${lastYear}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${lastYear}`);
  expect(publicPage?.headers()["content-security-policy"]).toContain("script-src 'none'");
  expect(await visitor.locator("script").count()).toBe(0);
  await expectAccessible(visitor);
  const pageTag = publicPage!.headers()["etag"];
  expect((await visitor.request.get(`/p/${slug}/${lastYear}`, { headers: { "If-None-Match": pageTag } })).status()).toBe(304);
  await visitor.getByRole("button", { name: "Switch to English" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Social media policy ${lastYear}`);
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Social media policy ${lastYear}`);
  expect(await visitor.locator("script").count()).toBe(0);
  await visitor.getByRole("button", { name: "Schakel naar Nederlands" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${lastYear}`);
  // With a session it is the live page, with the person's own header.
  await admin.goto(`/p/${slug}/${lastYear}`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${lastYear}`);
  await expect(admin.getByRole("button", { name: "Afmelden" })).toBeVisible();
  await visitor.goto(`/p/${slug}`);
  await expectAccessible(visitor);

  // Next year: the advisor starts it from the adopted version; a changed decision shows in the changes view.
  await advisor.goto(`/m/${slug}/policy`);
  await advisor.getByRole("button", { name: `Versie ${thisYear} beginnen` }).click();
  await expect(advisor).toHaveURL(new RegExp(`/policy/${thisYear}$`));
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${thisYear}`);
  await expectAccessible(advisor);
  const carried = await db.assessment.findMany({ where: { municipalityId: municipality.id, year: thisYear }, include: { answers: true } });
  expect(carried.map((assessment) => assessment.channelId).sort()).toEqual(["facebook", "mastodon", "municipal-website"]);
  expect(carried.every((assessment) => assessment.answers.length > 0 && assessment.answers.every((answer) => answer.carriedFrom))).toBe(true);
  const draftStatus = await visitor.request.get(`/api/public/${slug}/policies/${thisYear}/pdf`);
  expect(draftStatus.status()).toBe(404);

  const facebook = carried.find((assessment) => assessment.channelId === "facebook")!;
  await settleAssessment(facebook.id, people.advisor.id, "do_not_use", thisYear);
  await advisor.getByRole("link", { name: "Wat is er veranderd sinds vorig jaar" }).click();
  await expect(advisor.getByRole("heading", { level: 1 })).toHaveText(`Wat is er veranderd in ${thisYear}`);
  const facebookChanges = advisor.getByRole("region", { name: /Facebook/ });
  await expect(facebookChanges).toContainText("Besluit: van ‘Afbouwen’ naar ‘Niet gebruiken’.");
  await expectAccessible(advisor);

  // The draft's PDF carries the CONCEPT mark.
  const draftPdf = await advisor.request.get(`/m/${slug}/policy/${thisYear}/pdf`);
  expect(draftPdf.status()).toBe(200);
  const draftFile = path.join(os.tmpdir(), `policy-${slug}-draft.pdf`);
  fs.writeFileSync(draftFile, new Uint8Array(await draftPdf.body()));
  expect(pdfTool("pdftotext", [draftFile, "-"])).toContain("CONCEPT");
  fs.rmSync(draftFile, { force: true });

  // Adopt next year too, so a council member can compare the two years.
  for (const assessment of carried.filter((entry) => entry.channelId !== "facebook")) await settleAssessment(assessment.id, people.advisor.id, "use", thisYear);
  await db.policyVersion.updateMany({ where: { municipalityId: municipality.id, year: thisYear }, data: { summary: "Facebook gebruiken we niet meer.", evaluationDate: `${thisYear + 1}-10-01` } });
  await admin.goto(`/m/${slug}/policy/${thisYear}`);
  await admin.getByLabel("Datum van het raadsbesluit").fill(todayInNL());
  await admin.getByLabel("Kenmerk van het raadsbesluit").fill(`RB-${thisYear}-003`);
  await admin.getByRole("button", { name: "Versie vaststellen" }).click();
  await expect(admin.getByText(/Deze versie ligt vast/)).toBeVisible();

  // The council member sees the adopted versions, reads one, downloads its PDF and compares the years.
  const councilContext = await browser.newContext();
  const council = await councilContext.newPage();
  await signIn(council, people.council.email);
  await council.goto(`/m/${slug}/policy`);
  await expect(council.getByRole("link", { name: `Beleid ${lastYear}` })).toBeVisible();
  await expect(council.getByRole("button", { name: /beginnen/ })).toHaveCount(0);
  await expectAccessible(council);
  await council.getByRole("link", { name: `Webversie ${lastYear}` }).click();
  await expect(council.getByRole("heading", { level: 1 })).toHaveText(`Beleid sociale media ${lastYear}`);
  const councilPdf = await council.request.get(`/m/${slug}/policy/${lastYear}/pdf`);
  expect(councilPdf.headers()["content-type"]).toBe("application/pdf");
  await council.goto(`/m/${slug}/policy`);
  await council.getByRole("link", { name: "Vergelijk twee vastgestelde jaren" }).click();
  await council.getByLabel("Van het jaar").selectOption(String(lastYear));
  await council.getByLabel("Naar het jaar").selectOption(String(thisYear));
  await council.getByRole("button", { name: "Vergelijken" }).click();
  await expect(council.getByRole("heading", { level: 2, name: `Veranderingen van ${lastYear} naar ${thisYear}` })).toBeVisible();
  await expect(council.getByRole("region", { name: /Facebook/ })).toContainText("Niet gebruiken");
  await expectAccessible(council);
  await council.goto(`/m/${slug}/policy/${thisYear}`);
  await expect(council.getByRole("button", { name: "Publiceren" })).toHaveCount(0);
  await expectAccessible(council);
  await council.goto(`/m/${slug}/policy/${lastYear}`);
  await expect(council.getByRole("button", { name: "Publicatie intrekken" })).toHaveCount(0);

  // The administrator withdraws last year's publication, with a reason: the public URLs are gone, the version stays adopted.
  await admin.goto(`/m/${slug}/policy/${lastYear}`);
  await admin.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(admin.getByRole("textbox", { name: "Reden" })).toHaveAccessibleDescription(/Geef een onderbouwing/);
  await expectAccessible(admin);
  await admin.getByRole("textbox", { name: "Reden" }).fill("Er staat een fout in de samenvatting; de raad herstelt die eerst.");
  const withdrawRequest = admin.waitForRequest((request) => request.method() === "POST" && request.url().includes(`/policy/${lastYear}`));
  await admin.getByRole("button", { name: "Publicatie intrekken" }).click();
  const captured = await withdrawRequest;
  await expect(admin.getByText("Deze versie is nog niet openbaar.")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Publiceren" })).toBeVisible();
  await expectAccessible(admin);
  for (const url of [`/api/public/${slug}/policies/${lastYear}/pdf`, `/api/public/${slug}/policies/${lastYear}/json`, `/p/${slug}/${lastYear}`]) {
    expect((await visitor.request.get(url)).status(), url).toBe(404);
  }
  // A cache that still holds the file learns at once that it is gone.
  expect((await visitor.request.get(`/api/public/${slug}/policies/${lastYear}/pdf`, { headers: { "If-None-Match": pdfTag } })).status()).toBe(404);
  const withdrawal = await db.auditEntry.findFirst({ where: { municipalityId: municipality.id, action: "policy.unpublish", result: "success" } });
  expect(JSON.parse(withdrawal?.details ?? "{}")).toMatchObject({ year: lastYear, reason: "Er staat een fout in de samenvatting; de raad herstelt die eerst." });
  expect(withdrawal?.actorEmail).toBe(people.admin.email);
  expect(await db.policyVersion.findFirst({ where: { municipalityId: municipality.id, year: lastYear } })).toMatchObject({ status: "adopted", publishedAt: null, snapshotHash: adopted.snapshotHash });

  // Published again; the council member replays the withdrawal straight to the server and is refused.
  await admin.getByRole("button", { name: "Publiceren" }).click();
  await expect(admin.getByRole("link", { name: "Openbare webversie" })).toBeVisible();
  const replay = await council.request.post(captured.url(), {
    headers: { ...captured.headers(), cookie: (await councilContext.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") },
    data: captured.postData()!,
  });
  expect(replay.ok()).toBe(true);
  expect((await visitor.request.get(`/api/public/${slug}/policies/${lastYear}/pdf`)).status()).toBe(200);
  expect(await db.auditEntry.findFirst({ where: { actorId: people.council.id, action: "policy.unpublish" } })).toMatchObject({ result: "refused" });

  for (const context of [advisorContext, adminContext, visitorContext, councilContext]) await context.close();
});

test("import: a foreign or broken file is refused with what is wrong; a decided assessment of another municipality arrives as a draft, which an administrator can delete", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const source = await createTenant(["advisor"]);
  const target = await createTenant(["advisor", "admin"]);
  const ids = await seedDecidedAssessments({ municipalityId: source.municipality.id, userId: source.people.advisor.id, year: thisYear, channels: [{ channelId: "mastodon", decision: "use" }] });

  const sourceContext = await browser.newContext();
  const sourcePage = await sourceContext.newPage();
  await signIn(sourcePage, source.people.advisor.email);
  const exported = await sourcePage.request.get(`/m/${source.municipality.slug}/assessments/${ids.mastodon}/export`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/attachment; filename="beoordeling-.*-mastodon-\d{4}\.json"/);
  const body = await exported.text();
  await sourceContext.close();

  await signIn(page, target.people.advisor.email);
  await page.goto(`/m/${target.municipality.slug}/policy/import`);
  await expectAccessible(page);
  const upload = async (name: string, content: string, mimeType = "application/json") => {
    await page.getByLabel("Bestand (JSON of PDF)").setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
    await page.getByRole("button", { name: "Importeren" }).click();
  };

  await upload("notes.json", "dit is geen json");
  await expect(page.getByRole("alert").filter({ hasText: "Het bestand is geen geldige JSON" })).toBeVisible();
  await upload("other.json", JSON.stringify({ format: "iets-anders", formatVersion: 1 }));
  await expect(page.getByRole("alert").filter({ hasText: "Dit is geen export van deze app (formaat: iets-anders)" })).toBeVisible();
  await upload("future.json", body.replace('"formatVersion": 1', '"formatVersion": 7'));
  await expect(page.getByRole("alert").filter({ hasText: "Versie 7 van het formaat wordt niet ondersteund" })).toBeVisible();
  await upload("broken.json", body.replace('"likelihood": 3', '"likelihood": 9'));
  await expect(page.getByRole("alert").filter({ hasText: "assessment.risks.0.likelihood: te lang of te groot" })).toBeVisible();
  await expectAccessible(page);
  expect(await db.assessment.count({ where: { municipalityId: target.municipality.id } })).toBe(0);

  // The file says: decided "use", sections approved, risk accepted. None of that is this municipality's review.
  expect(JSON.parse(body).assessment).toMatchObject({ status: "decided", decision: { value: "use" } });
  await upload("mastodon.json", body);
  await expect(page.getByRole("status").filter({ hasText: "is geïmporteerd, als concept" })).toBeVisible();
  const imported = await db.assessment.findFirstOrThrow({ where: { municipalityId: target.municipality.id }, include: { answers: true, risks: true, sectionReviews: true } });
  expect(imported).toMatchObject({ channelId: "mastodon", year: thisYear, status: "draft", decision: null, decidedById: null, reviewRound: 1 });
  expect(imported.answers.length).toBeGreaterThan(0);
  expect(imported.sectionReviews).toEqual([]);
  expect(imported.risks[0]).toMatchObject({ decision: null, riskOwner: null, decidedById: null });
  const audit = await db.auditEntry.findFirstOrThrow({ where: { municipalityId: target.municipality.id, action: "policy.import", result: "success" } });
  expect(JSON.parse(audit.details!).history).toMatchObject({ source: source.municipality.slug, status: "decided", decision: { value: "use" } });
  // The list of imports shows where it came from and what it was there; an advisor cannot delete it.
  const row = page.getByRole("row").filter({ hasText: "Beoordeling Mastodon" });
  await expect(row.getByRole("cell", { name: `Uit ${source.municipality.slug}: daar besloten` })).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
  await expectAccessible(page);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, target.people.admin.email);
  await admin.goto(`/m/${target.municipality.slug}/policy/import`);
  const adminRow = admin.getByRole("row").filter({ hasText: "Beoordeling Mastodon" });
  await adminRow.getByRole("button", { name: /^Verwijderen: Beoordeling Mastodon/ }).click();
  await expectAccessible(admin);
  await adminRow.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(adminRow.getByRole("cell", { name: "Verwijderd" })).toBeVisible();
  expect(await db.assessment.findUnique({ where: { id: imported.id } })).toBeNull();
  expect(await db.auditEntry.findFirst({ where: { municipalityId: target.municipality.id, action: "policy.import.delete", objectId: imported.id } })).toMatchObject({
    result: "success",
    actorId: target.people.admin.id,
  });
  await adminContext.close();
});

test("another municipality's versions are not found, published or not", async ({ page }) => {
  const owner = await createTenant(["advisor"]);
  const outsider = await createTenant(["advisor"]);
  await createPolicyDraft(owner.municipality.id, thisYear);
  await signIn(page, outsider.people.advisor.email);
  const response = await page.goto(`/m/${owner.municipality.slug}/policy/${thisYear}`);
  expect(response?.status()).toBe(404);
  expect((await page.request.get(`/m/${owner.municipality.slug}/policy/${thisYear}/pdf`)).status()).toBe(404);
  expect((await page.request.get(`/api/public/${owner.municipality.slug}/policies/${thisYear}/pdf`)).status()).toBe(404);
  expect((await page.request.get(`/api/public/${owner.municipality.slug}/policies/${thisYear}/json`)).status()).toBe(404);
  expect((await page.request.get(`/api/public/no-such-town/policies/${thisYear}/pdf`)).status()).toBe(404);
  const publicPage = await page.goto(`/p/${owner.municipality.slug}/${thisYear}`);
  expect(publicPage?.status()).toBe(404);
});
