import { describe, expect, it } from "vitest";
import { clientAddress, inNetwork, invalidNetworks, parseIp, parseNetwork, parseNetworks } from "./client-address";

describe("parseIp", () => {
  it("accepts IPv4 and IPv6 addresses, IPv4-mapped ones as IPv4", () => {
    expect(parseIp("192.0.2.1")).toBe("192.0.2.1");
    expect(parseIp(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(parseIp("::ffff:192.0.2.1")).toBe("192.0.2.1");
  });

  it.each(["", "localhost", "<script>x</script>", "192.0.2.256", "192.0.2.1:8080", "[::1]", "1.2.3.4, 5.6.7.8", "unknown"])("refuses %j", (value) => {
    expect(parseIp(value)).toBeNull();
  });
});

describe("trusted proxy ranges", () => {
  it("matches addresses inside a range and no others", () => {
    const range = parseNetwork("10.0.0.0/8")!;
    expect(inNetwork("10.20.30.40", range)).toBe(true);
    expect(inNetwork("11.0.0.1", range)).toBe(false);
    const narrow = parseNetwork("192.168.1.128/25")!;
    expect(inNetwork("192.168.1.200", narrow)).toBe(true);
    expect(inNetwork("192.168.1.127", narrow)).toBe(false);
    const single = parseNetwork("203.0.113.9")!;
    expect(inNetwork("203.0.113.9", single)).toBe(true);
    expect(inNetwork("203.0.113.10", single)).toBe(false);
  });

  it("keeps IPv4 and IPv6 apart and understands IPv6 ranges", () => {
    const v6 = parseNetwork("2001:db8::/32")!;
    expect(inNetwork("2001:db8:ffff::1", v6)).toBe(true);
    expect(inNetwork("2001:db9::1", v6)).toBe(false);
    expect(inNetwork("10.0.0.1", v6)).toBe(false);
    expect(inNetwork("::1", parseNetwork("::1")!)).toBe(true);
    expect(inNetwork("64:ff9b::c000:201", parseNetwork("64:ff9b::192.0.2.1")!)).toBe(true);
  });

  it("names the entries that are not an address or range", () => {
    expect(invalidNetworks("10.0.0.0/8, ::1, 127.0.0.1")).toEqual([]);
    expect(invalidNetworks("10.0.0.0/33, proxy.local, 10.0.0.1/8/1, 10.0.0.0/x")).toEqual(["10.0.0.0/33", "proxy.local", "10.0.0.1/8/1", "10.0.0.0/x"]);
    expect(parseNetworks(undefined)).toEqual([]);
    expect(parseNetworks(" 10.0.0.1 , ,::1")).toHaveLength(2);
  });
});

describe("clientAddress", () => {
  const proxies = parseNetworks("10.0.0.0/8, 127.0.0.1");

  it("ignores X-Forwarded-For entirely when no proxy is trusted", () => {
    expect(clientAddress("198.51.100.7", [])).toBeNull();
    expect(clientAddress("198.51.100.7, 10.0.0.2", [])).toBeNull();
  });

  it("takes the rightmost hop that is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7, 10.0.0.2", proxies)).toBe("198.51.100.7");
    // What the client wrote itself stands left of what the proxy saw, and is not believed.
    expect(clientAddress("203.0.113.66, 198.51.100.7, 10.0.0.2, 127.0.0.1", proxies)).toBe("198.51.100.7");
  });

  it("believes nothing when the chain holds something other than an address, or proxies only", () => {
    expect(clientAddress("<script>x</script>, 10.0.0.2", proxies)).toBeNull();
    expect(clientAddress("198.51.100.7, forged, 10.0.0.2", proxies)).toBeNull();
    expect(clientAddress("10.0.0.3, 10.0.0.2", proxies)).toBeNull();
    expect(clientAddress("", proxies)).toBeNull();
    expect(clientAddress(null, proxies)).toBeNull();
  });

  it("reports IPv4-mapped addresses as IPv4", () => {
    expect(clientAddress("::ffff:198.51.100.7, ::ffff:10.0.0.2", proxies)).toBe("198.51.100.7");
  });
});
