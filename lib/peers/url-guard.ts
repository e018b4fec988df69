/**
 * Which URLs the server may fetch a peer's published policy from. The server fetches on an
 * administrator's word, so a URL must not turn it into a way into the municipality's own network:
 * https only, no credentials in the URL, the default port, and every address the host name resolves
 * to public (no loopback, private, link-local, carrier-grade NAT, documentation, multicast or
 * reserved ranges, also not inside an IPv6 form that embeds an IPv4 address). Pure apart from the
 * resolver, which the caller passes in (DNS in the app, a table in the tests).
 */

export type PeerUrlProblem =
  | "invalid_url"
  | "not_https"
  | "credentials"
  | "port"
  | "host_not_allowed"
  | "address_not_allowed"
  | "unresolvable";

export type UrlCheck = { ok: true; url: URL } | { ok: false; problem: PeerUrlProblem };

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** All addresses of a host name, as `dns.promises.lookup(host, { all: true })` gives them. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Tests reach servers on this machine (loopback or private addresses, any port); the app passes it only with PEERS_ALLOW_PRIVATE_ADDRESSES=1 (lib/peers/guard-env.ts). */
export type GuardOptions = { allowPrivate?: boolean };

const MAX_URL_LENGTH = 2000;

/** Checks a URL's form; an address literal as host is checked here, a name only once resolved. */
export function checkPeerUrl(input: string | URL, options: GuardOptions = {}): UrlCheck {
  if (typeof input === "string" && (input.length > MAX_URL_LENGTH || input.trim() !== input)) return { ok: false, problem: "invalid_url" };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, problem: "invalid_url" };
  }
  if (url.protocol !== "https:") return { ok: false, problem: "not_https" };
  if (url.username || url.password) return { ok: false, problem: "credentials" };
  if (url.port !== "" && !options.allowPrivate) return { ok: false, problem: "port" };
  const host = url.hostname;
  if (!host) return { ok: false, problem: "invalid_url" };
  const literal = host.startsWith("[") ? host.slice(1, -1) : host;
  const bytes = parseAddress(literal);
  if (bytes) return options.allowPrivate || isPublicAddress(bytes) ? { ok: true, url } : { ok: false, problem: "address_not_allowed" };
  // A numeric host WHATWG did not turn into an address, or a name that only means this machine or network.
  if (/^[0-9.]+$/.test(host) || (!options.allowPrivate && isLocalName(host))) return { ok: false, problem: "host_not_allowed" };
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes(".")) return options.allowPrivate && host === "localhost" ? { ok: true, url } : { ok: false, problem: "host_not_allowed" };
  return { ok: true, url };
}

const localSuffixes = [".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet", ".corp"];
function isLocalName(host: string) {
  const name = host.replace(/\.$/, "");
  return name === "localhost" || localSuffixes.some((suffix) => name.endsWith(suffix));
}

/**
 * Resolves a host name and checks every address it has (not only the first: the connection may
 * use any). No address at all is a refusal too.
 */
export async function resolvePublicAddresses(hostname: string, resolve: Resolver, options: GuardOptions = {}): Promise<{ ok: true; addresses: ResolvedAddress[] } | { ok: false; problem: PeerUrlProblem }> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(hostname);
  } catch {
    return { ok: false, problem: "unresolvable" };
  }
  if (addresses.length === 0) return { ok: false, problem: "unresolvable" };
  if (options.allowPrivate) return { ok: true, addresses };
  for (const { address } of addresses) {
    const bytes = parseAddress(address);
    if (!bytes || !isPublicAddress(bytes)) return { ok: false, problem: "address_not_allowed" };
  }
  return { ok: true, addresses };
}

/** Whether an address (text form) is one the server may connect to. */
export function isPublicAddressText(address: string): boolean {
  const bytes = parseAddress(address);
  return bytes !== null && isPublicAddress(bytes);
}

/* ------------------------------------------------------------------------------------------ */
/* Addresses as bytes                                                                           */
/* ------------------------------------------------------------------------------------------ */

type Address = { family: 4; bytes: number[] } | { family: 6; bytes: number[] };

/** An IPv4 address in dotted decimal (four parts, no leading zeros), or an IPv6 address; null otherwise. */
export function parseAddress(text: string): Address | null {
  const v4 = parseIPv4(text);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIPv6(text);
  return v6 ? { family: 6, bytes: v6 } : null;
}

function parseIPv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

function parseIPv6(text: string): number[] | null {
  // A zone (fe80::1%eth0) names an interface of this machine: never a public address.
  if (!text.includes(":") || text.includes("%")) return null;
  let head = text;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
    head = text.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const halves = head.split("::");
  if (halves.length > 2) return null;
  const group = (part: string) => (part === "" ? [] : part.split(":"));
  const left = group(halves[0]);
  const right = halves.length === 2 ? group(halves[1]) : [];
  const words: number[] = [];
  for (const piece of [...left, ...right]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return null;
  }
  const given = left.length + right.length + tail.length;
  if (halves.length === 1 && given !== 8) return null;
  if (halves.length === 2 && given > 7) return null;
  words.push(...left.map((piece) => parseInt(piece, 16)));
  if (halves.length === 2) words.push(...new Array(8 - given).fill(0));
  words.push(...right.map((piece) => parseInt(piece, 16)), ...tail);
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

const v4Blocked: [number[], number][] = [
  [[0, 0, 0, 0], 8], // "this network"
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // carrier-grade NAT
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local (cloud metadata services live here)
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation
  [[192, 88, 99, 0], 24], // 6to4 relay
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation
  [[203, 0, 113, 0], 24], // documentation
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, and the broadcast address
];

const v6Blocked: [number[], number][] = [
  [[0x01, 0x00], 64], // discard-only
  [[0x20, 0x01, 0x00, 0x00], 32], // Teredo: tunnels to an address it does not show
  [[0x20, 0x01, 0x00, 0x02], 48], // benchmarking
  [[0x20, 0x01, 0x0d, 0xb8], 32], // documentation
  [[0xfc], 7], // unique local
  [[0xfe, 0x80], 10], // link-local
  [[0xfe, 0xc0], 10], // site-local (deprecated, still routed inside some networks)
  [[0xff], 8], // multicast
];

function inPrefix(bytes: number[], prefix: number[], bits: number) {
  for (let bit = 0; bit < bits; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((bytes[byte] ?? 0) & mask) !== ((prefix[byte] ?? 0) & mask)) return false;
  }
  return true;
}

function isPublicAddress(address: Address): boolean {
  const { bytes } = address;
  if (address.family === 4) return !v4Blocked.some(([prefix, bits]) => inPrefix(bytes, prefix, bits));
  // Forms that carry an IPv4 address are judged by that address: mapped (::ffff:a.b.c.d), compatible
  // (::a.b.c.d, also :: and ::1), NAT64 (64:ff9b::/96) and 6to4 (2002:AABB:CCDD::).
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return isPublicAddress({ family: 4, bytes: bytes.slice(12) });
  if (zeros(0, 12)) return false;
  if (inPrefix(bytes, [0x00, 0x64, 0xff, 0x9b], 96)) return isPublicAddress({ family: 4, bytes: bytes.slice(12) });
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return isPublicAddress({ family: 4, bytes: bytes.slice(2, 6) });
  // Only global unicast (2000::/3) is on the internet at all.
  if (!inPrefix(bytes, [0x20], 3)) return false;
  return !v6Blocked.some(([prefix, bits]) => inPrefix(bytes, prefix, bits));
}
