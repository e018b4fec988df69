import { request as httpRequest } from "node:http";
import { createTenant } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const MB = 1024 * 1024;

/** POSTs a body in pieces without a Content-Length, so Node sends it chunked: its size shows only as it is read. */
function postChunked(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on("error", reject);
    for (let offset = 0; offset < body.length; offset += 64 * 1024) request.write(body.subarray(offset, offset + 64 * 1024));
    request.end();
  });
}

test("an oversized or too deeply nested upload is refused with a translated message before the server reads it", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const tenant = await createTenant(["advisor"]);
  await signIn(page, tenant.people.advisor.email);
  await page.goto(`/m/${tenant.municipality.slug}/policy/import`);
  await expectAccessible(page);

  // The import's own server action, as the browser calls it.
  const actionCall = page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await page.getByLabel("Bestand (JSON of PDF)").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("geen json") });
  await page.getByRole("button", { name: "Importeren" }).click();
  const call = await actionCall;
  await expect(page.getByRole("alert").filter({ hasText: "Het bestand is geen geldige JSON" })).toBeVisible();
  const headers = { "Next-Action": call.headers()["next-action"], "Content-Type": "text/plain;charset=UTF-8" };
  const url = `/m/${tenant.municipality.slug}/policy/import`;

  // The same action with an upload beyond the limit: 413 with the message in Dutch, then in English.
  const oversized = JSON.stringify([{ municipalitySlug: tenant.municipality.slug, fileName: "groot.json", content: "x".repeat(2 * MB + 1), encoding: "text" }]);
  const dutch = await page.request.post(url, { headers, data: oversized });
  expect(dutch.status()).toBe(413);
  expect(await dutch.json()).toEqual({ error: "request_too_large", message: "Dit verzoek is te groot: de server neemt hoogstens 2 MB aan." });
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  const english = await page.request.post(url, { headers, data: oversized });
  expect(english.status()).toBe(413);
  expect((await english.json()).message).toBe("This request is too large: the server accepts at most 2 MB.");

  // Arguments nested 600,000 deep (1.2 MB) are refused before they are parsed.
  const deep = await page.request.post(url, { headers, data: `[${"[".repeat(600_000)}${"]".repeat(600_000)}]` });
  expect(deep.status()).toBe(400);
  expect(await deep.json()).toEqual({ error: "request_too_deep", message: "This request is nested too deeply to be read." });

  // better-auth's own routes read JSON bodies too.
  const signInBody = await page.request.post("/api/auth/sign-in/email", { headers: { "Content-Type": "application/json" }, data: `{"email":"${"a".repeat(2 * MB)}"}` });
  expect(signInBody.status()).toBe(413);

  // Ordinary use goes on as before.
  expect((await page.request.get("/api/health")).status()).toBe(200);
  await page.reload();
  await page.getByLabel("File (JSON or PDF)").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("not json") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not valid JSON" })).toBeVisible();
});

test("a chunked body over the limit, or action arguments that are not JSON, get a translated refusal, not a server error", async ({ page, baseURL }) => {
  // The sign-in form's server action, as the browser calls it; no account is needed to call it.
  await page.goto("/sign-in");
  await expectAccessible(page);
  const actionCall = page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await page.getByLabel("E-mailadres").fill("niemand@example.invalid");
  await page.getByLabel("Wachtwoord").fill("geen-wachtwoord");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  const call = await actionCall;

  // Next hands the proxy at most a set number of bytes and drops the piece that crosses it, so
  // without a declared length an oversized body could look small to the proxy and arrive cut off.
  const oversized = Buffer.from(JSON.stringify([{ email: "a".repeat(3 * MB), password: "x" }]));
  const action = await postChunked(`${baseURL}/sign-in`, { "Next-Action": call.headers()["next-action"], "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL! }, oversized);
  expect(action.status).toBe(413);
  expect(JSON.parse(action.body)).toEqual({ error: "request_too_large", message: "Dit verzoek is te groot: de server neemt hoogstens 2 MB aan." });
  const route = await postChunked(`${baseURL}/api/auth/sign-in/email`, { "Content-Type": "application/json", Origin: baseURL! }, Buffer.from(JSON.stringify({ email: "a".repeat(3 * MB) })));
  expect(route.status).toBe(413);

  // Next parses an action's arguments as JSON without a guard: garbage gave a bare 500.
  for (const garbage of ["xxx", "[", '{"email":']) {
    const answer = await page.request.post("/sign-in", { headers: { "Next-Action": call.headers()["next-action"], "Content-Type": "text/plain;charset=UTF-8" }, data: garbage });
    expect(answer.status()).toBe(400);
    expect(await answer.json()).toEqual({ error: "request_malformed", message: "Dit verzoek is onleesbaar." });
  }
  expect((await page.request.get("/api/health")).status()).toBe(200);
});
