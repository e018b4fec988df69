import { describe, expect, it } from "vitest";
import { addInstallationInputWith } from "@/lib/peers/schema";
import { parseEnv } from "@/lib/env";
import { checkPeerUrl, isPublicAddressText, parseAddress, resolvePublicAddresses, type Resolver } from "@/lib/peers/url-guard";

const table =
  (entries: Record<string, string[]>): Resolver =>
  async (hostname) => {
    const addresses = entries[hostname];
    if (!addresses) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

describe("checkPeerUrl", () => {
  it("accepts an https URL of a public host name", () => {
    const checked = checkPeerUrl("https://afwegingskader.example.nl/api/public/rivierdal/policies/2025/json");
    expect(checked.ok && checked.url.hostname).toBe("afwegingskader.example.nl");
  });

  it.each([
    ["http://afwegingskader.example.nl/", "not_https"],
    ["ftp://afwegingskader.example.nl/", "not_https"],
    ["file:///etc/passwd", "not_https"],
    ["javascript:alert(1)", "not_https"],
    ["data:application/json,{}", "not_https"],
    ["https://user:secret@afwegingskader.example.nl/", "credentials"],
    ["https://user@afwegingskader.example.nl/", "credentials"],
    ["https://afwegingskader.example.nl:8443/", "port"],
    ["https://afwegingskader.example.nl:22/", "port"],
    ["not a url", "invalid_url"],
    [" https://afwegingskader.example.nl/", "invalid_url"],
    [`https://example.nl/${"a".repeat(2100)}`, "invalid_url"],
    ["https://localhost/", "host_not_allowed"],
    ["https://LOCALHOST./", "host_not_allowed"],
    ["https://app.localhost/", "host_not_allowed"],
    ["https://printer.local/", "host_not_allowed"],
    ["https://metadata.google.internal/", "host_not_allowed"],
    ["https://router.home.arpa/", "host_not_allowed"],
    ["https://intranet/", "host_not_allowed"],
    ["https://127.0.0.1/", "address_not_allowed"],
    ["https://127.1/", "address_not_allowed"],
    ["https://2130706433/", "address_not_allowed"],
    ["https://0x7f000001/", "address_not_allowed"],
    ["https://0177.0.0.1/", "address_not_allowed"],
    ["https://0.0.0.0/", "address_not_allowed"],
    ["https://10.1.2.3/", "address_not_allowed"],
    ["https://172.16.0.1/", "address_not_allowed"],
    ["https://172.31.255.255/", "address_not_allowed"],
    ["https://192.168.1.1/", "address_not_allowed"],
    ["https://169.254.169.254/latest/meta-data/", "address_not_allowed"],
    ["https://100.64.0.1/", "address_not_allowed"],
    ["https://[::1]/", "address_not_allowed"],
    ["https://[::]/", "address_not_allowed"],
    ["https://[::ffff:127.0.0.1]/", "address_not_allowed"],
    ["https://[::ffff:7f00:1]/", "address_not_allowed"],
    ["https://[::ffff:a9fe:a9fe]/", "address_not_allowed"],
    ["https://[fe80::1]/", "address_not_allowed"],
    ["https://[fd00::1]/", "address_not_allowed"],
    ["https://[fc00::1]/", "address_not_allowed"],
    ["https://[64:ff9b::a00:1]/", "address_not_allowed"],
    ["https://[2002:c0a8:101::1]/", "address_not_allowed"],
    ["https://[ff02::1]/", "address_not_allowed"],
  ])("refuses %s (%s)", (url, problem) => {
    expect(checkPeerUrl(url)).toEqual({ ok: false, problem });
  });

  it("accepts public address literals", () => {
    expect(checkPeerUrl("https://93.184.216.34/").ok).toBe(true);
    expect(checkPeerUrl("https://[2606:2800:220:1:248:1893:25c8:1946]/").ok).toBe(true);
    expect(checkPeerUrl("https://172.32.0.1/").ok).toBe(true);
  });

  it("lets tests reach this machine, still over https only", () => {
    expect(checkPeerUrl("https://127.0.0.1:8443/", { allowPrivate: true }).ok).toBe(true);
    expect(checkPeerUrl("https://localhost:8443/", { allowPrivate: true }).ok).toBe(true);
    expect(checkPeerUrl("http://127.0.0.1:8443/", { allowPrivate: true })).toEqual({ ok: false, problem: "not_https" });
  });
});

describe("addresses", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.0.10",
    "169.254.1.1",
    "100.127.255.255",
    "0.1.2.3",
    "192.0.2.1",
    "198.51.100.7",
    "203.0.113.9",
    "198.18.0.1",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "240.0.0.1",
    "::1",
    "::",
    "::ffff:10.0.0.1",
    "::ffff:192.168.1.1",
    "::127.0.0.1",
    "64:ff9b::7f00:1",
    "2002:7f00:1::",
    "fe80::abcd",
    "febf::1",
    "fec0::1",
    "fc12:3456::1",
    "fdff:ffff::1",
    "ff05::2",
    "2001:db8::1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "100::1",
    "fe80::1%eth0",
    "3fff::1".replace("3fff", "4000"),
  ])("refuses %s", (address) => {
    expect(isPublicAddressText(address)).toBe(false);
  });

  it.each(["93.184.216.34", "145.97.39.155", "8.8.8.8", "100.128.0.1", "172.15.255.255", "2a00:1450:400e:80c::200e", "2606:4700::6810:85e5", "::ffff:93.184.216.34", "64:ff9b::5db8:d822", "2002:5db8:d822::1"])(
    "allows %s",
    (address) => {
      expect(isPublicAddressText(address)).toBe(true);
    },
  );

  it("reads IPv6 in its short and long forms alike, and refuses malformed text", () => {
    expect(parseAddress("2001:db8::1")?.bytes).toEqual(parseAddress("2001:0db8:0000:0000:0000:0000:0000:0001")?.bytes);
    expect(parseAddress("::ffff:1.2.3.4")?.bytes.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    for (const bad of ["1.2.3", "1.2.3.256", "01.2.3.4", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", "1:2:3:4:5:6:7", "example.nl", ""]) {
      expect(parseAddress(bad), bad).toBeNull();
    }
  });
});

describe("resolvePublicAddresses", () => {
  it("passes a name whose every address is public", async () => {
    const checked = await resolvePublicAddresses("peer.example.nl", table({ "peer.example.nl": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"] }));
    expect(checked).toEqual({ ok: true, addresses: [{ address: "93.184.216.34", family: 4 }, { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 }] });
  });

  it("refuses a name with one private address among public ones: the connection may use any", async () => {
    const resolve = table({ "mixed.example.nl": ["93.184.216.34", "10.0.0.5"], "mapped.example.nl": ["::ffff:127.0.0.1"], "meta.example.nl": ["169.254.169.254"] });
    expect(await resolvePublicAddresses("mixed.example.nl", resolve)).toEqual({ ok: false, problem: "address_not_allowed" });
    expect(await resolvePublicAddresses("mapped.example.nl", resolve)).toEqual({ ok: false, problem: "address_not_allowed" });
    expect(await resolvePublicAddresses("meta.example.nl", resolve)).toEqual({ ok: false, problem: "address_not_allowed" });
  });

  it("refuses a name that does not resolve, or resolves to nothing", async () => {
    expect(await resolvePublicAddresses("gone.example.nl", table({}))).toEqual({ ok: false, problem: "unresolvable" });
    expect(await resolvePublicAddresses("empty.example.nl", table({ "empty.example.nl": [] }))).toEqual({ ok: false, problem: "unresolvable" });
  });

  it("lets tests resolve to this machine", async () => {
    expect((await resolvePublicAddresses("peer.test", table({ "peer.test": ["127.0.0.1"] }), { allowPrivate: true })).ok).toBe(true);
  });
});

describe("PEERS_ALLOW_PRIVATE_ADDRESSES (test runs only)", () => {
  const loopback = table({ localhost: ["127.0.0.1", "::1"] });
  const secret = "a-secret-of-at-least-32-characters-long";
  /** The guard's options as the app derives them from its environment (lib/peers/guard-env.ts). */
  const optionsOf = (flag?: string) => ({ allowPrivate: parseEnv({ BETTER_AUTH_SECRET: secret, PEERS_ALLOW_PRIVATE_ADDRESSES: flag }).PEERS_ALLOW_PRIVATE_ADDRESSES });
  const installation = (origin: string, flag?: string) => addInstallationInputWith(optionsOf(flag)).safeParse({ municipalitySlug: "voorbeeldstad", label: "Peer", origin });

  it.each([undefined, "0"])("without the flag (%s) a loopback address or another port is still refused", async (flag) => {
    const options = optionsOf(flag);
    expect(checkPeerUrl("https://127.0.0.1/", options)).toEqual({ ok: false, problem: "address_not_allowed" });
    expect(checkPeerUrl("https://localhost/", options)).toEqual({ ok: false, problem: "host_not_allowed" });
    expect(checkPeerUrl("https://localhost:8443/", options)).toEqual({ ok: false, problem: "port" });
    expect(await resolvePublicAddresses("localhost", loopback, options)).toEqual({ ok: false, problem: "address_not_allowed" });
    expect(installation("https://localhost:8443", flag).success).toBe(false);
  });

  it("accepts only 0 or 1, so a mistyped value stops the app instead of opening the guard", () => {
    expect(() => optionsOf("true")).toThrow(/PEERS_ALLOW_PRIVATE_ADDRESSES/);
  });

  it("set to 1, an installation on this machine on its own port is accepted, over https only", async () => {
    expect((await resolvePublicAddresses("localhost", loopback, optionsOf("1"))).ok).toBe(true);
    const accepted = installation("https://localhost:8443", "1");
    expect(accepted.success && accepted.data.origin).toBe("https://localhost:8443");
    expect(installation("http://localhost:8443", "1").success).toBe(false);
  });
});
