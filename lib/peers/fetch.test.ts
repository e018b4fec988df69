import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { fetchPeerDocument, guardedLookup, type PeerResponse, type Transport } from "@/lib/peers/fetch";
import type { Resolver } from "@/lib/peers/url-guard";

const publicResolver: Resolver = async () => [{ address: "93.184.216.34", family: 4 }];
const json = (body: string, headers: Record<string, string> = {}): PeerResponse => ({
  statusCode: 200,
  headers: { "content-type": "application/json; charset=utf-8", ...headers },
  body: Readable.from([Buffer.from(body)]),
});

/** A transport that answers per URL, and records which URLs were requested. */
function fakeTransport(answers: Record<string, () => PeerResponse>) {
  const requested: string[] = [];
  const transport: Transport = async (url) => {
    requested.push(url.toString());
    const answer = answers[url.toString()];
    if (!answer) throw new Error(`unexpected request ${url}`);
    return answer();
  };
  return { transport, requested };
}

const limits = { maxBytes: 1000, resolve: publicResolver };

describe("fetchPeerDocument", () => {
  it("returns the body with the SHA-256 of the bytes received", async () => {
    const body = '{"format":"afwegingskader/policy"}';
    const { transport } = fakeTransport({ "https://peer.example.nl/doc.json": () => json(body) });
    const result = await fetchPeerDocument("https://peer.example.nl/doc.json", { ...limits, transport });
    expect(result).toEqual({
      ok: true,
      url: "https://peer.example.nl/doc.json",
      bytes: new Uint8Array(Buffer.from(body)),
      contentHash: createHash("sha256").update(body).digest("hex"),
    });
  });

  it("never requests a URL the guard refuses", async () => {
    const { transport, requested } = fakeTransport({});
    expect(await fetchPeerDocument("http://peer.example.nl/doc.json", { ...limits, transport })).toEqual({ ok: false, problem: "not_https" });
    expect(await fetchPeerDocument("https://169.254.169.254/latest", { ...limits, transport })).toEqual({ ok: false, problem: "address_not_allowed" });
    expect(requested).toEqual([]);
  });

  it("follows a redirect to an allowed URL, and refuses one to a disallowed host without requesting it", async () => {
    const redirect = (location: string) => (): PeerResponse => ({ statusCode: 302, headers: { location }, body: Readable.from([]) });
    const { transport, requested } = fakeTransport({
      "https://peer.example.nl/a": redirect("/b"),
      "https://peer.example.nl/b": () => json("{}"),
      "https://peer.example.nl/to-internal": redirect("https://127.0.0.1/admin"),
      "https://peer.example.nl/to-http": redirect("http://peer.example.nl/b"),
      "https://peer.example.nl/loop": redirect("/loop"),
    });
    expect(await fetchPeerDocument("https://peer.example.nl/a", { ...limits, transport })).toMatchObject({ ok: true, url: "https://peer.example.nl/b" });
    expect(await fetchPeerDocument("https://peer.example.nl/to-internal", { ...limits, transport })).toEqual({ ok: false, problem: "address_not_allowed" });
    expect(await fetchPeerDocument("https://peer.example.nl/to-http", { ...limits, transport })).toEqual({ ok: false, problem: "not_https" });
    expect(await fetchPeerDocument("https://peer.example.nl/loop", { ...limits, transport })).toEqual({ ok: false, problem: "too_many_redirects" });
    expect(requested).not.toContain("https://127.0.0.1/admin");
    expect(requested).not.toContain("http://peer.example.nl/b");
  });

  it("refuses a body over the size limit, declared or not", async () => {
    const big = "x".repeat(1500);
    const { transport } = fakeTransport({
      "https://peer.example.nl/declared": () => json("{}", { "content-length": "5000" }),
      "https://peer.example.nl/chunked": () => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: Readable.from([Buffer.from(big.slice(0, 700)), Buffer.from(big.slice(700))]) }),
    });
    expect(await fetchPeerDocument("https://peer.example.nl/declared", { ...limits, transport })).toEqual({ ok: false, problem: "too_large" });
    expect(await fetchPeerDocument("https://peer.example.nl/chunked", { ...limits, transport })).toEqual({ ok: false, problem: "too_large" });
  });

  it("refuses an answer that is not a 200 with JSON", async () => {
    const { transport } = fakeTransport({
      "https://peer.example.nl/missing": () => ({ statusCode: 404, headers: { "content-type": "application/json" }, body: Readable.from([]) }),
      "https://peer.example.nl/html": () => ({ statusCode: 200, headers: { "content-type": "text/html" }, body: Readable.from([Buffer.from("<html>")]) }),
    });
    expect(await fetchPeerDocument("https://peer.example.nl/missing", { ...limits, transport })).toEqual({ ok: false, problem: "http_status", status: 404 });
    expect(await fetchPeerDocument("https://peer.example.nl/html", { ...limits, transport })).toEqual({ ok: false, problem: "not_json" });
  });

  it("gives up at the time limit", async () => {
    const transport: Transport = (_url, { signal }) =>
      new Promise((_resolve, reject) => signal.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortError" }))));
    expect(await fetchPeerDocument("https://peer.example.nl/slow", { ...limits, transport, timeoutMs: 50 })).toEqual({ ok: false, problem: "timeout" });
  });

  it("checks the connection's own DNS answer: a name that resolves to this machine is refused before connecting", async () => {
    // The real https transport: its lookup is the guard, so no connection to 127.0.0.1 is attempted.
    const rebinding: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    expect(await fetchPeerDocument("https://peer.example.nl/doc.json", { maxBytes: 1000, resolve: rebinding })).toEqual({ ok: false, problem: "address_not_allowed" });
  });
});

describe("guardedLookup", () => {
  const lookupOnce = (resolve: Resolver, all: boolean) =>
    new Promise<{ error: Error | null; result: unknown }>((done) =>
      guardedLookup(resolve)("peer.example.nl", { all } as { all: true }, ((error: Error | null, address: unknown) => done({ error, result: address })) as never),
    );

  it("answers with every allowed address, or refuses when any is not", async () => {
    const both: Resolver = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
    ];
    expect(await lookupOnce(both, true)).toEqual({ error: null, result: await both("") });
    expect(await lookupOnce(both, false)).toEqual({ error: null, result: "93.184.216.34" });
    const mixed: Resolver = async () => [...(await both("")), { address: "fd00::1", family: 6 }];
    expect((await lookupOnce(mixed, true)).error?.message).toBe("address_not_allowed");
  });
});
