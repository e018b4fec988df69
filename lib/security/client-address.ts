import { isIP } from "node:net";

/** An address range from TRUSTED_PROXIES: the network's bytes and how many leading bits count. */
export type Network = { bytes: Uint8Array; prefix: number };

/** "::ffff:192.0.2.1" is the IPv4 address 192.0.2.1 as a dual-stack socket reports it. */
function unmapIPv4(address: string) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

function ipv4Bytes(address: string) {
  return Uint8Array.from(address.split(".").map(Number));
}

function ipv6Bytes(address: string) {
  let text = address;
  // An IPv4 tail ("64:ff9b::192.0.2.1") stands for the last two groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = ipv4Bytes(tail[1]);
    text = `${text.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest === undefined ? [] : rest ? rest.split(":") : [];
  const groups = rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    const value = Number.parseInt(group, 16);
    bytes[index * 2] = value >> 8;
    bytes[index * 2 + 1] = value & 0xff;
  });
  return bytes;
}

/** The address in canonical short form (IPv4-mapped IPv6 as IPv4), or null when it is not an IP address. */
export function parseIp(value: string): string | null {
  const address = unmapIPv4(value.trim());
  const family = isIP(address);
  if (family === 4) return address;
  if (family === 6) return address.toLowerCase();
  return null;
}

function addressBytes(address: string) {
  return isIP(address) === 4 ? ipv4Bytes(address) : ipv6Bytes(address);
}

/** "10.0.0.0/8", "2001:db8::/32" or a single address; null when it is neither. */
export function parseNetwork(value: string): Network | null {
  const [addressText, prefixText, ...extra] = value.trim().split("/");
  const address = parseIp(addressText);
  if (!address || extra.length > 0) return null;
  const bytes = addressBytes(address);
  if (prefixText === undefined) return { bytes, prefix: bytes.length * 8 };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix <= bytes.length * 8 ? { bytes, prefix } : null;
}

/** The entries of a comma-separated TRUSTED_PROXIES value that are not an address or range. */
export function invalidNetworks(list: string) {
  return splitList(list).filter((entry) => parseNetwork(entry) === null);
}

export function parseNetworks(list: string | undefined): Network[] {
  return splitList(list ?? "").flatMap((entry) => parseNetwork(entry) ?? []);
}

function splitList(list: string) {
  return list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export function inNetwork(address: string, network: Network) {
  const bytes = addressBytes(address);
  if (bytes.length !== network.bytes.length) return false;
  for (let bit = 0; bit < network.prefix; bit += 8) {
    const take = Math.min(8, network.prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8] & mask) !== (network.bytes[bit / 8] & mask)) return false;
  }
  return true;
}

/**
 * The client's address as far as it can be believed, or null when it cannot.
 *
 * Next.js does not give route handlers, server actions or the proxy the socket's peer address; it
 * only fills in `X-Forwarded-For` with that address when the request came without one. So the
 * header alone cannot tell a reverse proxy from a client that wrote it itself. Hence:
 * - without trusted proxies the header is ignored and the address is unknown (null);
 * - with them, the operator states that the app is reached only through those proxies, each of
 *   which appends the address it saw: the chain is read from the right, skipping trusted proxies,
 *   and the first other hop is the client. A hop that is not an IP address breaks the chain
 *   (null), as does a chain of proxies only.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: readonly Network[]): string | null {
  if (trustedProxies.length === 0 || !forwardedFor) return null;
  const hops = forwardedFor.split(",");
  for (let index = hops.length - 1; index >= 0; index--) {
    const address = parseIp(hops[index]);
    if (!address) return null;
    if (!trustedProxies.some((network) => inNetwork(address, network))) return address;
  }
  return null;
}
