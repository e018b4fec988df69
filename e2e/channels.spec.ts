import { randomUUID } from "node:crypto";
import { createTenant, db, retryBusy } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { policyYearNow } from "../lib/assessments/policy-year";
import { buildSnapshot } from "../lib/policy/gather";
import { policyExportOf } from "../lib/policy/export-import";
import { sampleGatherMeta, samplePolicySources } from "../lib/policy/sample";
import { freezeSnapshot } from "../lib/policy/snapshot";
import { startPeerServer } from "./support/peer-server";

/**
 * "What other municipalities decided" (issue 16, part 3): the public page of a channel shows the
 * published decisions of the demo municipalities and never those of a draft or an adopted but
 * unpublished policy; an administrator adds peers' published policies by uploading a public JSON
 * and by fetching one from another installation (an https server on localhost with a test-only
 * certificate, e2e/support/peer-server.ts), and they appear on the channel page apart, with their
 * source. Part 2: the demo's published transparency report in the web version and the public
 * JSON. One sign-in, few page loads.
 */

const lastYear = policyYearNow() - 1;

function sampleSnapshot(slug: string, name: string, year: number, adopted: boolean) {
  const sources = samplePolicySources(2, year, { slug, name });
  // The first sample channel is Facebook.
  sources.assessments[0] = { ...sources.assessments[0], decision: "use_with_conditions", decisionRationale: `Besluit van ${name}.` };
  return buildSnapshot(sources, { ...sampleGatherMeta(year, adopted), introduction: "" });
}

/** A peer's policy as its installation publishes it (the public JSON route, app/api/public/[slug]/policies/[year]/json). */
function peerExport(slug: string, name: string) {
  const snapshot = sampleSnapshot(slug, name, lastYear, true);
  return policyExportOf(
    slug,
    { year: lastYear, status: "adopted", introduction: "", summary: "Samenvatting", evaluationDate: null, councilDecisionDate: `${lastYear}-12-01`, councilDecisionRef: "RB-9", adoptedAt: new Date(Date.UTC(lastYear, 11, 1)) },
    snapshot,
    freezeSnapshot(snapshot).hash,
    new Date(),
  );
}

test("the channel page compares published decisions only, and a peer's uploaded or fetched policy appears apart with its source", async ({ page }) => {
  test.setTimeout(240_000);
  const key = randomUUID().slice(0, 8);
  const { municipality, people } = await createTenant(["admin"]);
  // Two municipalities whose Facebook decision must never be public: adopted but not published, and a draft.
  const hidden = await createTenant(["admin"]);
  const draft = await createTenant(["admin"]);
  const adoptedSnapshot = sampleSnapshot(hidden.municipality.slug, hidden.municipality.name, lastYear, true);
  const frozen = freezeSnapshot(adoptedSnapshot);
  await retryBusy(() =>
    db.policyVersion.createMany({
      data: [
        {
          municipalityId: hidden.municipality.id,
          year: lastYear,
          status: "adopted",
          snapshotJson: frozen.json,
          snapshotHash: frozen.hash,
          councilDecisionDate: `${lastYear}-12-01`,
          councilDecisionRef: "RB-1",
          adoptedAt: new Date(Date.UTC(lastYear, 11, 1)),
        },
        { municipalityId: draft.municipality.id, year: lastYear, status: "draft", summary: "Concept" },
      ],
    }),
  );

  // Rivierdal's published document carries its transparency report: a chapter with the chart and its table, and per channel `transparency` in the public JSON.
  await page.goto(`/p/rivierdal/${lastYear}`);
  const report = page.getByRole("region", { name: "Transparantieverslag" });
  await expect(report.getByRole("img", { name: /Moderatie per kanaal/ })).toBeVisible();
  await expect(report.getByRole("table", { name: `Cijfers per kanaal, ${lastYear}` }).getByRole("row")).toHaveCount(3);
  await expectAccessible(page);
  const json = (await (await page.request.get(`/api/public/rivierdal/policies/${lastYear}/json`)).json()) as { policy: { snapshot: { channels: { channelId: string; transparency?: { figures: Record<string, number | null> } }[] } } };
  expect(json.policy.snapshot.channels.find((channel) => channel.channelId === "facebook")?.transparency?.figures.commentsRemoved).toBe(74);

  await page.goto("/channels");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Facebook", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Facebook: wat gemeenten besloten" })).toBeVisible();
  const own = page.getByRole("table", { name: "Besluiten over Facebook van gemeenten op deze installatie" });
  await expect(own.getByRole("rowheader", { name: "Gemeente Voorbeeldstad" })).toBeVisible();
  const rivierdal = own.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Gemeente Rivierdal" }) });
  await expect(rivierdal).toContainText("Gebruiken met voorwaarden");
  await expect(rivierdal.getByRole("link", { name: `Webversie ${lastYear}` })).toHaveAttribute("href", `/p/rivierdal/${lastYear}`);
  await expect(page.locator("main")).not.toContainText(hidden.municipality.name);
  await expect(page.locator("main")).not.toContainText(draft.municipality.name);
  await expectAccessible(page);

  // The administrator adds a peer's published policy from its public JSON file.
  await signIn(page, people.admin.email);
  await page.goto(`/m/${municipality.slug}/admin/peers`);
  await expect(page.getByRole("heading", { level: 1, name: "Andere installaties" })).toBeVisible();
  // Another installation of the app, on https with a certificate the app server trusts (test-only): it publishes Overzee's policy; another path answers with HTML.
  const fetchedName = `Gemeente Overzee ${key}`;
  const installation = await startPeerServer({
    [`/api/public/overzee-${key}/policies/${lastYear}/json`]: { contentType: "application/json; charset=utf-8", body: JSON.stringify(peerExport(`overzee-${key}`, fetchedName)) },
    [`/api/public/niet-json/policies/${lastYear}/json`]: { contentType: "text/html; charset=utf-8", body: "<p>Onderhoud</p>" },
  });
  try {
    // An installation's address is checked in the form, with a translated message.
    await page.getByLabel("Naam").fill("Overzee");
    await page.getByLabel("Adres").fill("http://192.168.1.10");
    await page.getByRole("button", { name: "Installatie toevoegen" }).click();
    await expect(page.getByText("Vul een https-adres van een openbare server in, zonder pad, poort of inloggegevens.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Adres").fill(installation.origin);
    await page.getByRole("button", { name: "Installatie toevoegen" }).click();

    // The policy is fetched by the server from the installation's public JSON.
    await page.getByLabel("Gemeente", { exact: true }).fill(`overzee-${key}`);
    await page.getByLabel("Jaar", { exact: true }).fill(String(lastYear));
    await page.getByRole("button", { name: "Ophalen", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Het beleid van ${fetchedName} voor ${lastYear} is toegevoegd.` })).toBeVisible();
    const fetchedRow = page.getByRole("table", { name: "Toegevoegde documenten" }).getByRole("row").filter({ hasText: `${fetchedName}, ${lastYear}` });
    await expect(fetchedRow).toContainText("Opgehaald van Overzee");
    await expect(fetchedRow).toContainText(`${installation.origin}/api/public/overzee-${key}/policies/${lastYear}/json`);
    // An answer that is not JSON is refused with its reason, and nothing is added.
    await page.getByLabel("Gemeente", { exact: true }).fill("niet-json");
    await page.getByRole("button", { name: "Ophalen", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "De server stuurde geen JSON." })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await installation.close();
  }
  const fetchAudit = await db.auditEntry.findMany({ where: { municipalityId: municipality.id, action: "peers.policy.fetch" }, orderBy: { at: "asc" } });
  expect(fetchAudit.map((entry) => entry.result)).toEqual(["success", "refused"]);

  const peerName = `Gemeente Verweg ${key}`;
  const peerFile = peerExport(`verweg-${key}`, peerName);
  await page.getByLabel("JSON-bestand of PDF van het beleid").setInputFiles({ name: "verweg.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(peerFile)) });
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Het beleid van ${peerName} voor ${lastYear} is toegevoegd.` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Toegevoegde documenten" })).toContainText(`${peerName}, ${lastYear}`);
  await expect.poll(() => db.auditEntry.count({ where: { municipalityId: municipality.id, action: "peers.policy.upload", result: "success" } })).toBe(1);

  await page.goto("/channels/facebook");
  const peers = page.getByRole("table", { name: "Besluiten over Facebook van gemeenten op andere installaties" });
  const peerRow = peers.getByRole("row").filter({ has: page.getByRole("rowheader", { name: peerName }) });
  await expect(peerRow).toContainText("Gebruiken met voorwaarden");
  await expect(peerRow).toContainText("Geüpload bestand verweg.json");
  await expect(peerRow).toContainText(`Toegevoegd door ${municipality.name}`);
  const fetchedPeerRow = peers.getByRole("row").filter({ has: page.getByRole("rowheader", { name: fetchedName }) });
  await expect(fetchedPeerRow).toContainText("Gebruiken met voorwaarden");
  await expect(fetchedPeerRow).toContainText("Opgehaald van Overzee:");
  // Never as a municipality of this installation.
  const thisInstallation = page.getByRole("table", { name: "Besluiten over Facebook van gemeenten op deze installatie" });
  await expect(thisInstallation).not.toContainText(peerName);
  await expect(thisInstallation).not.toContainText(fetchedName);
  await expectAccessible(page);
});
