import { defineConfig } from "@playwright/test";
import base, { appServer, oidcServer } from "./playwright.config";
import { instanceUrls, mailLog, publicUrl, smtpPort } from "./e2e/support/instances";

/**
 * Two instances of the app on one database behind a round-robin load balancer
 * (e2e/support/balancer.ts) at the app's public address: every spec run with this config has its
 * requests spread over both, and the specs in e2e/instances/ also address each instance directly
 * to alternate on purpose. Both send mail to one test mail server (e2e/support/smtp-sink.ts).
 * Meant for PostgreSQL: npm test runs e2e/instances and a few specs with it (scripts/test.sh); any other spec
 * of the suite runs with it too (`npx playwright test -c playwright.instances.config.ts`).
 */
const publicPort = Number(new URL(publicUrl).port);
const instancePorts = instanceUrls.map((url) => Number(new URL(url).port));
const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
// Tells the specs that the app sends mail here (e2e/support/invitations.ts); workers inherit it.
process.env.E2E_SMTP_URL = smtpUrl;

export default defineConfig({
  ...base,
  testIgnore: [],
  outputDir: `${process.env.E2E_OUTPUT ?? "test-results"}-instances`,
  webServer: [
    {
      command: "node_modules/.bin/tsx e2e/support/smtp-sink.ts",
      port: smtpPort,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { ...(process.env as Record<string, string>), E2E_SMTP_PORT: String(smtpPort), E2E_MAIL_LOG: mailLog },
    },
    ...instancePorts.map((port) => appServer(port, { BETTER_AUTH_URL: publicUrl, SMTP_URL: smtpUrl })),
    {
      command: "node_modules/.bin/tsx e2e/support/balancer.ts",
      url: `${publicUrl}/api/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { ...(process.env as Record<string, string>), E2E_BALANCER_PORT: String(publicPort), E2E_INSTANCE_PORTS: instancePorts.join(",") },
    },
    oidcServer(publicPort),
  ],
});
