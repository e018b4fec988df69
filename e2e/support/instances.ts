import os from "node:os";
import path from "node:path";

/**
 * The two-instance run (playwright.instances.config.ts): a load balancer on the app's e2e port,
 * which is the public address of the app (BETTER_AUTH_URL), the two instances behind it on the next
 * two ports, and a test mail server on the port after those. Read by the config and by its specs.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
export const publicUrl = `http://localhost:${port}`;
export const instanceUrls = [`http://localhost:${port + 1}`, `http://localhost:${port + 2}`] as const;
export const smtpPort = port + 3;
export const mailLog = path.join(os.tmpdir(), `afwegingskader-e2e-mail-${port}.jsonl`);
