import { defineConfig } from "@playwright/test";
import base, { appServer } from "./playwright.config";
import { instanceUrls, mailLog, smtpPort } from "./e2e/support/instances";

/**
 * Two instances of the app on one database, as behind a load balancer: the specs in e2e/instances/
 * alternate their requests between them. Both send mail to one test mail server
 * (e2e/support/smtp-sink.ts). Meant for PostgreSQL: npm test runs it in the PostgreSQL pass, with
 * other specs of the suite named on the command line beside it (they use the first instance).
 */
const ports = instanceUrls.map((url) => Number(new URL(url).port));
const mail = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` };

export default defineConfig({
  ...base,
  testIgnore: [],
  outputDir: `${process.env.E2E_OUTPUT ?? "test-results"}-instances`,
  use: { ...base.use, baseURL: instanceUrls[0] },
  webServer: [
    {
      command: "node_modules/.bin/tsx e2e/support/smtp-sink.ts",
      port: smtpPort,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { ...(process.env as Record<string, string>), E2E_SMTP_PORT: String(smtpPort), E2E_MAIL_LOG: mailLog },
    },
    ...ports.map((port) => appServer(port, mail)),
  ],
});
