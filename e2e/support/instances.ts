import os from "node:os";
import path from "node:path";

/**
 * The two app instances of the two-instance run and their shared test mail server: the app's
 * e2e port and the two after it. Read by playwright.instances.config.ts and by its specs.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
export const instanceUrls = [`http://localhost:${port}`, `http://localhost:${port + 1}`] as const;
export const smtpPort = port + 2;
export const mailLog = path.join(os.tmpdir(), `afwegingskader-e2e-mail-${port}.jsonl`);
