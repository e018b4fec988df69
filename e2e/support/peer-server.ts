import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

/**
 * Another installation of the app, for fetching a peer's policy by its URL end to end: an https
 * server on a free local port that answers the given paths. Its certificate is TEST-ONLY
 * (e2e/support/test-only-localhost.crt with its key, self-signed for localhost, valid for a
 * century); the app server trusts it through NODE_EXTRA_CA_CERTS in playwright.config.ts, and
 * PEERS_ALLOW_PRIVATE_ADDRESSES=1 lets its guard reach localhost on this port. Neither belongs
 * anywhere but a test run.
 */
export const testOnlyCertificate = fileURLToPath(new URL("./test-only-localhost.crt", import.meta.url));
const testOnlyKey = fileURLToPath(new URL("./test-only-localhost.key", import.meta.url));

export type PeerAnswer = { contentType: string; body: string | Buffer };

export async function startPeerServer(answers: Record<string, PeerAnswer>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer({ cert: readFileSync(testOnlyCertificate), key: readFileSync(testOnlyKey) }, (request, response) => {
    const answer = answers[new URL(request.url ?? "/", "https://localhost").pathname];
    if (!answer) {
      response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not_found"}');
      return;
    }
    response.writeHead(200, { "content-type": answer.contentType }).end(answer.body);
  });
  // Every address of localhost (IPv4 and IPv6): the app's guarded lookup may connect to either.
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
