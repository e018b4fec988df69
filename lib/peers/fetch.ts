import "server-only";
import { createHash } from "node:crypto";
import { lookup as dnsLookup } from "node:dns";
import { request as httpsRequest } from "node:https";
import type { IncomingHttpHeaders } from "node:http";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { checkPeerUrl, resolvePublicAddresses, type GuardOptions, type PeerUrlProblem, type ResolvedAddress, type Resolver } from "@/lib/peers/url-guard";

/**
 * Fetches a peer's public policy JSON on the server, within the guard of url-guard.ts: the URL is
 * checked, and every address is checked again in the connection's own DNS lookup (so a name that
 * resolves to a public address for the check and a private one for the connection gets nowhere).
 * A redirect is followed only to a URL that passes the same checks, at most twice. The body is cut
 * off past the size limit, the whole exchange past the time limit; the result carries the SHA-256
 * of the bytes received.
 */

export type FetchProblem = PeerUrlProblem | "timeout" | "too_large" | "http_status" | "not_json" | "too_many_redirects" | "network";
export type FetchResult = { ok: true; url: string; bytes: Uint8Array; contentHash: string } | { ok: false; problem: FetchProblem; status?: number };

export type PeerResponse = { statusCode: number; headers: IncomingHttpHeaders; body: Readable };
/** Opens a GET request; the app uses node:https with the guarded lookup, tests pass their own. */
export type Transport = (url: URL, options: { lookup: LookupFunction; signal: AbortSignal; headers: Record<string, string> }) => Promise<PeerResponse>;

export const PEER_FETCH_LIMITS = { timeoutMs: 10_000, maxRedirects: 2 } as const;

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))),
    ),
  );

const httpsTransport: Transport = (url, options) =>
  new Promise((resolve, reject) => {
    const request = httpsRequest(url, { method: "GET", lookup: options.lookup, signal: options.signal, headers: options.headers, agent: false }, (response) =>
      resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: response }),
    );
    request.on("error", reject);
    request.end();
  });

class GuardRefusal extends Error {
  constructor(readonly problem: PeerUrlProblem) {
    super(problem);
  }
}

/** The connection's DNS lookup: the resolver's answer, refused unless every address is allowed. */
export function guardedLookup(resolve: Resolver, options: GuardOptions = {}): LookupFunction {
  return (hostname, lookupOptions, done) => {
    // Node's types name only the `all` form; net.connect also asks for one address (without `all`).
    const callback = done as unknown as (error: Error | null, address?: string | ResolvedAddress[], family?: number) => void;
    const { all, family } = lookupOptions as { all?: boolean; family?: number | string };
    resolvePublicAddresses(hostname, resolve, options).then(
      (checked) => {
        if (!checked.ok) return callback(new GuardRefusal(checked.problem));
        const wanted = family === 4 || family === 6 ? checked.addresses.filter((address) => address.family === family) : checked.addresses;
        if (wanted.length === 0) return callback(new GuardRefusal("unresolvable"));
        if (all) return callback(null, wanted);
        callback(null, wanted[0].address, wanted[0].family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  };
}

export async function fetchPeerDocument(
  input: string,
  options: GuardOptions & { resolve?: Resolver; transport?: Transport; maxBytes: number; timeoutMs?: number },
): Promise<FetchResult> {
  const resolve = options.resolve ?? systemResolver;
  const transport = options.transport ?? httpsTransport;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? PEER_FETCH_LIMITS.timeoutMs);
  try {
    let current = input;
    for (let hop = 0; hop <= PEER_FETCH_LIMITS.maxRedirects; hop++) {
      const checked = checkPeerUrl(current, options);
      if (!checked.ok) return { ok: false, problem: checked.problem };
      const response = await transport(checked.url, {
        lookup: guardedLookup(resolve, options),
        signal: controller.signal,
        headers: { accept: "application/json", "user-agent": "afwegingskader-peer-fetch" },
      });
      const location = response.headers.location;
      if (response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.body.destroy();
        let next: URL;
        try {
          next = new URL(location, checked.url);
        } catch {
          return { ok: false, problem: "invalid_url" };
        }
        current = next.toString();
        continue;
      }
      if (response.statusCode !== 200) {
        response.body.destroy();
        return { ok: false, problem: "http_status", status: response.statusCode };
      }
      const type = String(response.headers["content-type"] ?? "");
      if (!/^application\/([a-z0-9.+-]*\+)?json\b/i.test(type)) {
        response.body.destroy();
        return { ok: false, problem: "not_json" };
      }
      const declared = Number(response.headers["content-length"] ?? NaN);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        response.body.destroy();
        return { ok: false, problem: "too_large" };
      }
      const bytes = await readLimited(response.body, options.maxBytes);
      if (!bytes) return { ok: false, problem: "too_large" };
      return { ok: true, url: checked.url.toString(), bytes, contentHash: createHash("sha256").update(bytes).digest("hex") };
    }
    return { ok: false, problem: "too_many_redirects" };
  } catch (error) {
    if (error instanceof GuardRefusal) return { ok: false, problem: error.problem };
    if (controller.signal.aborted) return { ok: false, problem: "timeout" };
    return { ok: false, problem: "network" };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null once it passes the limit (the rest is not read). */
async function readLimited(body: Readable, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === "string" ? new TextEncoder().encode(chunk) : new Uint8Array(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      body.destroy();
      return null;
    }
    chunks.push(buffer);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
