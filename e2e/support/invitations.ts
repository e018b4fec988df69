import type { Page } from "@playwright/test";
import { db } from "./db";
import { expect } from "./fixtures";

/**
 * Whether the app under test sends mail: the two-instance run (playwright.instances.config.ts)
 * gives it a mail server, the default run does not (demo mode).
 */
export const mailServerSet = Boolean(process.env.E2E_SMTP_URL);

/**
 * The invitation link sent to an address, read where a person can read it: in demo mode from the
 * outbox page, which then shows links, as an administrator would; with a mail server, the outbox
 * page hides them and only the message that went to the mailbox holds one.
 */
export async function readInvitationLink(page: Page, slug: string, email: string) {
  await page.goto(`/m/${slug}/admin/outbox`);
  const message = page.locator("article").filter({ hasText: email }).first();
  const shown = (await message.locator("pre").innerText()).match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
  if (!mailServerSet) {
    await expect(page.getByText("Demomodus: er is geen mailserver ingesteld")).toBeVisible();
    expect(shown, "invitation link in the outbox").toBeTruthy();
    return new URL(shown!).pathname;
  }
  expect(shown, "no invitation link on the outbox page when a mail server is set").toBeUndefined();
  const mailed = await db.outboxMessage.findFirstOrThrow({ where: { to: email, body: { contains: "/invite/" } }, orderBy: { createdAt: "desc" } });
  const link = mailed.body.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, "invitation link in the mail").toBeTruthy();
  return new URL(link!).pathname;
}
