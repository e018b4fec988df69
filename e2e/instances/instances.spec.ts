import { createHash } from "node:crypto";
import fs from "node:fs";
import { startAssessment } from "../support/assessment-data";
import { createTenant, db, testPassword } from "../support/db";
import { expect, expectAccessible, signIn, test } from "../support/fixtures";
import { instanceUrls, mailLog, publicUrl } from "../support/instances";
import { postSignIn } from "../support/sign-in-api";

/**
 * Two instances of the app on one database (playwright.instances.config.ts). Behind the balancer
 * every request may land on either; here each test addresses them directly, alternating on
 * purpose, and checks that what matters is shared through the database, not kept in one process.
 * Requests carry the app's public address as their Origin, as they do behind a balancer.
 */
const [first, second] = instanceUrls;
const sha256 = (bytes: ArrayBufferView) => createHash("sha256").update(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).digest("hex");

// The tests share nothing but the servers: they run in parallel, beside the other specs of the pass.
test.describe.configure({ mode: "parallel" });

test("a session made on one instance holds on the other, a stale autosave is caught across them, and signing out ends it on both", async ({ browser }) => {
  const { municipality, people } = await createTenant(["advisor"]);
  const assessment = await startAssessment({ municipalityId: municipality.id, channelId: "facebook", year: 2026, userId: people.advisor.id });
  const context = await browser.newContext({ baseURL: first });
  const onFirst = await context.newPage();
  await signIn(onFirst, people.advisor.email);
  const onSecond = await context.newPage();
  const step = `/m/${municipality.slug}/assessments/${assessment.id}/exit`;
  await onFirst.goto(`${first}${step}`);
  await onSecond.goto(`${second}${step}`);
  await expect(onSecond).toHaveURL(`${second}${step}`);
  await expectAccessible(onSecond);

  const triggers = (page: typeof onFirst) => page.getByRole("textbox", { name: /Bij welke gebeurtenissen/ });
  await triggers(onFirst).fill("Als de DPIA hoge risico's blijft tonen.");
  await triggers(onFirst).blur();
  await expect(onFirst.getByText("Opgeslagen").first()).toBeVisible();
  await triggers(onSecond).fill("Als het bereik onder de 5% van de inwoners zakt.");
  await triggers(onSecond).blur();
  await expect(onSecond.getByRole("alert").filter({ hasText: "Iemand anders heeft dit antwoord intussen gewijzigd" })).toContainText("Als de DPIA hoge risico's blijft tonen.");

  await onSecond.getByRole("button", { name: "Afmelden" }).click();
  await onSecond.waitForURL((url) => url.pathname.startsWith("/sign-in"));
  await onFirst.goto(`${first}${step}`);
  await expect(onFirst).toHaveURL(/\/sign-in/);
  await context.close();
});

test("sign-in failures on either instance count toward one lock, and the rate limit is one for both", async ({ playwright }) => {
  // Waits out the shared rate limit of the sign-in route (3 calls per 10 s) more than once.
  test.setTimeout(240_000);
  const request = await playwright.request.newContext();
  // Four calls in a row, alternating: each instance alone would see two and let them through.
  const statuses: number[] = [];
  for (let call = 0; call < 4; call++) {
    const response = await request.post(`${instanceUrls[call % 2]}/api/auth/sign-in/email`, { data: { email: `niemand-${call}@test.example`, password: "wat-dan-ook-123" }, headers: { origin: publicUrl } });
    statuses.push(response.status());
  }
  expect(statuses).toContain(429);

  const { people } = await createTenant(["advisor"]);
  const email = people.advisor.email;
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await postSignIn(request, instanceUrls[attempt % 2], { email, password: `fout-${attempt}-wachtwoord` });
    expect(response.status()).toBe(401);
  }
  for (const instance of instanceUrls) {
    const locked = await postSignIn(request, instance, { email, password: testPassword });
    expect(locked.status(), `locked on ${instance}`).toBe(403);
  }
  expect(await db.session.count({ where: { userId: people.advisor.id } })).toBe(0);
  await request.dispose();
});

test("an adopted PDF is rendered once, and the other instance serves the stored bytes", async ({ playwright }) => {
  const demo = await db.municipality.findUniqueOrThrow({ where: { slug: "voorbeeldstad" } });
  const published = await db.policyVersion.findFirst({ where: { municipalityId: demo.id, publishedAt: { not: null } }, orderBy: { year: "desc" } });
  expect(published, "the demo data publishes a policy").toBeTruthy();
  const path = `/api/public/voorbeeldstad/policies/${published!.year}/pdf`;
  // The stored renderings of this version (keyed by its snapshot's hash); other tests may store theirs meanwhile.
  const ofThisVersion = { key: { startsWith: `${published!.snapshotHash}-` } };
  await db.renderedDocument.deleteMany({ where: ofThisVersion });
  const request = await playwright.request.newContext();

  const fromFirst = await request.get(`${first}${path}`);
  expect(fromFirst.status()).toBe(200);
  const stored = await db.renderedDocument.findMany({ where: ofThisVersion });
  expect(stored).toHaveLength(1);
  expect(sha256(stored[0].bytes)).toBe(sha256(await fromFirst.body()));

  // Mark the stored copy: the second instance, which never served this version, must hand out
  // exactly what the first stored, not a rendering of its own.
  const mark = new TextEncoder().encode("%stored by the first instance\n");
  const marked = new Uint8Array(stored[0].bytes.length + mark.length);
  marked.set(stored[0].bytes);
  marked.set(mark, stored[0].bytes.length);
  await db.renderedDocument.update({ where: { key: stored[0].key }, data: { bytes: marked } });
  const fromSecond = await request.get(`${second}${path}`);
  expect(fromSecond.status()).toBe(200);
  expect(sha256(await fromSecond.body())).toBe(sha256(marked));
  await request.dispose();
});

test("while both instances deliver mail at the same time, each message in the outbox is sent once", async ({ browser }) => {
  const { municipality, people } = await createTenant(["admin"]);
  // Mail that earlier runs left in this database's outbox was never meant to be sent.
  await db.outboxMessage.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } });
  const queued = Array.from({ length: 30 }, (_, index) => `wachtrij-${index}-${municipality.slug}@test.example`);
  await db.outboxMessage.createMany({ data: queued.map((to) => ({ municipalityId: municipality.id, to, subject: "Wachtrij", body: "Een bericht dat al klaarstond." })) });

  const context = await browser.newContext({ baseURL: first });
  const pages = [await context.newPage(), await context.newPage()];
  await signIn(pages[0], people.admin.email);
  const invited = instanceUrls.map((_, index) => `uitgenodigd-${index}-${municipality.slug}@test.example`);
  for (const [index, page] of pages.entries()) {
    await page.goto(`${instanceUrls[index]}/m/${municipality.slug}/admin/members`);
    await page.getByLabel("E-mailadres").fill(invited[index]);
    await page.getByRole("group", { name: "Rollen", exact: true }).getByLabel("Privacy officer / FG").check();
  }
  // Each invitation starts a delivery run on its own instance; both find the same 30 messages waiting.
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Uitnodiging versturen" }).click()));
  for (const [index, page] of pages.entries()) await expect(page.getByRole("status").filter({ hasText: invited[index] })).toBeVisible();

  await expect.poll(() => db.outboxMessage.count({ where: { municipalityId: municipality.id, sentAt: null } }), { timeout: 60_000 }).toBe(0);
  const received = fs
    .readFileSync(mailLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { to: string[] }).to)
    .filter((to) => to.endsWith(`-${municipality.slug}@test.example`));
  expect(received.sort()).toEqual([...queued, ...invited].sort());
  await context.close();
});
