import { defineConfig, devices } from "@playwright/test";
import { testOnlyCertificate } from "./e2e/support/peer-server";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

/**
 * A production server of the app on `port`, on the e2e database. It trusts the test-only
 * certificate of the peer installation the channels spec starts on localhost, and its peer guard
 * may reach loopback addresses on any port (PEERS_ALLOW_PRIVATE_ADDRESSES: test runs only).
 */
export function appServer(port: number, env: Record<string, string> = {}) {
  const url = `http://localhost:${port}`;
  return {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `${url}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      ...(process.env as Record<string, string>),
      DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/e2e.db",
      BETTER_AUTH_URL: url,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0123456",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_EXTRA_CA_CERTS: testOnlyCertificate,
      PEERS_ALLOW_PRIVATE_ADDRESSES: "1",
      ...env,
    },
  };
}

/** A real OpenID provider for single sign-on (e2e/sso.spec.ts), on the app's port + 1000. */
export function oidcServer(port: number) {
  return {
    command: "node_modules/.bin/tsx e2e/support/oidc-server.ts",
    url: `http://localhost:${port + 1000}/.well-known/openid-configuration`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: { ...(process.env as Record<string, string>), E2E_PORT: String(port) },
  };
}

export default defineConfig({
  testDir: "./e2e",
  // The two-instance run has its own servers (playwright.instances.config.ts).
  testIgnore: "instances/**",
  outputDir: process.env.E2E_OUTPUT ?? "test-results",
  // Limits guard against a hang, they are no speed targets: every wait is on a condition, and on a
  // busy 2-core machine (CI) a page can take many seconds to render and hydrate.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    locale: "nl-NL",
    // A trace of a failed test, unless E2E_TRACE=off: recording one costs about a tenth of the
    // suite's time on 2 cores, so the whole run of npm test leaves it off (rerun a spec for one).
    trace: process.env.E2E_TRACE === "off" ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    appServer(port),
    oidcServer(port),
  ],
});
